using DongThuan.Web.Infrastructure.Caching;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Portal.Comments;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Portal;

/// <summary>
/// One published article by its address, with "Đừng bỏ lỡ" (other articles sharing a tag, else the latest)
/// and its comments: published ones for everyone, and the reader's own ones still waiting or refused (with
/// the moderator's reason). Signed-in readers comment, reply, edit within the window, withdraw and report.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy)]
[EnableRateLimiting(PortalModule.CommentsPolicy)]
public sealed class ReadModel(DongThuanDb db, TimeProvider time, CommentDesk desk, Notifications.Following follows) : RefusingPage
{
    public sealed record Thread(Comment Comment, IReadOnlyList<Comment> Replies);

    public Article Article { get; private set; } = null!;

    /// <summary>Whether the signed-in reader follows the article's comments.</summary>
    public bool Following { get; private set; }

    public IReadOnlyList<Article> Related { get; private set; } = [];

    public IReadOnlyList<Images.ArticleImage> Photos { get; private set; } = [];

    public IReadOnlyList<Thread> Threads { get; private set; } = [];

    /// <summary>The reader's own comments that others do not see yet (waiting) or will not see (refused).</summary>
    public IReadOnlyList<Comment> Mine { get; private set; } = [];

    public int CommentCount { get; private set; }

    public DateTimeOffset Now { get; private set; }

    /// <summary>
    /// What the last comment action did, shown once after its redirect. Only signed-in readers act, so only their
    /// pages touch the message cookie: an anonymous reader's page then sets no cookie and can be cached.
    /// </summary>
    public string? Notice
    {
        get => UserId is null ? null : TempData[nameof(Notice)] as string;
        set => TempData[nameof(Notice)] = value;
    }

    public string? UserId => CommentDesk.UserId(User);

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct) => await LoadAsync(slug, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostCommentAsync(string slug, Guid? parentId, string? text, CancellationToken ct) =>
        ActAsync(slug, async a => (Outcome?)(await desk.WriteAsync(a, parentId, User, text, ct)).Outcome, CommentNotices.Sent, ct);

    public Task<IActionResult> OnPostEditAsync(string slug, Guid commentId, string? text, CancellationToken ct) =>
        ActAsync(slug, a => desk.ApplyAsync(commentId, a.Id, c => c.Edit(UserId!, text, desk.Now), ct), CommentNotices.Edited, ct);

    public Task<IActionResult> OnPostWithdrawAsync(string slug, Guid commentId, CancellationToken ct) =>
        ActAsync(slug, a => desk.ApplyAsync(commentId, a.Id, c => c.Withdraw(UserId!, desk.Now), ct), CommentNotices.Withdrawn, ct);

    public Task<IActionResult> OnPostReportAsync(string slug, Guid commentId, string? reason, CancellationToken ct) =>
        ActAsync(slug, a => desk.ReportAsync(commentId, a.Id, User, reason, ct), CommentNotices.Reported, ct);

    /// <summary>Signed-in readers only; the article must be public; then the same page again with the reason, or back to the comments.</summary>
    private async Task<IActionResult> ActAsync(string slug, Func<Article, Task<Outcome?>> act, string notice, CancellationToken ct)
    {
        if (UserId is null)
        {
            return Challenge();
        }

        var article = await PublishedQuery.Of(db, time.GetUtcNow()).SingleOrDefaultAsync(a => a.Slug == slug, ct);
        if (article is null)
        {
            return NotFound();
        }

        var outcome = await act(article);
        if (outcome is null)
        {
            return NotFound();
        }

        if (!outcome.Value.Succeeded)
        {
            await LoadAsync(slug, ct);
            return Refused(outcome.Value.Refusal!.Message);
        }

        Notice = notice;
        return Redirect($"/tin-tuc/{slug}#binh-luan");
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken ct)
    {
        Now = time.GetUtcNow();
        var article = await PublishedQuery.Of(db, Now).SingleOrDefaultAsync(a => a.Slug == slug, ct);
        if (article is null)
        {
            return false; // a draft or a scheduled article is not there yet, whoever asks
        }

        Article = article;
        Following = (await follows.FollowedAmongAsync(UserId, ArticleFollows.Kind, [article.Id], ct)).Count > 0;
        Photos = await Images.ArticlePhotos.Of(db, article.Id).ToListAsync(ct);
        var others = await PublishedQuery.Of(db, Now).Where(a => a.Id != article.Id).OrderByDescending(a => a.PublishAt).Take(50).ToListAsync(ct);
        var tags = article.TagList.ToHashSet(StringComparer.OrdinalIgnoreCase);
        Related = [.. others.OrderByDescending(a => a.TagList.Count(tags.Contains)).ThenByDescending(a => a.PublishAt).Take(4)];

        var shown = await ShownComments.Of(db).Where(c => c.ArticleId == article.Id).OrderBy(c => c.WrittenAt).ToListAsync(ct);
        var replies = shown.Where(c => c.ParentId is not null).ToLookup(c => c.ParentId!.Value);
        Threads = [.. shown.Where(c => c.ParentId is null).Select(c => new Thread(c, [.. replies[c.Id]]))];
        CommentCount = shown.Count;
        if (UserId is { } me)
        {
            Mine = await db.Comments.AsNoTracking()
                .Where(c => c.ArticleId == article.Id && c.AuthorUserId == me && (c.State == CommentState.Pending || c.State == CommentState.Rejected))
                .OrderBy(c => c.WrittenAt).ToListAsync(ct);
        }

        return true;
    }
}
