using DongThuan.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Portal.Comments;

/// <summary>
/// The one definition of the comments a reader sees under an article: published ones, replies only under a
/// published comment. The count next to each article is the number of these.
/// </summary>
public static class ShownComments
{
    public static IQueryable<Comment> Of(DongThuanDb db)
    {
        // Captured first: an extension property cannot appear inside the query's expression tree.
        var all = db.Comments;
        return all.AsNoTracking().Where(c => c.State == CommentState.Published
            && (c.ParentId == null || all.Any(p => p.Id == c.ParentId && p.State == CommentState.Published)));
    }

    public static async Task<IReadOnlyDictionary<Guid, int>> CountsAsync(DongThuanDb db, IReadOnlyCollection<Guid> articleIds, CancellationToken ct) =>
        await Of(db).Where(c => articleIds.Contains(c.ArticleId)).GroupBy(c => c.ArticleId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
}
