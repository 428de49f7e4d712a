using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Portal.Comments;

/// <summary>
/// The comment use cases a reader and a moderator share: each loads what it acts on, applies the rule on
/// the entity and saves in one transaction, or saves nothing on a refusal. Every save is audited by the
/// database context, so moderation actions are on the audit trail with who did them.
/// </summary>
public sealed class CommentDesk(DongThuanDb db, TimeProvider time, IConfiguration configuration, Notifications.Notifier notifier, Notifications.Following following)
{
    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Comments one account may write in <see cref="AccountWindow"/>; the rate limiter counts addresses (PortalModule).</summary>
    public int AccountLimit => configuration.GetValue("Portal:Comments:PerAccountLimit", 5);

    public static readonly TimeSpan AccountWindow = TimeSpan.FromMinutes(10);

    public static string? UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>Moderators of an article's comments: the council office (and editors) of its unit.</summary>
    public static bool IsModerator(ClaimsPrincipal user, Guid unitId) => UnitScope.IsPortalEditorOf(user, unitId);

    public async Task<(Outcome Outcome, Comment? Comment)> WriteAsync(Article article, Guid? parentId, ClaimsPrincipal user, string? text, CancellationToken ct)
    {
        if (UserId(user) is not { } userId)
        {
            return (CommentRefusals.SignInToComment, null);
        }

        var since = (Now - AccountWindow).ToUniversalTime();
        if (await db.Comments.CountAsync(c => c.AuthorUserId == userId && c.WrittenAt > since, ct) >= AccountLimit)
        {
            return (CommentRefusals.TooFast, null);
        }

        var parent = parentId is { } pid ? await db.Comments.AsNoTracking().SingleOrDefaultAsync(c => c.Id == pid, ct) : null;
        if (parentId is not null && parent is null)
        {
            return (CommentRefusals.ParentGone, null);
        }

        var name = user.FindFirstValue("name") is { Length: > 0 } n ? n : user.Identity?.Name ?? "";
        var comment = Comment.Write(article, parent, userId, name, UnitScope.IsStaffOf(user, article.UnitId), text, Now, out var outcome);
        if (!outcome.Succeeded)
        {
            return (outcome, null);
        }

        db.Comments.Add(comment);
        await db.SaveChangesAsync(ct);
        await TellModeratorsAsync(article, comment, "Bình luận chờ duyệt", userId, ct);
        return (Outcome.Done, comment);
    }

    /// <summary>
    /// Tells the moderators of the article's unit (its council's office and editors) that a comment waits for them, once
    /// it is stored; the author is not told, nor a moderator who wrote it.
    /// </summary>
    private async Task TellModeratorsAsync(Article article, Comment comment, string what, string actorId, CancellationToken ct)
    {
        var councils = await db.Bodies.AsNoTracking().Where(b => b.UnitId == article.UnitId && b.Kind == Organisation.BodyKind.Council && b.ArchivedAt == null)
            .Select(b => b.Id).ToListAsync(ct);
        var moderators = new List<string>();
        foreach (var council in councils)
        {
            foreach (var role in new[] { AppRole.Editor, AppRole.CouncilOffice })
            {
                moderators.AddRange(await PartyAccounts.OfAsync(db, council, null, role, ct));
            }
        }

        var staged = notifier.Stage(moderators.Where(m => m != actorId), $"Đến lượt quý vị — {what}: {article.Title}", "/Portal/Comments",
            Notifications.NotificationKinds.Turn, "Comment", comment.Id);
        await notifier.SaveAndSendAsync(staged, ct);
    }

    /// <summary>Loads a comment of <paramref name="articleId"/> (tracked), applies <paramref name="rule"/> and saves it when the rule agrees.</summary>
    public async Task<Outcome?> ApplyAsync(Guid commentId, Guid? articleId, Func<Comment, Outcome> rule, CancellationToken ct)
    {
        var comment = await db.Comments.SingleOrDefaultAsync(c => c.Id == commentId && (articleId == null || c.ArticleId == articleId), ct);
        if (comment is null)
        {
            return null;
        }

        var outcome = rule(comment);
        if (!outcome.Succeeded)
        {
            db.ChangeTracker.Clear();
            return outcome;
        }

        await db.SaveChangesAsync(ct);
        return outcome;
    }

    /// <summary>
    /// A moderator publishes a comment. The first time it appears, those following the article hear of it; neither its
    /// author nor the moderator is told, and a reported comment put back is not news.
    /// </summary>
    public async Task<Outcome?> PublishAsync(Guid commentId, ClaimsPrincipal moderator, CancellationToken ct)
    {
        var before = await db.Comments.AsNoTracking().SingleOrDefaultAsync(c => c.Id == commentId, ct);
        var outcome = await ApplyAsync(commentId, null, c => c.Publish(moderator.Identity!.Name!, Now), ct);
        if (outcome is { Succeeded: true } && before is { State: CommentState.Pending }
            && await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == before.ArticleId, ct) is { } article)
        {
            await following.TellAsync(ArticleFollows.Kind, article.Id, $"Bình luận mới: {article.Title}", $"/tin-tuc/{article.Slug}#binh-luan",
                [before.AuthorUserId, UserId(moderator) ?? ""], ct);
        }

        return outcome;
    }

    /// <summary>A reader reports a published comment once; the comment goes back to the moderators' list.</summary>
    public async Task<Outcome?> ReportAsync(Guid commentId, Guid articleId, ClaimsPrincipal user, string? reason, CancellationToken ct)
    {
        if (UserId(user) is not { } userId)
        {
            return CommentRefusals.SignInToComment;
        }

        if (await db.CommentReports.AnyAsync(r => r.CommentId == commentId && r.ReporterUserId == userId, ct))
        {
            return CommentRefusals.AlreadyReported;
        }

        Comment? reported = null;
        var result = await ApplyAsync(commentId, articleId, c =>
        {
            var outcome = c.Report(userId);
            if (outcome.Succeeded)
            {
                db.CommentReports.Add(CommentReport.Of(c, userId, reason, Now));
                reported = c;
            }

            return outcome;
        }, ct);
        if (reported is not null && await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == articleId, ct) is { } article)
        {
            await TellModeratorsAsync(article, reported, "Bình luận bị báo cáo vi phạm", userId, ct);
        }

        return result;
    }
}
