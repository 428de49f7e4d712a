using DongThuan.Web.Infrastructure.Demo;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Organisation.Demo;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Sessions.Demo;

/// <summary>
/// The ward council's sessions around the day the demo is seeded, in the term that covers it: a thematic session held
/// three weeks ago, with its proposal, its resolution and two delegate groups' opinions (one answered, one the
/// executive still owes); and the year-end regular session planned for twelve days ahead with its agenda and the
/// reports already sent for it, so the sessions page, the board and the public record have a past and a next step.
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
        var items = new List<AgendaItem>();
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
            items.Add(item);
        }

        // What was sent for each item (numbered after the ward's other documents of the year), and the held session's resolution.
        var documents = await db.Documents.Where(d => d.IssuerBodyId == ward.PeoplesCommittee.Id || d.IssuerBodyId == ward.Council.Id).ToListAsync(ct);
        foreach (var (item, type, issued) in new[]
                 {
                     (items[0], DocumentType.Proposal, today.AddDays(-27)),
                     (items[1], DocumentType.Report, today.AddDays(-5)),
                     (items[2], DocumentType.Proposal, today.AddDays(-5)),
                     (items[3], DocumentType.Report, today.AddDays(-4)),
                 })
        {
            documents.Add(Register(db, ward.PeoplesCommittee, "UBND", type, issued, item.Title, item.SessionId == held.Id ? held : next, item, documents));
        }

        var resolution = Register(db, ward.Council, "HĐND", DocumentType.Resolution, held.EndsOn, "Nghị quyết về điều chỉnh kế hoạch đầu tư công trung hạn của phường", held, items[0], documents);
        resolution.RecordVotes(28, 1, 0, 1).Require("ward resolution votes");

        // Two groups' opinions at the held session: the executive answered one, and still owes the other by the rule's date.
        var rule = await run.Service<Calendar.Deadlines>().DueAsync(Calendar.DeadlineCodes.GroupOpinionResponse, held.EndsOn.ToDateTime(TimeOnly.MinValue), ct)
                   ?? throw new InvalidOperationException("No rule for group opinions.");
        var ledger = new Obligations.ObligationLedger(db, run.Service<Calendar.Deadlines>());
        foreach (var (group, content, answered) in new[]
                 {
                     (ward.DelegateGroups[0], "Đề nghị làm rõ tiến độ giải ngân các công trình chuyển tiếp trước khi điều chỉnh kế hoạch.", (DateOnly?)today.AddDays(-12)),
                     (ward.DelegateGroups[^1], "Đề nghị bổ sung danh mục cải tạo hè phố các tuyến quanh trường học vào kế hoạch đầu tư công.", null),
                 })
        {
            var opinion = GroupOpinion.Record(held, group.Id, null, content, out var recorded);
            recorded.Require("ward group opinion");
            var owed = ledger.Open(opinion, new Obligations.ObligationOpening(GroupOpinion.ObligationKind, opinion.Content, held.UnitId, ward.PeoplesCommittee.Id, null, held.EndsOn),
                rule.Due, rule.Rule);
            if (answered is { } on)
            {
                opinion.Respond("UBND phường tiếp thu; đã rà soát tiến độ giải ngân từng công trình và báo cáo Thường trực HĐND phường.", on).Require("ward opinion answered");
                owed.Fulfil(on).Require("ward opinion fulfilled");
            }

            db.Add(opinion);
        }

        await db.SaveChangesAsync(ct);
    }

    private static Document Register(Infrastructure.Database.DongThuanDb db, Body issuer, string code, DocumentType type, DateOnly issued, string summary, Session session,
        AgendaItem item, List<Document> existing)
    {
        var same = existing.Where(d => d.IssuerBodyId == issuer.Id && d.Year == issued.Year).ToList();
        var document = Document.Register(issuer, code, type, Document.NextNumber(same, type), issued, summary, session, item, null, same, out var registered);
        registered.Require($"ward document: {summary}");
        db.Documents.Add(document);
        return document;
    }
}
