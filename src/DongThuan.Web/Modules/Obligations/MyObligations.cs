using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;

namespace DongThuan.Web.Modules.Obligations;

/// <summary>What a user owes: the obligations named to their person and those of every body they hold a role in. One query for "my obligations" and "my work".</summary>
public static class MyObligations
{
    public static IQueryable<Obligation> Of(DongThuanDb db, ClaimsPrincipal user)
    {
        var person = UnitScope.PersonId(user);
        var bodies = ObligationAccess.OwnBodies(user);
        return db.Obligations.Where(o => (person != null && o.OwnerPersonId == person) || bodies.Contains(o.OwnerBodyId));
    }
}
