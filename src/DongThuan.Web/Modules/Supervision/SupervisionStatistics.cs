using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Statistics;

namespace DongThuan.Web.Modules.Supervision;

/// <summary>The figures of supervision: missions formed in the period, their recommendations (done, overdue), and re-supervision results.</summary>
public static class SupervisionStatistics
{
    public const string Missions = "supervision.missions", Recommendations = "supervision.recommendations", Done = "supervision.recommendations.done",
        Overdue = "supervision.recommendations.overdue", ReSupervised = "supervision.re-supervised";

    public static IServiceCollection AddSupervisionStatistics(this IServiceCollection services) => services
        .AddStatistic(new Statistic(Missions, "Cuộc giám sát",
            "Các cuộc giám sát của Thường trực, các Ban và Tổ đại biểu HĐND được thành lập trong kỳ báo cáo (kể cả giám sát lại).",
            (db, s) => MissionsOf(db, s).Select(m => new CountedRecord { Id = m.Id, Title = m.Subject, On = m.FormedOn, Code = m.IsReSupervision ? 2 : 1 }),
            r => $"/Supervision/Details/{r.Id}", CodeName: c => c == 2 ? "Giám sát lại" : "Giám sát", GroupLabel: "Loại"))
        .AddStatistic(new Statistic(Recommendations, "Kiến nghị giám sát",
            "Các kiến nghị nêu trong kết luận của các cuộc giám sát nói trên, theo tình trạng thực hiện.",
            (db, s) => RecommendationsOf(db, s).Select(r => new CountedRecord { Id = r.Id, Title = r.Task, On = r.DueOn, Code = (int)r.State }),
            Url, CodeName: c => SupervisionNames.Of((RecommendationState)c), GroupLabel: "Tình trạng"))
        .AddStatistic(new Statistic(Done, "Kiến nghị giám sát đã thực hiện xong",
            "Trong số kiến nghị nói trên, các kiến nghị cơ quan được giám sát đã hoàn thành.",
            (db, s) => RecommendationsOf(db, s).Where(r => r.State == RecommendationState.Completed)
                .Select(r => new CountedRecord { Id = r.Id, Title = r.Task, On = r.CompletedOn }), Url))
        .AddStatistic(new Statistic(Overdue, "Kiến nghị giám sát quá hạn chưa hoàn thành",
            "Các kiến nghị chưa hoàn thành mà đã quá thời hạn thực hiện vào ngày lập báo cáo, theo cơ quan chịu trách nhiệm.",
            (db, s) =>
            {
                var bodies = db.Set<Body>();
                return RecommendationsOf(db, s).Where(r => r.State != RecommendationState.Completed && r.DueOn < s.Today)
                    .Select(r => new CountedRecord { Id = r.Id, Title = r.Task, On = r.DueOn, Group = bodies.Where(b => b.Id == r.OwnerBodyId).Select(b => b.Name).FirstOrDefault() });
            }, Url, GroupLabel: "Cơ quan chịu trách nhiệm"))
        .AddStatistic(new Statistic(ReSupervised, "Kiến nghị được giám sát lại",
            "Các kiến nghị được kiểm tra lại trong các cuộc giám sát lại thành lập trong kỳ báo cáo, theo kết quả kiểm tra.",
            (db, s) =>
            {
                var missions = MissionsOf(db, s).Where(m => m.IsReSupervision);
                var recommendations = db.Set<Recommendation>();
                return db.Set<ReSupervisionItem>().Where(i => missions.Any(m => m.Id == i.MissionId))
                    .Select(i => new CountedRecord
                    {
                        Id = i.RecommendationId, ParentId = i.MissionId, Title = recommendations.Where(r => r.Id == i.RecommendationId).Select(r => r.Task).FirstOrDefault() ?? "",
                        On = i.CheckedOn, Code = (int?)i.Outcome,
                    });
            }, Url, CodeName: c => SupervisionNames.Of((CheckOutcome)c), GroupLabel: "Kết quả kiểm tra lại"));

    private static string Url(CountedRecord r) => $"/Supervision/Recommendation/{r.Id}";

    private static IQueryable<SupervisionMission> MissionsOf(DongThuanDb db, StatisticScope s) =>
        db.Set<SupervisionMission>().Where(m => m.CouncilId == s.CouncilId && m.FormedOn >= s.From && m.FormedOn <= s.To);

    private static IQueryable<Recommendation> RecommendationsOf(DongThuanDb db, StatisticScope s)
    {
        var missions = MissionsOf(db, s);
        return db.Set<Recommendation>().Where(r => missions.Any(m => m.Id == r.MissionId));
    }
}
