using DongThuan.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Organisation.Api;

/// <summary><c>GET /api/v1/councils</c>: every council (HĐND) with its administrative unit, for choosing one in reports.</summary>
public static class ListCouncils
{
    public sealed record Item(Guid Id, string Name, string Unit, Guid UnitId, DateOnly? ValidFrom, DateOnly? ValidTo);

    public static async Task<IReadOnlyList<Item>> HandleAsync(DongThuanDb db, CancellationToken ct) =>
        await db.Bodies.AsNoTracking().Where(b => b.Kind == BodyKind.Council && b.ArchivedAt == null)
            .Join(db.Set<Unit>(), b => b.UnitId, u => u.Id, (b, u) => new { b, u })
            .OrderBy(x => x.b.Name)
            .Select(x => new Item(x.b.Id, x.b.Name, x.u.Name, x.u.Id, x.b.ValidFrom, x.b.ValidTo))
            .ToListAsync(ct);
}
