using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Portal;

/// <summary>
/// The council the public portal speaks for, named in its home page's header. One installation can serve several
/// councils (a city and its wards); the operator names the portal's own with <c>Portal:CouncilId</c>. Without it, the
/// council sitting today is the portal's when it is the only one, or the one of the highest level when it is the only
/// one of that level (the city above its wards). Otherwise no single council owns the portal, and it says so plainly.
/// </summary>
public static class PortalOwner
{
    public sealed record Owner(string Name, string? Above);

    public static async Task<Owner?> OfAsync(DongThuanDb db, IConfiguration settings, DateOnly today, CancellationToken ct)
    {
        var councils = await db.Set<Body>().AsNoTracking().Where(b => b.Kind == BodyKind.Council && b.ArchivedAt == null)
            .Join(db.Set<Unit>(), b => b.UnitId, u => u.Id, (b, u) => new { Body = b, u.Level, u.ParentId }).ToListAsync(ct);
        var chosen = settings.GetValue<Guid?>("Portal:CouncilId") is { } id ? councils.FirstOrDefault(c => c.Body.Id == id) : null;
        if (chosen is null)
        {
            var sitting = councils.Where(c => c.Body.IsInOperationOn(today)).ToList();
            var top = sitting.GroupBy(c => c.Level).OrderBy(g => g.Key).FirstOrDefault();
            chosen = top?.Count() == 1 ? top.Single() : null;
        }

        if (chosen is null)
        {
            return null;
        }

        var above = chosen.ParentId is { } parent ? await db.Set<Unit>().AsNoTracking().Where(u => u.Id == parent).Select(u => u.Name).SingleOrDefaultAsync(ct) : null;
        return new Owner(chosen.Body.WrittenOutName, above);
    }
}
