using DongThuan.Web.Infrastructure.OfficialDocuments;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Supervision;

/// <summary>
/// One mission: its statutory steps with their due dates, taken one at a time by the council office; the
/// recommendations it issues, each to a named agency and person; for a re-supervision, what it found of
/// each earlier recommendation it took up.
/// </summary>
[Authorize(Policy = Permissions.Staff)]
public sealed class DetailsModel(SupervisionDesk desk) : RefusingPage
{
    public sealed record Line(Recommendation Recommendation, string Agency, string Person, ObligationStatus? Status);

    public sealed record Step(Obligation Obligation, string Body, ObligationStatus Status);

    public sealed record Taken(ReSupervisionItem Item, Recommendation Recommendation, string Agency, Guid OriginalMissionId, string OriginalMission);

    public sealed record Owner(string Value, string Label);

    public sealed record Later(Guid MissionId, string Subject, CheckOutcome? Outcome);

    public SupervisionMission Mission { get; private set; } = null!;

    public string ConductedBy { get; private set; } = "";

    public string? Programme { get; private set; }

    public IReadOnlyList<string> Targets { get; private set; } = [];

    public IReadOnlyList<Step> Steps { get; private set; } = [];

    public IReadOnlyList<Line> Recommendations { get; private set; } = [];

    public IReadOnlyList<Taken> TakenUp { get; private set; } = [];

    public IReadOnlyList<MissionSource> Sources { get; private set; } = [];

    public IReadOnlyList<Owner> Owners { get; private set; } = [];

    public IReadOnlyList<TimelineEvent> Timeline { get; private set; } = [];

    /// <summary>Who took each step, by name and role, never by login name.</summary>
    public TimelineNames Actors { get; private set; } = null!;

    /// <summary>Later re-supervisions that took up this mission's recommendations: the chain seen from the original.</summary>
    public IReadOnlyList<Later> FollowedUpBy { get; private set; } = [];

    public bool IsOffice { get; private set; }

    public DateOnly Today => desk.Today;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>The mission's report drafted as an official document, for the council office, in Word or PDF.</summary>
    public async Task<IActionResult> OnGetReportAsync(Guid id, string? format, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!IsOffice)
        {
            return Forbid();
        }

