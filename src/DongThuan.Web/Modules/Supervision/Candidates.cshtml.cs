using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Supervision;

/// <summary>
/// Candidate topics for supervision, with one action each: form a new mission on it, or add it to a mission
/// under way. Either way it leaves the list and the mission names it as its source.
/// </summary>
[Authorize(Policy = Permissions.CouncilOffice)]
public sealed class CandidatesModel(DongThuanDb db, Candidates candidates) : RefusingPage
{
    [BindProperty(SupportsGet = true)]
    public Guid CouncilId { get; set; }

    public Body? Council { get; private set; }

    public IReadOnlyList<Candidates.Candidate> Items { get; private set; } = [];

    public IReadOnlyList<SupervisionMission> Missions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(string? sourceType, Guid sourceId, Guid missionId, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop)
        {
            return stop;
        }

        var mission = Missions.SingleOrDefault(m => m.Id == missionId);
        if (mission is null)
        {
            return NotFound();
        }

        var outcome = await TakeCandidate.ExecuteAsync(db, candidates, mission, new(sourceType, sourceId), ct);
        if (outcome.Refusal == TakeCandidate.NotCandidate)
        {
            return NotFound();
        }

        if (!outcome.Succeeded)
        {
            return Refused(outcome.Refusal!.Message);
        }

        return Redirect($"/Supervision/Details/{mission.Id}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var (council, stop) = await OfficeCouncil.LoadAsync(db, User, CouncilId, ct);
        if (council is null)
        {
            return stop;
        }

        Council = council;

        Items = await candidates.ForUnitAsync(council.UnitId, ct);
        Missions = await db.SupervisionMissions.AsNoTracking().Where(m => m.CouncilId == CouncilId && m.State < MissionState.Reported).OrderByDescending(m => m.FormedOn).ToListAsync(ct);
        return null;
    }
}
