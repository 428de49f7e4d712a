using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// Who sees what of a petition. The council office of its unit sees everything but restricted identities;
/// the agency it was routed to sees the routed copy only (no petitioner, no restricted files), and no other
/// agency sees it at all. The public sees nothing but what the status page and the answers page show.
/// </summary>
public static class PetitionAccess
{
    public static bool IsOffice(ClaimsPrincipal user, Petition p) => UnitScope.IsCouncilOfficeOf(user, p.UnitId);

    public static IReadOnlyList<Guid> AgencyBodies(ClaimsPrincipal user) =>
        [.. UnitScope.Scopes(user).Where(s => s.Role == AppRole.ExecutiveOfficer && s.BodyId is not null).Select(s => s.BodyId!.Value).Distinct()];

    public static bool IsAgency(ClaimsPrincipal user, Petition p) =>
        p.AgencyBodyId is { } a && p.State is not (PetitionState.Received or PetitionState.Merged) && AgencyBodies(user).Contains(a);

    public static bool CanView(ClaimsPrincipal user, Petition p) => IsOffice(user, p) || IsAgency(user, p);

    /// <summary>The petitions a user may list: the office's units, or what was routed to the user's agencies.</summary>
    public static IQueryable<Petition> Visible(DongThuanDb db, ClaimsPrincipal user)
    {
        if (UnitScope.IsAdministrator(user))
        {
            return db.Petitions;
        }

        var units = UnitScope.OfficeUnits(user);
        var agencies = AgencyBodies(user);
        return db.Petitions.Where(p => units.Contains(p.UnitId)
            || (p.AgencyBodyId != null && agencies.Contains(p.AgencyBodyId.Value) && p.State != PetitionState.Received && p.State != PetitionState.Merged));
    }
}
