using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Accounts;

/// <summary>
/// Who may manage which accounts. An administrator manages every account. A council office manages the accounts
/// of its own unit: it grants roles only in that unit's bodies (never Administrator, never Citizen), and it manages
/// an account only when everything the account holds (its roles, the person it is) lies in a unit where the office
/// works, so an office can neither take over nor lock out someone who also serves elsewhere.
/// </summary>
public static class AccountScope
{
    /// <summary>May the user give <paramref name="role"/> in <paramref name="body"/>?</summary>
    public static bool MayGrant(ClaimsPrincipal user, AppRole role, Body? body) =>
        UnitScope.IsAdministrator(user)
        || (role is not (AppRole.Administrator or AppRole.Citizen) && body is not null && UnitScope.OfficeUnits(user).Contains(body.UnitId));

    /// <summary>May the user link an account to <paramref name="person"/>?</summary>
    public static bool MayLink(ClaimsPrincipal user, Person person) =>
        UnitScope.IsAdministrator(user) || UnitScope.OfficeUnits(user).Contains(person.UnitId);

    /// <summary>May the user manage <paramref name="account"/> (roles, disabling, a new invitation)?</summary>
    public static async Task<bool> MayManageAsync(DongThuanDb db, ClaimsPrincipal user, AppUser account, CancellationToken ct) =>
        UnitScope.IsAdministrator(user) || (await ManageableAsync(db, UnitScope.OfficeUnits(user), [account], ct)).Count == 1;

    /// <summary>The accounts the user may see in the account list: all for an administrator, those of the office's units otherwise.</summary>
    public static async Task<IReadOnlyList<AppUser>> ListAsync(DongThuanDb db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (UnitScope.IsAdministrator(user))
        {
            return await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct);
        }

        var offices = UnitScope.OfficeUnits(user);
        var byRole = db.RoleAssignments.Where(a => a.ArchivedAt == null && a.UnitId != null && offices.Contains(a.UnitId.Value)).Select(a => a.UserId);
        var byPerson = db.People.Where(p => offices.Contains(p.UnitId)).Select(p => (Guid?)p.Id);
        var candidates = await db.Users.AsNoTracking().Where(u => byRole.Contains(u.Id) || byPerson.Contains(u.PersonId))
            .OrderBy(u => u.UserName).ToListAsync(ct);
        return await ManageableAsync(db, offices, candidates, ct);
    }

    /// <summary>Those of <paramref name="accounts"/> whose every role and whose person lie in <paramref name="offices"/> (two queries).</summary>
    private static async Task<IReadOnlyList<AppUser>> ManageableAsync(DongThuanDb db, IReadOnlyList<Guid> offices, IReadOnlyList<AppUser> accounts, CancellationToken ct)
    {
        var ids = accounts.Select(a => a.Id).ToList();
        var roles = (await db.RoleAssignments.AsNoTracking().Where(a => ids.Contains(a.UserId) && a.ArchivedAt == null)
            .Select(a => new { a.UserId, a.Role, a.UnitId }).ToListAsync(ct)).ToLookup(a => a.UserId);
        var personIds = accounts.Where(a => a.PersonId != null).Select(a => a.PersonId!.Value).ToList();
        var personUnits = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.UnitId, ct);
        return [.. accounts.Where(account =>
        {
            var held = roles[account.Id].ToList();
            var units = held.Select(r => r.UnitId)
                .Append(account.PersonId is { } p && personUnits.TryGetValue(p, out var u) ? u : null)
                .Where(x => x is not null).Select(x => x!.Value).ToList();
            return units.Count > 0
                   && units.All(offices.Contains)
                   && held.All(r => r.Role is not (AppRole.Administrator or AppRole.Citizen) && r.UnitId is not null);
        })];
    }
}
