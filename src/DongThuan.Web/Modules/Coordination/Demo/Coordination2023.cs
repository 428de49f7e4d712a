using DongThuan.Web.Modules.Calendar;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Demo;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Organisation.Demo;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Coordination.Demo;

/// <summary>
/// The seed article's 2023 programme, signed on 06/01/2023 by the council's standing committee, the
/// district people's committee and the Front's standing board, its tasks taken from the article's
/// commitments, with the parties' quarterly reports and the year-end evaluation; and two emulation
/// movements, one of the city and one of the district. Deterministic.
/// </summary>
public static class Coordination2023
{
    private enum Lead { Standing, Executive, Front }

    private sealed record Task(string Section, string Title, Lead Lead, Lead[] Support, TimeFrame Frame, string Output, DateOnly? Reported, string? Report, bool? Done = null, string? Note = null);

    private static TimeFrame Q(int n) => TimeFrame.Parse(TimeFrameKind.Quarter, 2023, n, null)!.Value;

    private static TimeFrame M(int n) => TimeFrame.Parse(TimeFrameKind.Month, 2023, n, null)!.Value;

    private static readonly TimeFrame WholeYear = TimeFrame.Parse(TimeFrameKind.Year, 2023, 0, null)!.Value;

    private static readonly Task[] Tasks =
    [
        new("I. Khắc phục hạn chế năm 2022", "Phối hợp giữa các Ban của HĐND và các Tổ đại biểu trong thẩm tra, giám sát bảo đảm kịp thời", Lead.Standing, [], Q(1),
            "Quy chế phối hợp giữa các Ban và Tổ đại biểu", new(2023, 3, 20), "Đã ban hành quy chế phối hợp ngày 20/3/2023."),
        new("I. Khắc phục hạn chế năm 2022", "Nâng cao hiệu quả hoạt động chất vấn: chất vấn trúng, người trả lời nêu rõ trách nhiệm, giải pháp, thời hạn", Lead.Standing, [Lead.Executive], Q(2),
            "Phiên chất vấn tại kỳ họp giữa năm 2023", new(2023, 7, 12), "Đã tổ chức phiên chất vấn tại kỳ họp thứ mười ngày 12/7/2023."),
        new("II. Đối thoại, lắng nghe Nhân dân", "Tổ chức hội nghị đối thoại giữa Chủ tịch UBND quận với Nhân dân về giải phóng mặt bằng", Lead.Executive, [Lead.Front, Lead.Standing], Q(2),
            "Hội nghị đối thoại và thông báo kết luận", new(2023, 6, 15), "Đã tổ chức hội nghị đối thoại ngày 15/6/2023 với 180 đại biểu."),
        new("II. Đối thoại, lắng nghe Nhân dân", "Phối hợp tổ chức tiếp xúc cử tri trước và sau các kỳ họp HĐND quận", Lead.Front, [Lead.Standing], Q(4),
            "Báo cáo tổng hợp ý kiến, kiến nghị cử tri", new(2023, 12, 8), "Đã tổ chức 32 hội nghị tiếp xúc cử tri, tổng hợp 214 ý kiến."),
        new("III. Giải quyết kịp thời kiến nghị, bức xúc ở cơ sở", "Giải quyết, trả lời kiến nghị cử tri đúng thời hạn; công khai kết quả trả lời", Lead.Executive, [], WholeYear,
            "Báo cáo kết quả giải quyết kiến nghị cử tri", null, null, false, "Còn 11 kiến nghị trả lời quá hạn; chuyển tiếp sang năm 2024."),
        new("III. Giải quyết kịp thời kiến nghị, bức xúc ở cơ sở", "Giám sát việc giải quyết kiến nghị cử tri sau các kỳ họp", Lead.Front, [Lead.Standing], Q(4),
            "Báo cáo giám sát của Ban Thường trực Ủy ban MTTQ quận", new(2023, 12, 15), "Đã giám sát tại 5 cơ quan, kiến nghị xử lý 11 kiến nghị quá hạn."),
        new("IV. Phong trào thi đua", "Triển khai phong trào thi đua “Cầu Giấy chung sức xây dựng quận văn minh, hiện đại” năm 2023", Lead.Executive, [Lead.Front], M(2),
            "Kế hoạch phát động phong trào", new(2023, 2, 8), "Đã phát động ngày 08/02/2023."),
        new("IV. Phong trào thi đua", "Vận động Nhân dân hưởng ứng phong trào thi đua của Thành phố “Hà Nội chung sức xây dựng văn minh đô thị”", Lead.Front, [Lead.Executive], WholeYear,
            "Báo cáo kết quả cuộc vận động", new(2023, 12, 20), "Các tổ dân phố đăng ký, 100% phường có mô hình tiêu biểu."),
        new("V. Giám sát và tái giám sát", "Tái giám sát các kiến nghị giám sát năm 2022 chưa hoàn thành, chỉ rõ người, rõ việc, rõ trách nhiệm", Lead.Standing, [Lead.Front], Q(2),
            "Báo cáo kết quả tái giám sát", new(2023, 7, 4), "Thường trực HĐND đã kết luận tái giám sát ngày 04/7/2023."),
        new("V. Giám sát và tái giám sát", "Giám sát chuyên đề công tác quản lý trật tự xây dựng tại các phường", Lead.Standing, [Lead.Executive], Q(3),
            "Báo cáo giám sát chuyên đề", null, null, false, "Lùi sang năm 2024 theo kết luận của Thường trực HĐND."),
    ];

