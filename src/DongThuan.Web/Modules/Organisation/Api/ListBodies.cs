using DongThuan.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Organisation.Api;

/// <summary><c>GET /api/v1/organisation/bodies?unitId=</c>: bodies, optionally of one unit.</summary>
public static class ListBodies
{
    public sealed record Item(Guid Id, string Name, string Kind, Guid UnitId, Guid? ParentBodyId, DateOnly? ValidFrom, DateOnly? ValidTo);

    public static async Task<IReadOnlyList<Item>> HandleAsync(DongThuanDb db, Guid? unitId, CancellationToken ct)
    {
        var query = db.Bodies.AsNoTracking().Where(b => b.ArchivedAt == null);
        if (unitId is { } u)
        {
            query = query.Where(b => b.UnitId == u);
        }

        return await query.OrderBy(b => b.UnitId).ThenBy(b => b.Kind).ThenBy(b => b.Name)
            .Select(b => new Item(b.Id, b.Name, b.Kind.ToString(), b.UnitId, b.ParentBodyId, b.ValidFrom, b.ValidTo))
            .ToListAsync(ct);
    }
}
