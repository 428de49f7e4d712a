using DongThuan.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Accounts;

/// <summary>The active accounts that speak for a party: those holding a role in a body (a given role, when named), those linked to a person, and one named account.</summary>
public static class PartyAccounts
{
    public static async Task<IReadOnlyList<string>> OfAsync(DongThuanDb db, Guid? bodyId, Guid? personId, AppRole? role, CancellationToken ct, string? userId = null)
    {
        var ids = new List<string>();
        if (bodyId is { } body)
        {
            var holders = db.Set<RoleAssignment>().AsNoTracking().Where(r => r.BodyId == body && r.ArchivedAt == null);
            if (role is { } wanted)
            {
                holders = holders.Where(r => r.Role == wanted);
            }

            var userIds = holders.Select(r => r.UserId);
            ids.AddRange(await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id) && u.ArchivedAt == null).Select(u => u.Id).ToListAsync(ct));
        }

        if (personId is { } person)
        {
            ids.AddRange(await db.Users.AsNoTracking().Where(u => u.PersonId == person && u.ArchivedAt == null).Select(u => u.Id).ToListAsync(ct));
        }

        if (userId is not null)
        {
            ids.AddRange(await db.Users.AsNoTracking().Where(u => u.Id == userId && u.ArchivedAt == null).Select(u => u.Id).ToListAsync(ct));
        }

        return [.. ids.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The active accounts of the council office of a unit: the office role held in a council of that unit.</summary>
    public static async Task<IReadOnlyList<string>> CouncilOfficeOfAsync(DongThuanDb db, Guid unitId, CancellationToken ct)
    {
        var councils = db.Set<Organisation.Body>().Where(b => b.UnitId == unitId && b.Kind == Organisation.BodyKind.Council && b.ArchivedAt == null).Select(b => b.Id);
        var holders = db.Set<RoleAssignment>().Where(r => r.Role == AppRole.CouncilOffice && r.ArchivedAt == null && r.BodyId != null && councils.Contains(r.BodyId.Value))
            .Select(r => r.UserId);
        return await db.Users.AsNoTracking().Where(u => holders.Contains(u.Id) && u.ArchivedAt == null).Select(u => u.Id).Distinct().ToListAsync(ct);
    }
}
