using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Organisation.Units;

/// <summary>The unit tree, with each unit's validity and the units that took it over.</summary>
[Authorize(Policy = Permissions.Staff)]
public sealed class IndexModel(DongThuanDb db, TimeProvider time) : OrganisationPage
{
    public sealed record Row(Unit Unit, int Depth, IReadOnlyList<string> Successors);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = VietnamTime.Today(time);
        // Two queries whatever the size of the tree; the tree is laid out in memory.
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Name).ToListAsync(ct);
        var links = await db.UnitSuccessions.AsNoTracking().ToListAsync(ct);
        var names = units.ToDictionary(u => u.Id, u => u.Name);
        var rows = new List<Row>();
        void Walk(Guid? parent, int depth)
        {
            foreach (var u in units.Where(u => u.ParentId == parent).OrderBy(u => u.ValidTo is null).ThenBy(u => u.Name))
            {
                rows.Add(new Row(u, Math.Min(depth, 2), [.. links.Where(l => l.PredecessorId == u.Id).Select(l => names[l.SuccessorId])]));
                Walk(u.Id, depth + 1);
            }
        }

        Walk(null, 0);
        Rows = rows;
    }
}
