using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Coordination.Emulation;

/// <summary>The council office records a movement launched by the city or the district, and the units invited to take part.</summary>
[Authorize(Policy = Permissions.CouncilOffice)]
public sealed class LaunchModel(DongThuanDb db, TimeProvider time) : RefusingPage
{
    [BindProperty(SupportsGet = true)]
    public Guid UnitId { get; set; }

    [BindProperty]
    public Guid OrganisedByBodyId { get; set; }

    [BindProperty]
    public string? LaunchedBy { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public DateOnly LaunchedOn { get; set; }

    [BindProperty]
    public DateOnly From { get; set; }

    [BindProperty]
    public DateOnly To { get; set; }

    [BindProperty]
    public string? Criteria { get; set; }

    [BindProperty]
    public List<Guid> Participants { get; set; } = [];

    public IReadOnlyList<Body> Bodies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        LaunchedOn = From = VietnamTime.Today(time);
        To = new DateOnly(From.Year, 12, 31);
        return await LoadAsync(ct) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop)
        {
            return stop;
        }

        if (Bodies.All(b => b.Id != OrganisedByBodyId))
        {
            return NotFound();
        }

        // Only the unit's bodies are offered; anything else in the form is left out, as the page shows it.
        var invited = Participants.Where(p => Bodies.Any(b => b.Id == p)).Distinct().ToList();
        var (outcome, movement) = await LaunchMovement.ExecuteAsync(db, new(UnitId, OrganisedByBodyId, LaunchedBy, Name, LaunchedOn, From, To, Criteria, invited), ct);
        if (!outcome.Succeeded)
        {
            return Refused(outcome.Refusal!.Message);
        }

        return Redirect($"/Coordination/Emulation/Details/{movement!.Id}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (!UnitScope.IsCouncilOfficeOf(User, UnitId))
        {
            return Forbid();
        }

        Bodies = await db.Bodies.AsNoTracking().Where(b => b.UnitId == UnitId && b.ArchivedAt == null).OrderBy(b => b.Kind).ThenBy(b => b.Name).ToListAsync(ct);
        return Bodies.Count == 0 ? NotFound() : null;
    }
}