    public static async System.Threading.Tasks.Task SeedAsync(DongThuanDb db, Deadlines deadlines, CauGiayOrganisation org, CancellationToken ct)
    {
        var clock = new DemoClock();
        var desk = new CoordinationDesk(db, WorkflowStep.Unannounced(db, deadlines, new DemoActor("Văn phòng HĐND quận"), clock), clock);
        var frontChair = await db.Positions.Where(p => p.BodyId == org.FrontStandingBoard.Id && p.Title == "Chủ tịch Ủy ban MTTQ").Select(p => p.PersonId).SingleAsync(ct);
        var names = await db.People.Where(p => p.UnitId == org.District.Id).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
        var leads = new Dictionary<Lead, (Body Body, Guid Person)>
        {
            [Lead.Standing] = (org.StandingCommittee, org.Delegates[5].Id),
            [Lead.Executive] = (org.PeoplesCommittee, org.Delegates[30].Id),
            [Lead.Front] = (org.FrontStandingBoard, org.FrontOfficer.Id),
        };

        var p = CoordinationProgramme.Sign(org.District.Id, "Chương trình phối hợp công tác năm 2023 giữa Thường trực HĐND, UBND và Ban Thường trực Ủy ban MTTQ Việt Nam quận Cầu Giấy",
            2023, "01/CTr-HĐND-UBND-MTTQ", new DateOnly(2023, 1, 6), "Hội trường UBND quận Cầu Giấy",
            "Thường trực HĐND, UBND, Ban Thường trực Ủy ban MTTQ quận; Trưởng, Phó các Ban HĐND; Tổ trưởng các Tổ đại biểu; lãnh đạo các phòng, ban và UBND 8 phường.", 3, out var o);
        Require(o);
        var parties = new[]
        {
            ProgrammeParty.Of(p, org.StandingCommittee.Id, names[org.Delegates[0].Id], "TM. THƯỜNG TRỰC HĐND — Chủ tịch", 1, out var o1),
            ProgrammeParty.Of(p, org.PeoplesCommittee.Id, names[org.Delegates[25].Id], "TM. ỦY BAN NHÂN DÂN — Chủ tịch", 2, out var o2),
            ProgrammeParty.Of(p, org.FrontStandingBoard.Id, names[frontChair], "TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ — Chủ tịch", 3, out var o3),
        };
        Require(o1);
        Require(o2);
        Require(o3);
        clock.On(p.SignedOn);
        Require(await desk.SignAsync(p, parties, ct));

        foreach (var t in Tasks)
        {
            var (body, person) = leads[t.Lead];
            var task = CoordinationTask.Add(p, t.Section, t.Title, body.Id, person, t.Output, t.Frame, out o);
            Require(o);
            clock.On(p.SignedOn);
            Require(await desk.AddTaskAsync(p, task, t.Support.Select(s => leads[s].Body.Id), ct));
            if (t.Reported is { } on)
            {
                clock.On(on);
                Require(await desk.ReportAsync(task, t.Report!, on, ct));
            }

            clock.On(new DateOnly(2023, 12, 28));
            Require(await desk.EvaluateAsync(task, t.Done ?? true, null, t.Note, desk.Today, ct));
        }

        foreach (var quarter in Enumerable.Range(1, 4))
        {
            var end = TimeFrame.Parse(TimeFrameKind.Quarter, 2023, quarter, null)!.Value.End;
            foreach (var (party, text) in new[]
                     {
                         (org.StandingCommittee.Id, $"Thường trực HĐND quận đã chủ trì các nhiệm vụ của quý {TimeFrame.Roman(quarter)}: chuẩn bị kỳ họp, giám sát, tiếp xúc cử tri theo chương trình."),
                         (org.PeoplesCommittee.Id, $"UBND quận đã triển khai các nhiệm vụ được giao trong quý {TimeFrame.Roman(quarter)}, báo cáo kết quả giải quyết kiến nghị cử tri."),
                         (org.FrontStandingBoard.Id, $"Ban Thường trực Ủy ban MTTQ quận đã tổng hợp ý kiến Nhân dân, phối hợp giám sát trong quý {TimeFrame.Roman(quarter)}."),
                     })
            {
                var report = QuarterlyReport.Submit(p, party, quarter, text, end, "Văn phòng", out o);
                Require(o);
                db.QuarterlyReports.Add(report);
            }
        }

        await db.SaveChangesAsync(ct);
        await MovementsAsync(db, org, ct);
    }

