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
public sealed class DashboardModel(AnnualReview review, Dashboard dashboard, Infrastructure.Database.DongThuanDb db, TimeProvider time) : PageModel
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

    /// <summary>What is overdue today: only on the current year's dashboard, since "now" is not a figure of a past year.</summary>
    public Figure? Overdue { get; private set; }

    public bool IsCurrentYear { get; private set; }

    public IReadOnlyList<Dashboard.TrendRow> Trend { get; private set; } = [];

    /// <summary>The figures shown first, large: the trend's rows named in <see cref="Dashboard.HeadlineCodes"/>.</summary>
    public IReadOnlyList<Dashboard.TrendRow> Headline => [.. Dashboard.HeadlineCodes.Select(c => Trend.Single(t => t.Code == c))];

    /// <summary>Whether the year before has any record to compare with; if not, the comparison says so instead of "▲ +162".</summary>
    public bool LastYearHasRecords { get; private set; }

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
        IsCurrentYear = Year == today.Year;
        Overdue = IsCurrentYear ? await dashboard.OverdueByPersonAsync(Scope, ct) : null;
        Trend = await dashboard.TrendAsync(Scope, ct);
        LastYearHasRecords = (await RecordYears.OfAsync(db, Council, ct)).Contains(Year.Value - 1);
        return Page();
    }

    public string Records(string code, string? key = null) => AnnualReview.RecordsUrl(Council.Id, Year!.Value, code, key);
}
