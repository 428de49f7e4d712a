using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Statistics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DongThuan.Web.Modules.Review;

/// <summary>The council's year at a glance: on-time rates by agency, petitions by field and month, who is overdue now, and the year against the last.</summary>
[Authorize(Policy = Permissions.Staff)]
public sealed class DashboardModel(AnnualReview review, Dashboard dashboard, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid CouncilId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public Body Council { get; private set; } = null!;

    public StatisticScope Scope { get; private set; } = null!;

    public Dashboard.AgencyTile Agencies { get; private set; } = null!;

    public Figure ByField { get; private set; } = null!;

    public IReadOnlyList<Slice> ByMonth { get; private set; } = [];

    public Figure Overdue { get; private set; } = null!;

    public IReadOnlyList<Dashboard.TrendRow> Trend { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var today = VietnamTime.Today(time);
        Year ??= today.Year;
        if (Year is < 2000 or > 2100 || await review.CouncilAsync(CouncilId, ct) is not { } found)
        {
            return NotFound();
        }

        if (!UnitScope.IsStaffOf(User, found.Council.UnitId))
        {
            return Forbid();
        }

        Council = found.Council;
        Scope = StatisticScope.Year(Council.Id, Council.UnitId, Year.Value, today);
        Agencies = await dashboard.AgenciesAsync(Scope, ct);
        ByField = await dashboard.PetitionsByFieldAsync(Scope, ct);
        ByMonth = await dashboard.PetitionsByMonthAsync(Scope, ct);
        Overdue = await dashboard.OverdueByPersonAsync(Scope, ct);
        Trend = await dashboard.TrendAsync(Scope, ct);
        return Page();
    }

    public string Records(string code, string? key = null) => AnnualReview.RecordsUrl(Council.Id, Year!.Value, code, key);
}
