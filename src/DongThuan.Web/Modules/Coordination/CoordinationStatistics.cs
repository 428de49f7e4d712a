using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Statistics;

namespace DongThuan.Web.Modules.Coordination;

/// <summary>
/// The figures of the joint programme of the year (tasks by evaluation: on time, late, not done, by lead
/// body) and of emulation movements and their commendations.
/// </summary>
public static class CoordinationStatistics
{
    public const string Tasks = "coordination.tasks", DoneOnTime = "coordination.tasks.done-on-time", DoneLate = "coordination.tasks.done-late",
        NotDone = "coordination.tasks.not-done", Overdue = "coordination.tasks.overdue", Movements = "emulation.movements", Commendations = "emulation.commendations";

    public static IServiceCollection AddCoordinationStatistics(this IServiceCollection services) => services
        .AddStatistic(new Statistic(Tasks, "Nhiệm vụ của chương trình phối hợp",
            "Các nhiệm vụ trong chương trình phối hợp giữa Thường trực HĐND, UBND và Ủy ban MTTQ của năm báo cáo, theo kết quả đánh giá.",
            (db, s) => TasksOf(db, s).Select(t => new CountedRecord { Id = t.Id, Title = t.Title, On = t.DueOn, Code = (int?)t.Evaluation }),
            Url, CodeName: c => CoordinationNames.Of((TaskEvaluation)c), GroupLabel: "Kết quả"))
        .AddStatistic(Evaluated(DoneOnTime, TaskEvaluation.DoneOnTime, "Nhiệm vụ phối hợp hoàn thành đúng tiến độ",
            "Các nhiệm vụ phối hợp được đánh giá hoàn thành đúng thời hạn."))
        .AddStatistic(Evaluated(DoneLate, TaskEvaluation.DoneLate, "Nhiệm vụ phối hợp hoàn thành chậm",
            "Các nhiệm vụ phối hợp được đánh giá hoàn thành nhưng chậm so với thời hạn, theo cơ quan chủ trì."))
        .AddStatistic(Evaluated(NotDone, TaskEvaluation.NotDone, "Nhiệm vụ phối hợp chưa thực hiện",
            "Các nhiệm vụ phối hợp được đánh giá chưa thực hiện, theo cơ quan chủ trì."))
        .AddStatistic(new Statistic(Overdue, "Nhiệm vụ phối hợp quá hạn chưa báo cáo hoàn thành",
            "Các nhiệm vụ phối hợp chưa được báo cáo hoàn thành, chưa được đánh giá, mà đã quá thời hạn vào ngày lập báo cáo, theo cơ quan chủ trì.",
            (db, s) =>
            {
                var bodies = db.Set<Body>();
                return TasksOf(db, s).Where(t => t.State == TaskState.Open && t.DueOn < s.Today)
                    .Select(t => new CountedRecord { Id = t.Id, Title = t.Title, On = t.DueOn, Group = bodies.Where(b => b.Id == t.LeadBodyId).Select(b => b.Name).FirstOrDefault() });
            }, Url, GroupLabel: "Cơ quan chủ trì"))
        .AddStatistic(new Statistic(Movements, "Phong trào thi đua",
            "Các phong trào thi đua được phát động trong kỳ báo cáo.",
            (db, s) => db.Set<EmulationMovement>().Where(m => m.UnitId == s.UnitId && m.LaunchedOn >= s.From && m.LaunchedOn <= s.To)
                .Select(m => new CountedRecord { Id = m.Id, Title = m.Name, On = m.LaunchedOn }),
            r => $"/Coordination/Emulation/Details/{r.Id}"))
        .AddStatistic(new Statistic(Commendations, "Khen thưởng trong phong trào thi đua",
            "Các quyết định khen thưởng tập thể, cá nhân trong các phong trào thi đua, có ngày quyết định trong kỳ báo cáo, theo hình thức khen thưởng.",
            (db, s) =>
            {
                var movements = db.Set<EmulationMovement>().Where(m => m.UnitId == s.UnitId);
                return db.Set<MovementCommendation>().Where(c => movements.Any(m => m.Id == c.MovementId) && c.DecisionOn >= s.From && c.DecisionOn <= s.To)
                    .Select(c => new CountedRecord { Id = c.Id, ParentId = c.MovementId, Title = c.Recipient, On = c.DecisionOn, Code = (int)c.Type });
            }, r => $"/Coordination/Emulation/Details/{r.ParentId}", CodeName: c => CoordinationNames.Of((CommendationType)c), GroupLabel: "Hình thức"));

    private static string Url(CountedRecord r) => $"/Coordination/Task/{r.Id}";

    private static Statistic Evaluated(string code, TaskEvaluation evaluation, string name, string meaning) => new(code, name, meaning,
        (db, s) =>
        {
            var bodies = db.Set<Body>();
            return TasksOf(db, s).Where(t => t.Evaluation == evaluation)
                .Select(t => new CountedRecord { Id = t.Id, Title = t.Title, On = t.EvaluatedOn, Group = bodies.Where(b => b.Id == t.LeadBodyId).Select(b => b.Name).FirstOrDefault() });
        }, Url, GroupLabel: "Cơ quan chủ trì");

    /// <summary>The tasks of the programmes of the scope's year (a programme is yearly, so its year, not the tasks' dates, decides).</summary>
    private static IQueryable<CoordinationTask> TasksOf(DongThuanDb db, StatisticScope s)
    {
        var programmes = db.Set<CoordinationProgramme>().Where(p => p.UnitId == s.UnitId && p.Year >= s.From.Year && p.Year <= s.To.Year);
        return db.Set<CoordinationTask>().Where(t => programmes.Any(p => p.Id == t.ProgrammeId));
    }
}
