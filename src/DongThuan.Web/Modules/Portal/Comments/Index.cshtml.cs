using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Portal.Comments;

/// <summary>
/// The moderators' list: comments waiting for a decision and published ones readers reported, oldest
/// first, in the units whose portal the user edits. Publish, or refuse with a reason the author reads.
/// </summary>
[Authorize(Policy = Permissions.PortalEditor)]
public sealed class IndexModel(DongThuanDb db, CommentDesk desk) : RefusingPage
{
    public sealed record Item(Comment Comment, string ArticleTitle, string ArticleSlug, string? ParentText, IReadOnlyList<string> Reports);

    public IReadOnlyList<Item> Items { get; private set; } = [];

    [TempData] public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostPublishAsync(Guid commentId, CancellationToken ct) =>
        DecideAsync(commentId, () => desk.PublishAsync(commentId, User, ct), CommentNotices.Published, ct);

    public Task<IActionResult> OnPostRejectAsync(Guid commentId, string? reason, CancellationToken ct) =>
        DecideAsync(commentId, () => desk.ApplyAsync(commentId, null, c => c.Reject(User.Identity!.Name!, reason, desk.Now), ct), CommentNotices.Rejected, ct);

    private async Task<IActionResult> DecideAsync(Guid commentId, Func<Task<Infrastructure.Domain.Outcome?>> decide, string notice, CancellationToken ct)
    {
        var comment = await db.Comments.AsNoTracking().SingleOrDefaultAsync(c => c.Id == commentId, ct);
        if (comment is null)
        {
            return NotFound();
        }

        if (!CommentDesk.IsModerator(User, comment.UnitId))
        {
            return Forbid(); // another council's comments
        }

        var outcome = await decide();
        if (outcome is { Succeeded: false } refused)
        {
            await LoadAsync(ct);
            return Refused(refused.Refusal!.Message);
        }

        Notice = notice;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var waiting = await db.Comments.AsNoTracking().PortalScoped(User)
            .Where(c => c.State == CommentState.Pending || (c.State == CommentState.Published && c.OpenReports > 0))
            .OrderBy(c => c.WrittenAt).Take(200).ToListAsync(ct);
        var articleIds = waiting.Select(c => c.ArticleId).Distinct().ToList();
        var articles = await db.Articles.AsNoTracking().Where(a => articleIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var parentIds = waiting.Where(c => c.ParentId is not null).Select(c => c.ParentId!.Value).Distinct().ToList();
        var parents = await db.Comments.AsNoTracking().Where(c => parentIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Text, ct);
        var reported = waiting.Where(c => c.OpenReports > 0).Select(c => c.Id).ToList();
        var reports = (await db.CommentReports.AsNoTracking().Where(r => reported.Contains(r.CommentId)).OrderBy(r => r.At).ToListAsync(ct))
            .ToLookup(r => r.CommentId, r => r.Reason);
        Items = [.. waiting.Select(c => new Item(c, articles[c.ArticleId].Title, articles[c.ArticleId].Slug,
            c.ParentId is { } p ? parents.GetValueOrDefault(p) : null, [.. reports[c.Id]]))];
    }
}
