using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Portal;

/// <summary>Writing an article (the council office or an editor writes its units' news): save a draft, publish now, schedule, or take it down.</summary>
[Authorize(Policy = Permissions.PortalEditor)]
public sealed class EditModel(DongThuanDb db, TimeProvider time) : RefusingPage
{
    [BindProperty] public string? Title { get; set; }

    [BindProperty] public string? Author { get; set; }

    [BindProperty] public string? Lead { get; set; }

    [BindProperty] public string? Body { get; set; }

    [BindProperty] public string? Tags { get; set; }

    /// <summary>Vietnam time of a scheduled publication; empty to publish now.</summary>
    [BindProperty] public DateTime? PublishOn { get; set; }

    public Article? Article { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop)
        {
            return stop;
        }

        if (Article is { } a)
        {
            (Title, Author, Lead, Body, Tags) = (a.Title, a.Author, a.Lead, a.Body, a.Tags);
        }

        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(Guid? id, CancellationToken ct) => SaveAsync(id, null, ct);

    public Task<IActionResult> OnPostPublishAsync(Guid? id, CancellationToken ct) =>
        // A date the browser sent but that is no date (30/02) binds as "none": publishing now instead would be a surprise.
        ModelState[nameof(PublishOn)]?.Errors.Count > 0
            ? RefuseDateAsync(id, ct)
            : SaveAsync(id, a => a.Publish(PublishOn is { } on ? new DateTimeOffset(on, TimeSpan.FromHours(7)) : time.GetUtcNow(), time.GetUtcNow()), ct);

    private async Task<IActionResult> RefuseDateAsync(Guid? id, CancellationToken ct) =>
        await LoadAsync(id, ct) ?? Refused(PortalRefusals.PublishDateInvalid.Message);

    public Task<IActionResult> OnPostUnpublishAsync(Guid? id, CancellationToken ct) => SaveAsync(id, a =>
    {
        a.Unpublish();
        return Outcome.Done;
    }, ct);

    private async Task<IActionResult> SaveAsync(Guid? id, Func<Article, Outcome>? then, CancellationToken ct)
    {
        if (await LoadAsync(id, ct, track: true) is { } stop)
        {
            return stop;
        }

        var units = UnitScope.PortalUnits(User);
        if (Article is null && units.Count == 0)
        {
            return Forbid(); // an administrator without a unit of their own has no portal to write for
        }

        var (outcome, saved) = await SaveArticle.ExecuteAsync(db, Article, Article?.UnitId ?? units[0], new(Title, Author, Lead, Body, Tags), then, time.GetUtcNow(), ct);
        if (!outcome.Succeeded)
        {
            Article = id is null ? null : Article;
            return Refused(outcome.Refusal!.Message);
        }

        Article = saved!;
        return Redirect($"/Portal/Edit/{Article.Id}");
    }

    private async Task<IActionResult?> LoadAsync(Guid? id, CancellationToken ct, bool track = false)
    {
        if (id is not { } articleId)
        {
            return null;
        }

        var query = track ? db.Set<Article>() : db.Set<Article>().AsNoTracking();
        Article = await query.SingleOrDefaultAsync(a => a.Id == articleId, ct);
        return Article is null ? NotFound() : UnitScope.IsPortalEditorOf(User, Article.UnitId) ? null : Forbid();
    }

    public string State => Article?.StateName(time.GetUtcNow()) ?? "Bài mới";

    public string? When => Article?.PublishAt is { } at ? VietnamTime.DateTime(at) : null;
}
