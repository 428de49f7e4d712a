using DongThuan.Web.Infrastructure.Demo;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Organisation.Demo;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Sessions.Demo;

/// <summary>
/// The ward council's sessions around the day the demo is seeded, in the term that covers it: a thematic session held
/// three weeks ago, and the year-end regular session planned for twelve days ahead with its agenda, so the sessions
/// page and the public record have a past and a next step.
/// </summary>
public static class WardSessionsToday
{
    public static async Task SeedAsync(DemoRun run, CancellationToken ct)
    {
        var ward = run.Shared<CauGiayWard>();
        var db = run.Db;
        var today = VietnamTime.Today(run.Service<TimeProvider>());
        var terms = await db.Terms.Where(t => t.CouncilId == ward.Council.Id).ToListAsync(ct);
        if (terms.SingleOrDefault(t => t.Covers(today.AddDays(-20)) && t.Covers(today.AddDays(13))) is not { } term)
        {
            return; // seeded on a day too near a term's edge: the sessions are left out rather than put in the wrong term
        }

        const string Venue = "Hội trường UBND phường Cầu Giấy";
        var held = Session.Plan(ward.Council, term, 3, SessionKind.Thematic, today.AddDays(-20), today.AddDays(-20), Venue, true, [], out var planned);
        planned.Require("ward session held");
        db.Sessions.Add(held);
        var next = Session.Plan(ward.Council, term, 4, SessionKind.Regular, today.AddDays(12), today.AddDays(13), Venue, true, [held], out planned);
        planned.Require("ward session next");
        db.Sessions.Add(next);

        var year = today.Year;
        var orders = new Dictionary<Session, int>();
        foreach (var (session, title) in new[]
                 {
                     (held, "Tờ trình về điều chỉnh kế hoạch đầu tư công trung hạn của phường"),
                     (next, $"Báo cáo tình hình kinh tế – xã hội năm {year}, phương hướng, nhiệm vụ năm {year + 1}"),
                     (next, $"Tờ trình về dự toán thu, chi ngân sách phường năm {year + 1}"),
                     (next, $"Báo cáo kết quả giải quyết kiến nghị cử tri trước kỳ họp"),
                 })
        {
            orders[session] = orders.GetValueOrDefault(session) + 1;
            var item = AgendaItem.Add(session, orders[session], title, out var added);
            added.Require($"ward agenda: {title}");
            db.AgendaItems.Add(item);
        }

        await db.SaveChangesAsync(ct);
    }
}
