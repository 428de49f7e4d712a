using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Obligations;

namespace DongThuan.Web.Modules.Coordination;

/// <summary>
/// A programme is seen by the council office of its unit and by the bodies it concerns: the parties that
/// signed it and the agencies that lead or support one of its tasks. A task is reported on by its lead
/// body (or the office for it); evaluations and new tasks are the office's.
/// </summary>
public static class CoordinationAccess
{
    /// <summary>The bodies the user holds a role in (the same as for obligations).</summary>
    public static IReadOnlyList<Guid> Bodies(ClaimsPrincipal user) => ObligationAccess.OwnBodies(user);

    public static bool IsOffice(ClaimsPrincipal user, Guid unitId) => UnitScope.IsCouncilOfficeOf(user, unitId);

    public static IQueryable<CoordinationProgramme> Visible(DongThuanDb db, ClaimsPrincipal user)
    {
        if (UnitScope.IsAdministrator(user))
        {
            return db.CoordinationProgrammes;
        }

        var units = UnitScope.OfficeUnits(user);
        var bodies = Bodies(user);
        return db.CoordinationProgrammes.Where(p => units.Contains(p.UnitId)
            || db.Set<ProgrammeParty>().Any(x => x.ProgrammeId == p.Id && bodies.Contains(x.BodyId))
            || db.Set<CoordinationTask>().Any(t => t.ProgrammeId == p.Id && (bodies.Contains(t.LeadBodyId) || db.Set<TaskSupport>().Any(s => s.TaskId == t.Id && bodies.Contains(s.BodyId)))));
    }

    public static bool CanReport(ClaimsPrincipal user, CoordinationTask t) => IsOffice(user, t.UnitId) || Bodies(user).Contains(t.LeadBodyId);
}
