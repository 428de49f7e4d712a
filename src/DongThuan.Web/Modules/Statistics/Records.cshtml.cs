using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Statistics;

/// <summary>
/// The records behind a figure: the same query that counted them, listed with links to each record's
/// page (which applies its own access rule). Staff of the council's unit only.
/// </summary>
[Authorize(Policy = Permissions.Staff)]
public sealed class RecordsModel(DongThuanDb db, Figures figures, TimeProvider time) : PageModel
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true)]
    public Guid CouncilId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Key { get; set; }

    /// <summary>Counts only to this day of the year (the dashboard compares a running year with the same span of the last).</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public Statistic Statistic { get; private set; } = null!;

    public Body Council { get; private set; } = null!;

    public IReadOnlyList<CountedRecord> Items { get; private set; } = [];

    public int Total { get; private set; }

    public string? SliceName { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var statistic = Code is null ? null : figures.Catalogue.Find(Code);
        var council = await db.Set<Body>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == CouncilId && b.Kind == BodyKind.Council, ct);
        if (statistic is null || council is null || Year is < 2000 or > 2100)
        {
            return NotFound();
        }

        if (!UnitScope.IsStaffOf(User, council.UnitId))
        {
            return Forbid();
        }

        (Statistic, Council) = (statistic, council);
        PageNumber = Math.Max(1, PageNumber);
        var scope = StatisticScope.Year(council.Id, council.UnitId, Year, VietnamTime.Today(time));
        if (To is { } to && to >= scope.From && to < scope.To)
        {
            scope = scope with { To = to };
        }
        (Items, Total) = await figures.RecordsAsync(statistic, scope, Key, PageNumber, PageSize, ct);
        SliceName = string.IsNullOrEmpty(Key) ? null : Figures.SliceName(statistic, Key);
        return Page();
    }

    public string PageUrl(int page) =>
        $"/Statistics/Records?councilId={CouncilId}&year={Year}&code={Uri.EscapeDataString(Code ?? "")}" + (string.IsNullOrEmpty(Key) ? "" : "&key=" + Uri.EscapeDataString(Key)) + (To is { } t ? "&to=" + t.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "") + $"&page={page}";
}
