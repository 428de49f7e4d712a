using DongThuan.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Organisation.Api;

/// <summary><c>GET /api/v1/organisation/units</c>: the unit tree with validity and successors.</summary>
public static class ListUnits
{
    public sealed record Item(Guid Id, string Name, string Level, Guid? ParentId, DateOnly? ValidFrom, DateOnly? ValidTo, IReadOnlyList<Guid> SuccessorIds);

    public static async Task<IReadOnlyList<Item>> HandleAsync(DongThuanDb db, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().Where(u => u.ArchivedAt == null).OrderBy(u => u.Level).ThenBy(u => u.Name).ToListAsync(ct);
        var links = await db.UnitSuccessions.AsNoTracking().ToListAsync(ct);
        return [.. units.Select(u => new Item(u.Id, u.Name, u.Level.ToString(), u.ParentId, u.ValidFrom, u.ValidTo,
            [.. links.Where(l => l.PredecessorId == u.Id).Select(l => l.SuccessorId)]))];
    }
}
