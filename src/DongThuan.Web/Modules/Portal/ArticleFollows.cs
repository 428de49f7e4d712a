using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Notifications;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Portal;

/// <summary>A published article may be followed: its followers hear of each comment published under it.</summary>
public sealed class ArticleFollows(DongThuanDb db, TimeProvider time) : IFollowable
{
    public const string Kind = "Article";

    string IFollowable.Kind => Kind;

    public async Task<FollowTarget?> FindAsync(Guid id, CancellationToken ct)
    {
        var article = await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        return article is not null && article.IsPublishedAt(time.GetUtcNow()) ? new FollowTarget(article.Title, $"/tin-tuc/{article.Slug}") : null;
    }
}
