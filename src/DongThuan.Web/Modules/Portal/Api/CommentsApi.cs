using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Portal.Comments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DongThuan.Web.Modules.Portal.Api;

/// <summary>
/// Moderation for programs, through the desk the moderators' page uses: what waits (written, or published and reported),
/// publish (the article's followers hear of it the first time), or refuse with a reason the author reads. Comments of
/// another unit's articles are a 404.
/// </summary>
public static class CommentsApi
{
    public sealed record Item(Guid Id, Guid ArticleId, string ArticleTitle, string Author, bool Official, string Text, DateTimeOffset WrittenAt, string State, int OpenReports);

    public sealed record RejectRequest(string? Reason);

    public static async Task<IReadOnlyList<Item>> WaitingAsync(ClaimsPrincipal user, DongThuanDb db, CancellationToken ct)
    {
        var waiting = await db.Comments.AsNoTracking().PortalScoped(user)
            .Where(c => c.State == CommentState.Pending || (c.State == CommentState.Published && c.OpenReports > 0)).OrderBy(c => c.WrittenAt).Take(500).ToListAsync(ct);
        var articleIds = waiting.Select(c => c.ArticleId).Distinct().ToList();
        var titles = await db.Articles.AsNoTracking().Where(a => articleIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Title, ct);
        return [.. waiting.Select(c => new Item(c.Id, c.ArticleId, titles.GetValueOrDefault(c.ArticleId) ?? "", c.AuthorName, c.IsOfficial, c.Text, c.WrittenAt, c.State.ToString(),
            c.OpenReports))];
    }

    public static Task<IResult> PublishAsync(Guid id, ClaimsPrincipal user, DongThuanDb db, CommentDesk desk, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        DecideAsync(id, user, db, () => desk.PublishAsync(id, user, ct), l, ct);

    public static Task<IResult> RejectAsync(Guid id, RejectRequest input, ClaimsPrincipal user, DongThuanDb db, CommentDesk desk, IStringLocalizer<SharedResource> l,
        CancellationToken ct) =>
        DecideAsync(id, user, db, () => desk.ApplyAsync(id, null, c => c.Reject(user.Identity!.Name!, input.Reason, desk.Now), ct), l, ct);

    private static async Task<IResult> DecideAsync(Guid id, ClaimsPrincipal user, DongThuanDb db, Func<Task<Outcome?>> decide, IStringLocalizer l, CancellationToken ct)
    {
        var comment = await db.Comments.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (comment is null || !CommentDesk.IsModerator(user, comment.UnitId))
        {
            return TypedResults.NotFound();
        }

        return await decide() switch
        {
            null => TypedResults.NotFound(),
            { Succeeded: true } => TypedResults.NoContent(),
            var refused => Problems.Refused(refused.Value, l),
        };
    }
}
