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
        // Tested here, not in the query: EF Core compiles a test like `person != null` inside a query on every run,
        // where it reads a plain captured value as it is.
        var isPerson = person is not null;
        return db.Obligations.Where(o => (isPerson && o.OwnerPersonId == person) || bodies.Contains(o.OwnerBodyId));
    }
}