        // A mission is conducted by the council or one of its organs, so it always has the council's letterhead.
        var letterhead = await CouncilLetterhead.OfAsync(desk.Db, Mission.ConductedByBodyId, Mission.ReportedOn ?? Today, ct);
        return letterhead is null ? NotFound() : OfficialFiles.Download(SupervisionReport.Draft(new(Mission, ConductedBy, Targets,
            [.. Recommendations.Select(r => new SupervisionReport.Recommended(r.Recommendation.Task, r.Agency, r.Person, r.Recommendation.DueOn))], Today), letterhead),
            format, $"bao-cao-giam-sat-{Mission.FormedOn:yyyyMMdd}");
    }

    public Task<IActionResult> OnPostPlanAsync(Guid id, string? plan, DateOnly on, CancellationToken ct) =>
        StepAsync(id, new(MissionStep.SendPlan, on, plan), ct);

    public Task<IActionResult> OnPostProgrammeAsync(Guid id, DateOnly on, DateOnly visitsFrom, DateOnly visitsTo, CancellationToken ct) =>
        StepAsync(id, new(MissionStep.SendProgramme, on, null, visitsFrom, visitsTo), ct);

    public Task<IActionResult> OnPostFinishAsync(Guid id, DateOnly on, CancellationToken ct) =>
        StepAsync(id, new(MissionStep.FinishVisits, on), ct);

    public Task<IActionResult> OnPostReportAsync(Guid id, string? findings, DateOnly on, CancellationToken ct) =>
        StepAsync(id, new(MissionStep.Report, on, findings), ct);

    public Task<IActionResult> OnPostConcludeAsync(Guid id, string? conclusion, DateOnly on, CancellationToken ct) =>
        StepAsync(id, new(MissionStep.Conclude, on, conclusion), ct);

    public async Task<IActionResult> OnPostRecommendAsync(Guid id, string? owner, string? task, DateOnly dueOn, DateOnly? on, CancellationToken ct)
    {
        if (await OfficeMissionAsync(id, ct) is { } stop)
        {
            return stop;
        }

        var parts = (owner ?? "").Split('/');
        if (parts.Length != 2 || !Guid.TryParse(parts[0], out var bodyId) || !Guid.TryParse(parts[1], out var personId))
        {
            return await RefuseAsync(id, SupervisionRefusals.RecommendationOwner, ct);
        }

        var (outcome, _) = await IssueRecommendation.ExecuteAsync(desk, Mission, new(bodyId, personId, task, dueOn, on), ct);
        return outcome.Succeeded ? RedirectToPage(new { id }) : await RefuseAsync(id, outcome.Refusal!, ct);
    }

    public async Task<IActionResult> OnPostCheckAsync(Guid id, Guid itemId, CheckOutcome outcome, string? reasons, DateOnly? newDueOn, DateOnly? on, CancellationToken ct)
    {
        if (await OfficeMissionAsync(id, ct) is { } stop)
        {
            return stop;
        }

        var recommendation = await desk.Db.ReSupervisionItems.AsNoTracking().Where(i => i.Id == itemId && i.MissionId == id).Select(i => (Guid?)i.RecommendationId).SingleOrDefaultAsync(ct);
        var result = recommendation is { } rid ? await CheckRecommendation.ExecuteAsync(desk, Mission, new(rid, outcome, reasons, newDueOn, on), ct) : null;
        return result is not { } done ? NotFound() : done.Succeeded ? RedirectToPage(new { id }) : await RefuseAsync(id, done.Refusal!, ct);
    }

    private async Task<IActionResult> StepAsync(Guid id, TakeMissionStep.Request step, CancellationToken ct)
    {
        if (await OfficeMissionAsync(id, ct) is { } stop)
        {
            return stop;
        }

        var outcome = await TakeMissionStep.ExecuteAsync(desk, Mission, step, ct);
        return outcome.Succeeded ? RedirectToPage(new { id }) : await RefuseAsync(id, outcome.Refusal!, ct);
    }

    /// <summary>Loads the mission for the office of its unit; 404 for an unknown one, 403 for anyone else.</summary>
    private async Task<IActionResult?> OfficeMissionAsync(Guid id, CancellationToken ct)
    {
        var m = await desk.Db.SupervisionMissions.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (m is null)
        {
            return NotFound();
        }

        Mission = m;
        return SupervisionAccess.IsOffice(User, m.UnitId) ? null : Forbid();
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
        var m = await db.SupervisionMissions.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (m is null || !SupervisionAccess.CanViewMission(User, m, await desk.PartiesAsync(id, ct)))
        {
            return false;
        }

        Mission = m;
        IsOffice = SupervisionAccess.IsOffice(User, m.UnitId);
        var today = Today;
        var bodies = await db.Bodies.AsNoTracking().Where(b => b.UnitId == m.UnitId).ToDictionaryAsync(b => b.Id, ct);
        string Name(Guid b) => bodies.TryGetValue(b, out var body) ? body.Name : "";
        ConductedBy = Name(m.ConductedByBodyId);
        Programme = m.ProgrammeId is { } pid ? await db.SupervisionProgrammes.AsNoTracking().Where(p => p.Id == pid).Select(p => p.Title).SingleOrDefaultAsync(ct) : null;
        Targets = [.. (await db.MissionTargets.AsNoTracking().Where(t => t.MissionId == id).Select(t => t.BodyId).ToListAsync(ct)).Select(Name).Order(StringComparer.Ordinal)];
        var steps = await db.ObligationsOfSubjectAsync(SupervisionObligations.MissionSubject, id, ct);
        Steps = [.. steps.Select(o => new Step(o, Name(o.OwnerBodyId), o.StatusOn(today)))];

        var recs = await db.Recommendations.AsNoTracking().Where(r => r.MissionId == id).OrderBy(r => r.DueOn).ToListAsync(ct);
        recs = [.. recs.Where(r => SupervisionAccess.CanViewRecommendation(User, r, m))];
        var people = await OwnerNames.ForAsync(db, [], recs.Select(r => (Guid?)r.OwnerPersonId), ct);
        var obligationIds = recs.Where(r => r.ObligationId != null).Select(r => r.ObligationId!.Value).ToList();
        var obligations = await db.ObligationsByIdAsync(obligationIds, ct);
        Recommendations = [.. recs.Select(r => new Line(r, Name(r.OwnerBodyId), people.Person(r.OwnerPersonId) ?? "",
            r.ObligationId is { } o && obligations.TryGetValue(o, out var ob) ? ob.StatusOn(today) : null))];

        var items = await db.ReSupervisionItems.AsNoTracking().Where(i => i.MissionId == id)
            .Join(db.Recommendations, i => i.RecommendationId, r => r.Id, (i, r) => new { i, r })
            .Join(db.SupervisionMissions, x => x.r.MissionId, o => o.Id, (x, o) => new { x.i, x.r, o.Id, o.Subject }).ToListAsync(ct);
        TakenUp = [.. items.Where(x => SupervisionAccess.CanViewRecommendation(User, x.r, m)).Select(x => new Taken(x.i, x.r, Name(x.r.OwnerBodyId), x.Id, x.Subject))];
        var recIds = recs.Select(r => r.Id).ToList();
        FollowedUpBy = await db.ReSupervisionItems.AsNoTracking().Where(i => recIds.Contains(i.RecommendationId))
            .Join(db.SupervisionMissions, i => i.MissionId, o => o.Id, (i, o) => new Later(o.Id, o.Subject, i.Outcome)).ToListAsync(ct);
        Sources = IsOffice ? await db.MissionSources.AsNoTracking().Where(s => s.MissionId == id).ToListAsync(ct) : [];
        Timeline = await db.Timeline.AsNoTracking().Where(e => e.SubjectType == SupervisionObligations.MissionSubject && e.SubjectId == id).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(ct);
        Actors = await TimelineNames.ForAsync(db, Timeline, ct);

        if (IsOffice)
        {
            var executive = bodies.Values.Where(b => b.ArchivedAt == null && b.Kind is BodyKind.PeoplesCommittee or BodyKind.ExecutiveDepartment).Select(b => b.Id).ToList();
            var positions = await db.Positions.AsNoTracking().Where(p => executive.Contains(p.BodyId) && p.ArchivedAt == null)
                .Join(db.People, p => p.PersonId, x => x.Id, (p, x) => new { p.BodyId, p.PersonId, p.Title, x.FullName }).ToListAsync(ct);
            Owners = [.. positions.OrderBy(p => bodies[p.BodyId].Kind).ThenBy(p => Name(p.BodyId), StringComparer.Ordinal)
                .Select(p => new Owner($"{p.BodyId}/{p.PersonId}", $"{Name(p.BodyId)} — {p.FullName}, {p.Title}"))];
        }

        return true;
    }
}
