using DongThuan.Web.Infrastructure.Database;

namespace DongThuan.Web.Modules.Supervision;

/// <summary>
/// The one definition of the supervision the public sees (Law 87/2015 Art. 89), as a query: the missions reported and
/// not marked secret (<see cref="SupervisionMission.IsPublished"/>), and their recommendations. The public pages and the
/// open data read it.
/// </summary>
public static class PublicSupervision
{
    public static IQueryable<SupervisionMission> Missions(DongThuanDb db) => db.SupervisionMissions.Where(m => !m.IsSecret && m.State >= MissionState.Reported);

    public static IQueryable<Recommendation> Recommendations(DongThuanDb db)
    {
        var missions = Missions(db);
        return db.Recommendations.Where(r => missions.Any(m => m.Id == r.MissionId));
    }
}
