using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Supervision;

/// <summary>
/// The year's supervision: programmes, and the missions the user may open with how their recommendations stand. Filters
/// by year and state; sorts by subject, conducting body, date formed, state or recommendations completed; the same list
/// downloads as an Excel sheet.
/// </summary>
[Authorize(Policy = Permissions.Staff)]
public sealed class IndexModel(DongThuanDb db, TimeProvider time) : PageModel
{
    public sealed record Row(SupervisionMission Mission, string ConductedBy, int Recommendations, int Completed);

    /// <summary>The columns the list sorts by; the date the team was formed, earliest first, when none is chosen.</summary>
    public enum SortBy
    {
        Formed,
        Subject,
        ConductedBy,
        State,
        Completed,
    }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public MissionState? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public SortBy Sort { get; set; }

    /// <summary>Ascending, unless the user turned the order round: a year's missions read from January.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Desc { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyList<SupervisionProgramme> Programmes { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> ProgrammeOwners { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>The councils whose supervision the user runs (links to plan and adopt).</summary>
    public IReadOnlyList<Body> OfficeCouncils { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var visible = SupervisionAccess.Visible(db, User).AsNoTracking();
        Years = [.. (await visible.Select(m => m.FormedOn).ToListAsync(ct)).Select(d => d.Year).Distinct().OrderDescending()];
        Year ??= Years.Count > 0 ? Years[0] : VietnamTime.Today(time).Year;
        var from = new DateOnly(Year.Value, 1, 1);
        var to = new DateOnly(Year.Value, 12, 31);
        var missions = await Sorted(visible.Where(m => m.FormedOn >= from && m.FormedOn <= to && (State == null || m.State == State))).ToListAsync(ct);
        var ids = missions.Select(m => m.Id).ToList();
        var counts = await db.Recommendations.AsNoTracking().Where(r => ids.Contains(r.MissionId)).GroupBy(r => r.MissionId)
            .Select(g => new { g.Key, Total = g.Count(), Done = g.Count(r => r.State == RecommendationState.Completed) }).ToDictionaryAsync(x => x.Key, ct);
        var bodyIds = missions.Select(m => m.ConductedByBodyId).ToList();
        var units = UnitScope.OfficeUnits(User);
        var admin = UnitScope.IsAdministrator(User);
        OfficeCouncils = await db.Bodies.AsNoTracking().Where(b => b.Kind == BodyKind.Council && b.ArchivedAt == null && (admin || units.Contains(b.UnitId))).OrderBy(b => b.Name).ToListAsync(ct);
        var councils = OfficeCouncils.Select(c => c.Id).ToList();
        Programmes = await db.SupervisionProgrammes.AsNoTracking().Where(p => p.Year == Year && councils.Contains(p.CouncilId)).OrderBy(p => p.AdoptedOn).ToListAsync(ct);
        bodyIds.AddRange(Programmes.Select(p => p.OwnerBodyId));
        var names = await db.Bodies.AsNoTracking().Where(b => bodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        ProgrammeOwners = names;
        Rows = [.. missions.Select(m => new Row(m, names.GetValueOrDefault(m.ConductedByBodyId) ?? "", counts.GetValueOrDefault(m.Id)?.Total ?? 0, counts.GetValueOrDefault(m.Id)?.Done ?? 0))];
    }

    /// <summary>The year's missions, filtered and in the order shown, as an Excel sheet.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        await OnGetAsync(ct);
        return File(SupervisionSheet.Write(Rows.Select(r => new SupervisionSheet.Line(r.Mission, r.ConductedBy, r.Recommendations, r.Completed))),
            SupervisionSheet.ContentType, $"giam-sat-{Year}.xlsx");
    }

    private IOrderedQueryable<SupervisionMission> Sorted(IQueryable<SupervisionMission> query)
    {
        var asc = !Desc;
        var bodies = db.Bodies;
        var recommendations = db.Recommendations;
        var sorted = Sort switch
        {
            SortBy.Subject => query.By(m => m.Subject, asc),
            SortBy.ConductedBy => query.By(m => bodies.Where(b => b.Id == m.ConductedByBodyId).Select(b => b.Name).FirstOrDefault(), asc),
            SortBy.State => query.By(m => m.State, asc),
            SortBy.Completed => query.By(m => recommendations.Count(r => r.MissionId == m.Id && r.State == RecommendationState.Completed), asc),
            _ => query.By(m => m.FormedOn, asc),
        };
        return sorted.ThenBy(m => m.FormedOn).ThenBy(m => m.Id);
    }

    /// <summary>This list in another order, or as the sheet.</summary>
    public string Link(SortBy? sort = null, bool? desc = null, string? handler = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["handler"] = handler, ["Year"] = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["State"] = State?.ToString(),
            ["Sort"] = (sort ?? Sort) == SortBy.Formed ? null : (sort ?? Sort).ToString(), ["Desc"] = (desc ?? Desc) ? "true" : null,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/Supervision", query.Where(kv => kv.Value is not null)!);
    }

    public string SortLink(SortBy column) => Link(sort: column, desc: !ListOrder.NextAscending(Sort, !Desc, column, column is not SortBy.Completed));

    public string? AriaSort(SortBy column) => ListOrder.AriaSort(Sort, !Desc, column);
}
