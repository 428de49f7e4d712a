using System.Linq.Expressions;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Statistics;

namespace DongThuan.Web.Modules.Obligations;

/// <summary>
/// Figures across every kind of obligation, by the agency that owes it: those due in the period, done on
/// time, late (done after the original date, or still open past the due date), and overdue now by person.
/// The dashboard ranks agencies on these, and the report's limitations name the late ones.
/// </summary>
public static class ObligationsStatistics
{
    public const string Due = "obligations.due", OnTime = "obligations.on-time", Late = "obligations.late", OverdueNow = "obligations.overdue-now";

    public static IServiceCollection AddObligationsStatistics(this IServiceCollection services) => services
        .AddStatistic(ByOwner(Due, "Nghĩa vụ đến hạn trong kỳ",
            "Mọi việc phải trả lời, giải trình, thực hiện (chất vấn, kiến nghị, ý kiến thảo luận, kiến nghị giám sát, nhiệm vụ phối hợp…) có hạn ban đầu trong kỳ báo cáo, theo cơ quan phải thực hiện.",
            s => o => true))
        .AddStatistic(ByOwner(OnTime, "Nghĩa vụ hoàn thành đúng hạn",
            "Trong số nghĩa vụ nói trên, các nghĩa vụ hoàn thành không muộn hơn hạn ban đầu, theo cơ quan.",
            s => o => o.State == ObligationState.Fulfilled && o.FulfilledOn <= o.OriginalDueOn))
        .AddStatistic(ByOwner(Late, "Nghĩa vụ trễ hạn",
            "Trong số nghĩa vụ nói trên, các nghĩa vụ hoàn thành sau hạn ban đầu hoặc đến ngày lập báo cáo vẫn chưa hoàn thành dù đã quá hạn, theo cơ quan.",
            s => o => (o.State == ObligationState.Fulfilled && o.FulfilledOn > o.OriginalDueOn) || (o.State == ObligationState.Open && o.DueOn < s.Today)))
        .AddStatistic(new Statistic(OverdueNow, "Việc quá hạn hiện nay",
            "Các nghĩa vụ chưa hoàn thành đã quá hạn vào ngày xem, dù đến hạn năm nào, theo người chịu trách nhiệm (hoặc cơ quan khi chưa giao cho người cụ thể).",
            // Joined once rather than looked up per row, so grouping by the name stays as cheap as a hand-written query.
            (db, s) =>
                from o in db.Set<Obligation>()
                where o.UnitId == s.UnitId && o.State == ObligationState.Open && o.DueOn < s.Today
                join b in db.Set<Body>() on o.OwnerBodyId equals b.Id
                join p in db.Set<Person>() on o.OwnerPersonId equals (Guid?)p.Id into named
                from p in named.DefaultIfEmpty()
                select new CountedRecord { Id = o.Id, Title = o.Subject, On = o.DueOn, Group = p != null ? p.FullName : b.Name },
            Url, GroupLabel: "Người chịu trách nhiệm"));

    private static string Url(CountedRecord r) => $"/Obligations/Details/{r.Id}";

    /// <summary>Obligations due in the period that meet a condition of the report's day, by owning agency.</summary>
    /// <param name="which">The condition, reading the report's day from the scope itself (<c>s.Today</c>), so that the
    /// figures' compiled query takes the day as a parameter (ADR 0042); a day passed in as a value would be frozen.</param>
    private static Statistic ByOwner(string code, string name, string meaning, Func<StatisticScope, Expression<Func<Obligation, bool>>> which) => new(code, name, meaning,
        (db, s) =>
        {
            var bodies = db.Set<Body>();
            return db.Set<Obligation>().Where(o => o.UnitId == s.UnitId && o.OriginalDueOn >= s.From && o.OriginalDueOn <= s.To)
                .Where(which(s))
                .Select(o => new CountedRecord { Id = o.Id, Title = o.Subject, On = o.OriginalDueOn, Group = bodies.Where(b => b.Id == o.OwnerBodyId).Select(b => b.Name).FirstOrDefault() });
        }, Url, GroupLabel: "Cơ quan");
}
