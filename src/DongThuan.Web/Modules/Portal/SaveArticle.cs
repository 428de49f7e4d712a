using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Portal;

/// <summary>
/// An editor or the council office writes an article of its unit, or edits one (the page and the API), and with the same
/// save may publish it (now or at a later time) or take it down. A refused text or step saves nothing. The caller has
/// checked that the user edits the unit's portal.
/// </summary>
public static class SaveArticle
{
    public sealed record Request(string? Title, string? Author, string? Lead, string? Body, string? Tags);

    /// <param name="article">The article to edit, tracked; null to write a new one in <paramref name="unitId"/>.</param>
    /// <param name="then">What the save also does: publish, unpublish; null for text only.</param>
    public static async Task<(Outcome Outcome, Article? Article)> ExecuteAsync(DongThuanDb db, Article? article, Guid unitId, Request input, Func<Article, Outcome>? then,
        DateTimeOffset now, CancellationToken ct)
    {
        Outcome outcome;
        if (article is null)
        {
            var slug = Article.SlugOf(input.Title);
            var taken = await db.Set<Article>().Where(a => a.Slug == slug || a.Slug.StartsWith(slug + "-")).Select(a => a.Slug).ToListAsync(ct);
            article = Article.Write(unitId, input.Title ?? "", input.Author ?? "", input.Lead ?? "", input.Body ?? "", input.Tags ?? "", taken, now, out outcome);
            if (outcome.Succeeded)
            {
                db.Add(article);
            }
        }
        else
        {
            outcome = article.Edit(input.Title ?? "", input.Author ?? "", input.Lead ?? "", input.Body ?? "", input.Tags ?? "", now);
        }

        if (outcome.Succeeded && then is not null)
        {
            outcome = then(article);
        }

        if (!outcome.Succeeded)
        {
            db.ChangeTracker.Clear();
            return (outcome, null);
        }

        await db.SaveChangesAsync(ct);
        return (Outcome.Done, article);
    }
}
