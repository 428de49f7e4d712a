using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Calendar;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Organisation.Demo;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Sessions.Demo;

/// <summary>
/// The council's 2022 as the seed article counts it: two regular sessions and the first thematic one;
/// 66 reports and proposals reviewed at them; 35 discussion opinions of the delegate groups, each
/// answered by the people's committee. Titles are typical of a district council's year; deterministic.
/// </summary>
public static class Sessions2022
{
    private sealed record Plan(int Number, SessionKind Kind, DateOnly Starts, DateOnly Ends, int Reports, int Proposals, int Resolutions, int Opinions);

    private static readonly Plan[] Plans =
    [
        new(4, SessionKind.Regular, new(2022, 7, 5), new(2022, 7, 7), 18, 10, 9, 16),
        new(5, SessionKind.Thematic, new(2022, 9, 20), new(2022, 9, 20), 4, 4, 4, 5),
        new(6, SessionKind.Regular, new(2022, 12, 14), new(2022, 12, 16), 18, 12, 11, 14),
    ];

    private static readonly string[] ReportSubjects =
    [
        "tình hình thực hiện nhiệm vụ phát triển kinh tế – xã hội", "kết quả thực hiện dự toán thu, chi ngân sách", "công tác phòng, chống tham nhũng, lãng phí",
        "công tác giải quyết khiếu nại, tố cáo", "kết quả giải quyết kiến nghị cử tri", "công tác quản lý trật tự xây dựng đô thị", "công tác bảo vệ môi trường",
        "công tác thi hành án dân sự", "công tác của Tòa án nhân dân quận", "công tác của Viện kiểm sát nhân dân quận", "công tác bảo đảm an ninh, trật tự",
        "kết quả thực hiện kế hoạch đầu tư công", "công tác cải cách hành chính", "hoạt động của Thường trực HĐND", "hoạt động của Ban Pháp chế",
        "hoạt động của Ban Kinh tế – Xã hội", "công tác tham gia xây dựng chính quyền của Ủy ban MTTQ", "kết quả giám sát chuyên đề",
    ];

    private static readonly string[] ProposalSubjects =
    [
        "phê chuẩn quyết toán ngân sách năm 2021", "điều chỉnh kế hoạch đầu tư công trung hạn 2021–2025", "phê duyệt chủ trương đầu tư dự án cải tạo trường tiểu học",
        "giao dự toán thu, chi ngân sách năm 2023", "phê duyệt chủ trương đầu tư dự án hạ tầng kỹ thuật khu dân cư", "chương trình giám sát năm 2023",
        "phân bổ vốn sự nghiệp giáo dục", "điều chỉnh chỉ tiêu phát triển kinh tế – xã hội năm 2022", "phê duyệt danh mục dự án chuẩn bị đầu tư",
        "kế hoạch tổ chức các kỳ họp năm 2023", "bãi bỏ một số nghị quyết không còn phù hợp", "phê duyệt chủ trương đầu tư cải tạo vườn hoa, sân chơi",
    ];

    private static readonly string[] OpinionSubjects =
    [
        "Đề nghị làm rõ nguyên nhân chậm giải ngân vốn đầu tư công ở một số dự án.",
        "Đề nghị có giải pháp dứt điểm tình trạng ùn tắc giao thông giờ cao điểm.",
        "Đề nghị tăng cường kiểm tra trật tự xây dựng tại các phường giáp ranh.",
        "Đề nghị bổ sung chỉ tiêu về chất lượng không khí vào báo cáo kinh tế – xã hội.",
        "Đề nghị đánh giá cụ thể hiệu quả việc xã hội hóa trường học.",
        "Đề nghị làm rõ số kiến nghị cử tri đã giải quyết dứt điểm và còn tồn đọng.",
        "Đề nghị bố trí kinh phí cải tạo các nhà văn hóa xuống cấp.",
        "Đề nghị đẩy nhanh cấp giấy chứng nhận quyền sử dụng đất cho người dân.",
        "Đề nghị bổ sung giải pháp quản lý vỉa hè, lòng đường.",
        "Đề nghị có lộ trình xử lý các điểm úng ngập cục bộ khi mưa lớn.",
        "Đề nghị thống nhất số liệu thu ngân sách giữa các báo cáo.",
        "Đề nghị quan tâm chế độ cho cán bộ không chuyên trách tổ dân phố.",
    ];

