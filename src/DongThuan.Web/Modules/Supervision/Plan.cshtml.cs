using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Supervision;

/// <summary>
/// The council office forms a supervision team: who conducts it, what and whom it supervises, who is on it.
/// A re-supervision takes earlier recommendations that are still unfinished or disputed. A mission formed
/// from a candidate (a petition or question) keeps it as its source.
/// </summary>
[Authorize(Policy = Permissions.CouncilOffice)]
public sealed class PlanModel(SupervisionDesk desk, Candidates candidates) : RefusingPage
{
    public sealed record Open(Recommendation Recommendation, string Agency, string Mission);

    [BindProperty(SupportsGet = true)]
    public Guid CouncilId { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool ReSupervision { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? SourceType { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? SourceId { get; set; }

    [BindProperty]
    public Guid ConductedByBodyId { get; set; }

    [BindProperty]
    public Guid? ProgrammeId { get; set; }

    [BindProperty]
    public string? Subject { get; set; }

    [BindProperty]
    public string? Scope { get; set; }

    [BindProperty]
    public string? Members { get; set; }

    [BindProperty]
    public DateOnly FormedOn { get; set; }

    [BindProperty]
    public bool IsSecret { get; set; }

    [BindProperty]
    public List<Guid> Targets { get; set; } = [];

    [BindProperty]
    public List<Guid> Taken { get; set; } = [];

    public Body? Council { get; private set; }

    public IReadOnlyList<Body> Conductors { get; private set; } = [];

    public IReadOnlyList<Body> Agencies { get; private set; } = [];

    public IReadOnlyList<SupervisionProgramme> Programmes { get; private set; } = [];

    public IReadOnlyList<Open> Unfinished { get; private set; } = [];

    public Candidates.Candidate? Source { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop)
        {
            return stop;
        }

        FormedOn = desk.Today;
        Subject = Source?.Title;
        if (ReSupervision)
        {
            Subject = "Tái giám sát việc thực hiện kiến nghị giám sát";
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop)
        {
            return stop;
        }

        if (Source is { Taken: true })
        {
            return Refused(SupervisionRefusals.CandidateTaken.Message);
        }

        var conductor = Conductors.SingleOrDefault(b => b.Id == ConductedByBodyId);
        if (conductor is null)
        {
            return Refused(SupervisionRefusals.MissionConductor.Message);
        }

        var targets = Targets.Where(t => Agencies.Any(a => a.Id == t)).ToList();
        var taken = Unfinished.Where(u => Taken.Contains(u.Recommendation.Id)).Select(u => u.Recommendation).ToList();
        if (ReSupervision && taken.Count == 0)
        {
            return Refused(SupervisionRefusals.NothingToReSupervise.Message);
        }

        // A re-supervision supervises the agencies its recommendations address.
        targets.AddRange(taken.Select(r => r.OwnerBodyId));
        if (targets.Count == 0)
        {
            return Refused(SupervisionRefusals.MissionTargets.Message);
        }

        var programme = ProgrammeId is { } pid && Programmes.Any(p => p.Id == pid) ? pid : (Guid?)null;
        var mission = SupervisionMission.Form(Council!, conductor, programme, Subject ?? "", Scope ?? "", Members ?? "", FormedOn, ReSupervision, IsSecret, out var outcome);
        if (!outcome.Succeeded)
        {
            return Refused(outcome.Refusal!.Message);
        }

        var sources = Source is { } s ? new[] { MissionSource.For(mission, s.Type, s.Id, s.Title) } : [];
        outcome = await desk.FormAsync(mission, targets, sources, taken, ct);
        return outcome.Succeeded ? Redirect($"/Supervision/Details/{mission.Id}") : Refused(outcome.Refusal!.Message);
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var db = desk.Db;
        var (council, stop) = await OfficeCouncil.LoadAsync(db, User, CouncilId, ct);
        if (council is null)
        {
            return stop;
        }

        Council = council;

        Conductors = await db.Bodies.AsNoTracking()
            .Where(b => b.ParentBodyId == CouncilId && b.ArchivedAt == null
                        && (b.Kind == BodyKind.CouncilStandingCommittee || b.Kind == BodyKind.CouncilCommittee || b.Kind == BodyKind.DelegateGroup))
            .OrderBy(b => b.Kind).ThenBy(b => b.Name).ToListAsync(ct);
        Agencies = await db.Bodies.AsNoTracking()
            .Where(b => b.UnitId == council.UnitId && b.ArchivedAt == null && (b.Kind == BodyKind.PeoplesCommittee || b.Kind == BodyKind.ExecutiveDepartment))
            .OrderBy(b => b.Kind).ThenBy(b => b.Name).ToListAsync(ct);
        Programmes = await db.SupervisionProgrammes.AsNoTracking().Where(p => p.CouncilId == CouncilId).OrderByDescending(p => p.Year).ToListAsync(ct);
        if (SourceType is not null && SourceId is { } sid)
        {
            Source = await candidates.FindAsync(council.UnitId, SourceType, sid, ct);
            if (Source is null)
            {
                return NotFound();
            }
        }

        if (ReSupervision)
        {
            var open = await db.Recommendations.AsNoTracking()
                .Where(r => r.UnitId == council.UnitId && r.State != RecommendationState.Completed)
                .Join(db.SupervisionMissions.Where(m => m.CouncilId == CouncilId), r => r.MissionId, m => m.Id, (r, m) => new { r, m.Subject })
                .OrderBy(x => x.r.DueOn).ToListAsync(ct);
            var names = await db.Bodies.AsNoTracking().Where(b => b.UnitId == council.UnitId).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
            Unfinished = [.. open.Select(x => new Open(x.r, names.GetValueOrDefault(x.r.OwnerBodyId) ?? "", x.Subject))];
        }

        return null;
    }
}
