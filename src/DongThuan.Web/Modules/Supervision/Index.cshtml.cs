using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Supervision;

/// <summary>The year's supervision: programmes, and the missions the user may open with how their recommendations stand.</summary>
[Authorize(Policy = Permissions.Staff)]
public sealed class IndexModel(DongThuanDb db, TimeProvider time) : PageModel
{
    public sealed record Row(SupervisionMission Mission, string ConductedBy, int Recommendations, int Completed);

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

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
        var missions = await visible.Where(m => m.FormedOn >= from && m.FormedOn <= to).OrderBy(m => m.FormedOn).ToListAsync(ct);
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
}