    public static async Task SeedAsync(DongThuanDb db, Deadlines deadlines, CauGiayOrganisation org, CancellationToken ct)
    {
        var bodies = await db.Set<Body>().Where(b => b.UnitId == org.District.Id).ToListAsync(ct);
        var legal = bodies.Single(b => b.Id == org.LegalCommittee.Id);
        var economic = bodies.Single(b => b.Id == org.EconomicCommittee.Id);
        var documents = new List<Document>();
        int report = 0, proposal = 0, verification = 0, resolution = 0, opinionIndex = 0;

        foreach (var plan in Plans)
        {
            var session = Session.Plan(org.Council, org.TermVI, plan.Number, plan.Kind, plan.Starts, plan.Ends, "Hội trường UBND quận Cầu Giấy, 36 Cầu Giấy", true, [], out var o);
            Require(o);
            db.Add(session);
            var items = new[] { "Khai mạc kỳ họp", "Các báo cáo của Thường trực HĐND, UBND và các cơ quan", "Báo cáo thẩm tra của các Ban HĐND",
                "Thảo luận tại tổ và tại hội trường", "Chất vấn và trả lời chất vấn", "Thông qua các nghị quyết", "Bế mạc kỳ họp" };
            for (var i = 0; i < items.Length; i++)
            {
                db.Add(AgendaItem.Add(session, i + 1, items[i], out o));
            }

            // Most delegates attend; two or three are away, mostly excused.
            for (var d = 0; d < org.Delegates.Count; d++)
            {
                var status = (d + plan.Number) % 17 == 0 ? AttendanceStatus.AbsentExcused : (d + plan.Number) % 31 == 0 ? AttendanceStatus.Absent : AttendanceStatus.Present;
                db.Add(Attendance.Record(session, org.Delegates[d].Id, status));
            }

            var issued = plan.Starts.AddDays(-10);
            for (var i = 0; i < plan.Reports; i++)
            {
                // A few reports each session are the committees' verification reports (báo cáo thẩm tra).
                var isVerification = i % 6 == 5;
                var issuer = isVerification ? (verification % 2 == 0 ? legal : economic) : org.PeoplesCommittee;
                var code = isVerification ? (issuer == legal ? "BPC" : "BKTXH") : "UBND";
                var subject = isVerification ? "Báo cáo thẩm tra " + ReportSubjects[(report + i) % ReportSubjects.Length]
                    : "Báo cáo " + ReportSubjects[(report + i) % ReportSubjects.Length] + (plan.Kind == SessionKind.Regular && plan.Starts.Month < 10 ? " 6 tháng đầu năm 2022" : " năm 2022");
                documents.Add(Add(db, issuer, code, DocumentType.Report, documents, issued, subject, session));
                if (isVerification)
                {
                    verification++;
                }
            }

            for (var i = 0; i < plan.Proposals; i++)
            {
                documents.Add(Add(db, org.PeoplesCommittee, "UBND", DocumentType.Proposal, documents, issued.AddDays(1), "Tờ trình về việc " + ProposalSubjects[(proposal + i) % ProposalSubjects.Length], session));
            }

            for (var i = 0; i < plan.Resolutions; i++)
            {
                var nq = Add(db, org.Council, "HĐND", DocumentType.Resolution, documents, plan.Ends, "Nghị quyết về việc " + ProposalSubjects[(resolution + i) % ProposalSubjects.Length], session);
                // 40 delegates; one or two absent; a rare vote against.
                var absent = 1 + ((resolution + i) % 2);
                var against = (resolution + i) % 7 == 3 ? 1 : 0;
                Require(nq.RecordVotes(40 - absent - against, against, 0, absent));
                documents.Add(nq);
            }

            report += plan.Reports;
            proposal += plan.Proposals;
            resolution += plan.Resolutions;

            var due = await deadlines.DueAsync(DeadlineCodes.GroupOpinionResponse, plan.Ends.ToDateTime(TimeOnly.MinValue), ct)
                      ?? throw new InvalidOperationException("No rule for group opinions.");
            for (var i = 0; i < plan.Opinions; i++, opinionIndex++)
            {
                var group = org.DelegateGroups[opinionIndex % org.DelegateGroups.Count];
                var opinion = GroupOpinion.Record(session, group.Id, null, OpinionSubjects[opinionIndex % OpinionSubjects.Length], out o);
                Require(o);
                var obligation = new ObligationLedger(db, deadlines)
                    .Open(opinion, new ObligationOpening(GroupOpinion.ObligationKind, opinion.Content, session.UnitId, org.PeoplesCommittee.Id, null, plan.Ends), due.Due, due.Rule);
                var answered = plan.Ends.AddDays(5 + (opinionIndex % 9));
                Require(opinion.Respond("UBND quận tiếp thu ý kiến; đã giao các phòng chuyên môn rà soát, bổ sung giải pháp và báo cáo kết quả tại kỳ họp sau.", answered));
                Require(obligation.Fulfil(answered));
                db.Add(opinion);
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private static Document Add(DongThuanDb db, Body issuer, string code, DocumentType type, List<Document> existing, DateOnly issued, string summary, Session session)
    {
        var same = existing.Where(d => d.IssuerBodyId == issuer.Id && d.Year == issued.Year).ToList();
        var document = Document.Register(issuer, code, type, Document.NextNumber(same, type), issued, summary, session, null, null, same, out var o);
        Require(o);
        db.Add(document);
        return document;
    }

    private static void Require(Infrastructure.Domain.Outcome outcome)
    {
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException($"Demo sessions break a rule: {outcome.Refusal}");
        }
    }
}
