using System.Security.Claims;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Obligations;

namespace DongThuan.Web.Modules.Supervision;

/// <summary>
/// Who sees and does what. The council office runs missions of its unit; the members of the conducting body
/// follow them; a supervised agency sees the mission it is supervised by, and of the recommendations only
/// those addressed to it (or to its official by name), which are the only ones it may report on.
/// </summary>
public static class SupervisionAccess
{
    public static bool IsOffice(ClaimsPrincipal user, Guid unitId) => UnitScope.IsCouncilOfficeOf(user, unitId);

    private static IReadOnlyList<Guid> Bodies(ClaimsPrincipal user) => ObligationAccess.OwnBodies(user);

    public static bool HoldsRoleIn(ClaimsPrincipal user, Guid bodyId) => Bodies(user).Contains(bodyId);

    public static bool CanViewMission(ClaimsPrincipal user, SupervisionMission m, IReadOnlyCollection<Guid> targets) =>
        IsOffice(user, m.UnitId) || HoldsRoleIn(user, m.ConductedByBodyId) || Bodies(user).Any(targets.Contains);

    public static bool IsAddressee(ClaimsPrincipal user, Recommendation r) =>
        HoldsRoleIn(user, r.OwnerBodyId) || UnitScope.PersonId(user) == r.OwnerPersonId;

    public static bool CanViewRecommendation(ClaimsPrincipal user, Recommendation r, SupervisionMission m) =>
        IsOffice(user, r.UnitId) || HoldsRoleIn(user, m.ConductedByBodyId) || IsAddressee(user, r);

    /// <summary>The agency reports its own progress; the office records it for an agency that does not use DongThuan.</summary>
    public static bool CanReport(ClaimsPrincipal user, Recommendation r) => IsOffice(user, r.UnitId) || IsAddressee(user, r);

    /// <summary>The missions a user may open: the office's units, the bodies they conduct, the agencies they supervise.</summary>
    public static IQueryable<SupervisionMission> Visible(Infrastructure.Database.DongThuanDb db, ClaimsPrincipal user)
    {
        if (UnitScope.IsAdministrator(user))
        {
            return db.SupervisionMissions;
        }

        var units = UnitScope.OfficeUnits(user);
        var bodies = Bodies(user);
        return db.SupervisionMissions.Where(m => units.Contains(m.UnitId) || bodies.Contains(m.ConductedByBodyId)
            || db.Set<MissionTarget>().Any(t => t.MissionId == m.Id && bodies.Contains(t.BodyId))
            || db.Set<Recommendation>().Any(r => r.MissionId == m.Id && bodies.Contains(r.OwnerBodyId)));
    }
}
