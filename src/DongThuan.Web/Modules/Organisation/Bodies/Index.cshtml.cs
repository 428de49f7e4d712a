using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Organisation.Bodies;

/// <summary>Bodies, filtered by unit and kind, each top body followed by the bodies under it.</summary>
[Authorize(Policy = Permissions.Staff)]
public sealed class IndexModel(DongThuanDb db) : OrganisationPage
{
    [BindProperty(SupportsGet = true)]
    public Guid? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public BodyKind? Kind { get; set; }

    public IReadOnlyList<Body> Bodies { get; private set; } = [];

    public IReadOnlyList<Unit> Units { get; private set; } = [];

    public Dictionary<Guid, string> UnitNames { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Units = await db.Units.AsNoTracking().Where(u => u.ArchivedAt == null).OrderBy(u => u.Level).ThenBy(u => u.Name).ToListAsync(ct);
        UnitNames = Units.ToDictionary(u => u.Id, u => u.Name);
        var query = db.Bodies.AsNoTracking().Where(b => b.ArchivedAt == null);
        if (UnitId is { } unit)
        {
            query = query.Where(b => b.UnitId == unit);
        }

        if (Kind is { } kind)
        {
            query = query.Where(b => b.Kind == kind);
        }

        var bodies = await query.ToListAsync(ct);
        // Each top body, then its children: the list reads like the organisation chart.
        var ordered = new List<Body>();
        foreach (var top in bodies.Where(b => b.ParentBodyId is null || bodies.All(p => p.Id != b.ParentBodyId)).OrderBy(b => b.UnitId).ThenBy(b => b.Kind).ThenBy(b => b.Name))
        {
            ordered.Add(top);
            ordered.AddRange(bodies.Where(b => b.ParentBodyId == top.Id).OrderBy(b => b.Kind).ThenBy(b => b.Name, StringComparer.Ordinal));
        }

        Bodies = ordered;
    }
}
