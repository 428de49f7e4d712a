using DongThuan.Web.Infrastructure.Caching;
using DongThuan.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Portal;

/// <summary>The council's news, newest first: only what is published by now.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class NewsModel(DongThuanDb db, TimeProvider time) : PageModel
{
    public const int PageSize = 20;

    public IReadOnlyList<Article> Articles { get; private set; } = [];

    public IReadOnlyDictionary<Guid, int> CommentCounts { get; private set; } = new Dictionary<Guid, int>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        Articles = await PublishedQuery.Of(db, now).OrderByDescending(a => a.PublishAt).Take(PageSize).ToListAsync(ct);
        CommentCounts = await Comments.ShownComments.CountsAsync(db, [.. Articles.Select(a => a.Id)], ct);
    }
}

/// <summary>The one definition of "public": an article whose publication time has come.</summary>
public static class PublishedQuery
{
    public static IQueryable<Article> Of(DongThuanDb db, DateTimeOffset now) =>
        db.Set<Article>().AsNoTracking().Where(a => a.PublishAt != null && a.PublishAt <= now);

    /// <summary>How many comments the public sees under each of these articles (the home page's news cards).</summary>
    public static Task<IReadOnlyDictionary<Guid, int>> ShownCommentCountsAsync(DongThuanDb db, IReadOnlyCollection<Guid> articleIds, CancellationToken ct) =>
        Comments.ShownComments.CountsAsync(db, articleIds, ct);
}
