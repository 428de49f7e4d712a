using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Files;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Obligations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Supervision;

/// <summary>
/// One recommendation: who owes it, by when, how far it has got; the agency reports progress with evidence
/// files, the council office may refuse a reported completion, and each re-supervision's finding is listed.
/// </summary>
[Authorize(Policy = Permissions.Staff)]
[RequestSizeLimit(RecommendationEvidence.MaxCount * FileInspector.MaxBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = RecommendationEvidence.MaxCount * FileInspector.MaxBytes + 1024 * 1024)]
public sealed class RecommendationModel(SupervisionDesk desk, FileStore files) : RefusingPage
{
    public sealed record Check(Guid MissionId, string Mission, CheckOutcome? Outcome, string? Reasons, DateOnly? On);

    public Recommendation Item { get; private set; } = null!;

    public SupervisionMission Mission { get; private set; } = null!;

    public string Agency { get; private set; } = "";

    public string Person { get; private set; } = "";

    public Obligation? Obligation { get; private set; }

    public IReadOnlyList<RecommendationProgress> Progress { get; private set; } = [];

    public ILookup<Guid, RecommendationEvidence> Evidence { get; private set; } = Array.Empty<RecommendationEvidence>().ToLookup(e => e.ProgressId);

    public IReadOnlyList<Check> Checks { get; private set; } = [];

    public IReadOnlyList<TimelineEvent> Timeline { get; private set; } = [];

    /// <summary>Who took each step, by name and role, never by login name.</summary>
    public TimelineNames Actors { get; private set; } = null!;

    public bool CanReport { get; private set; }

    public bool IsOffice { get; private set; }

    public DateOnly Today => desk.Today;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostProgressAsync(Guid id, int percent, string? text, DateOnly? on, List<IFormFile>? upload, CancellationToken ct)
    {
        if (await ForActionAsync(id, SupervisionAccess.CanReport, ct) is { } stop)
        {
            return stop;
        }

        var (checkedFiles, inspected) = await UploadedFiles.InspectAsync(upload, RecommendationEvidence.MaxCount, ct);
        var outcome = checkedFiles.Succeeded ? await ReportProgress.ExecuteAsync(desk, files, User, Item, new(percent, text, on), inspected, ct) : checkedFiles;
        return outcome.Succeeded ? RedirectToPage(new { id }) : await RefuseAsync(id, outcome.Refusal!, ct);
    }

    public async Task<IActionResult> OnPostDisputeAsync(Guid id, string? reason, DateOnly newDueOn, CancellationToken ct)
    {
        if (await ForActionAsync(id, (user, r) => SupervisionAccess.IsOffice(user, r.UnitId), ct) is { } stop)
        {
            return stop;
        }

        var outcome = await DisputeRecommendation.ExecuteAsync(desk, Item, new(reason, newDueOn), ct);
        return outcome.Succeeded ? RedirectToPage(new { id }) : await RefuseAsync(id, outcome.Refusal!, ct);
    }

    /// <summary>Loads the recommendation for acting: 404 when unknown or not visible, 403 when the caller may see but not act.</summary>
    private async Task<IActionResult?> ForActionAsync(Guid id, Func<System.Security.Claims.ClaimsPrincipal, Recommendation, bool> mayAct, CancellationToken ct)
    {
        var r = await desk.Db.Recommendations.SingleOrDefaultAsync(x => x.Id == id, ct);
        var m = r is null ? null : await desk.Db.SupervisionMissions.AsNoTracking().SingleAsync(x => x.Id == r.MissionId, ct);
        if (r is null || m is null || !SupervisionAccess.CanViewRecommendation(User, r, m))
        {
            return NotFound();
        }

        Item = r;
        Mission = m;
        return mayAct(User, r) ? null : Forbid();
    }

    private async Task<IActionResult> RefuseAsync(Guid id, Refusal refusal, CancellationToken ct)
    {
        desk.Db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        return Refused(refusal.Message);
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var db = desk.Db;
        var r = await db.Recommendations.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        var m = r is null ? null : await db.SupervisionMissions.AsNoTracking().SingleAsync(x => x.Id == r.MissionId, ct);
        if (r is null || m is null || !SupervisionAccess.CanViewRecommendation(User, r, m))
        {
            return false;
        }

        Item = r;
        Mission = m;
        CanReport = SupervisionAccess.CanReport(User, r);
        IsOffice = SupervisionAccess.IsOffice(User, r.UnitId);
        var names = await OwnerNames.ForAsync(db, [r.OwnerBodyId], [r.OwnerPersonId], ct);
        Agency = names.Body(r.OwnerBodyId);
        Person = names.Person(r.OwnerPersonId) ?? "";
        Obligation = await db.ObligationAsync(r.ObligationId, ct);
        Progress = await db.RecommendationProgress.AsNoTracking().Where(p => p.RecommendationId == id).OrderBy(p => p.On).ThenBy(p => p.Id).ToListAsync(ct);
        Evidence = (await db.RecommendationEvidence.AsNoTracking().Where(e => e.RecommendationId == id).ToListAsync(ct)).ToLookup(e => e.ProgressId);
        Checks = await db.ReSupervisionItems.AsNoTracking().Where(i => i.RecommendationId == id)
            .Join(db.SupervisionMissions, i => i.MissionId, x => x.Id, (i, x) => new Check(x.Id, x.Subject, i.Outcome, i.Reasons, i.CheckedOn)).ToListAsync(ct);
        Timeline = await db.Timeline.AsNoTracking().Where(e => e.SubjectType == SupervisionObligations.RecommendationSubject && e.SubjectId == id).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(ct);
        Actors = await TimelineNames.ForAsync(db, Timeline, ct);
        return true;
    }
}
