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

        var (outcome, mission) = await FormMission.ExecuteAsync(desk, Council!,
            new(CouncilId, ConductedByBodyId, Subject, Scope, Members, FormedOn, Targets, ProgrammeId, IsSecret, ReSupervision, Taken), Source, ct);
        return outcome.Succeeded ? Redirect($"/Supervision/Details/{mission!.Id}") : Refused(outcome.Refusal!.Message);
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

        Conductors = await FormMission.ConductorsAsync(db, CouncilId, ct);
        Agencies = await FormMission.AgenciesAsync(db, council.UnitId, ct);
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
            var open = await FormMission.UnfinishedAsync(db, council, ct);
            var missionIds = open.Select(r => r.MissionId).Distinct().ToList();
            var subjects = await db.SupervisionMissions.AsNoTracking().Where(m => missionIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Subject, ct);
            var names = await db.Bodies.AsNoTracking().Where(b => b.UnitId == council.UnitId).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
            Unfinished = [.. open.Select(r => new Open(r, names.GetValueOrDefault(r.OwnerBodyId) ?? "", subjects[r.MissionId]))];
        }

        return null;
    }
}