    private static async System.Threading.Tasks.Task MovementsAsync(DongThuanDb db, CauGiayOrganisation org, CancellationToken ct)
    {
        var departments = await db.Bodies.Where(b => b.ParentBodyId == org.PeoplesCommittee.Id).ToDictionaryAsync(b => b.Name, ct);
        var seeds = new[]
        {
            (By: "UBND thành phố Hà Nội", Name: "Phong trào thi đua “Hà Nội chung sức xây dựng văn minh đô thị” năm 2023", Launched: new DateOnly(2023, 1, 10),
                Criteria: "Giữ gìn trật tự, vệ sinh, mỹ quan đô thị; không lấn chiếm vỉa hè; phân loại rác tại nguồn; xây dựng tổ dân phố văn minh.",
                Units: new[] { "Phòng Quản lý đô thị", "Phòng Tài nguyên và Môi trường", "Phòng Văn hóa và Thông tin" },
                Awards: new[] { (CommendationType.Certificate, "Phòng Quản lý đô thị", "215/QĐ-UBND", new DateOnly(2024, 1, 12), "Chủ tịch UBND thành phố Hà Nội") }),
            (By: "UBND quận Cầu Giấy", Name: "Phong trào thi đua “Cầu Giấy chung sức xây dựng quận văn minh, hiện đại” năm 2023", Launched: new DateOnly(2023, 2, 8),
                Criteria: "Hoàn thành chỉ tiêu kinh tế – xã hội; giải quyết đúng hạn thủ tục hành chính và kiến nghị cử tri; cải cách hành chính; xây dựng chính quyền số.",
                Units: new[] { "Phòng Tài chính – Kế hoạch", "Phòng Giáo dục và Đào tạo", "Phòng Y tế", "Phòng Nội vụ", "Phòng Tư pháp" },
                Awards: new[]
                {
                    (CommendationType.Commendation, "Phòng Giáo dục và Đào tạo", "1024/QĐ-UBND", new DateOnly(2023, 12, 29), "Chủ tịch UBND quận Cầu Giấy"),
                    (CommendationType.Title, "Phòng Tư pháp", "1025/QĐ-UBND", new DateOnly(2023, 12, 29), "Chủ tịch UBND quận Cầu Giấy"),
                }),
        };
        foreach (var s in seeds)
        {
            var m = EmulationMovement.Launch(org.District.Id, org.PeoplesCommittee.Id, s.By, s.Name, s.Launched, s.Launched, new DateOnly(2023, 12, 31), s.Criteria, out var o);
            Require(o);
            db.EmulationMovements.Add(m);
            foreach (var (unit, i) in s.Units.Select((u, i) => (u, i)))
            {
                var participant = MovementParticipant.Invite(m, departments[unit].Id);
                // All but the last invited unit registered within a month.
                if (i < s.Units.Length - 1)
                {
                    Require(participant.Register(m, $"{unit} đăng ký hoàn thành xuất sắc nhiệm vụ, đăng ký danh hiệu “Tập thể lao động xuất sắc”.", s.Launched.AddDays(14 + i)));
                }

                db.MovementParticipants.Add(participant);
            }

            foreach (var (type, recipient, number, on, awarder) in s.Awards)
            {
                db.MovementCommendations.Add(MovementCommendation.Award(m, type, recipient, departments[recipient].Id, number, on, awarder, out o));
                Require(o);
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private static void Require(Outcome outcome)
    {
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException($"Demo coordination breaks a rule: {outcome.Refusal}");
        }
    }
}
