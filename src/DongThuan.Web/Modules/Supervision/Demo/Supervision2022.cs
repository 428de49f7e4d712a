using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Demo;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Calendar;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Organisation.Demo;
using DongThuan.Web.Modules.Questions;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Supervision.Demo;

/// <summary>
/// The council's 2022 supervision, replayed step by step through the same desk the pages use: the year's
/// programmes; three thematic missions (one formed from the written question on land certificates whose
/// delegate proposed supervision) with recommendations to named agencies and their heads, some done on time,
/// some late, one disputed; and the 2023 re-supervision of what was left unfinished. Deterministic.
/// </summary>
public static class Supervision2022
{
    private sealed record Rec(string Agency, string Task, DateOnly Due, (DateOnly On, int Percent, string Text)[] Progress, (DateOnly On, string Reason, DateOnly NewDue)? Dispute = null);

    private sealed record Mission(string Subject, string Scope, string Members, Func<CauGiayOrganisation, Body> By, string[] Targets, DateOnly Formed, DateOnly Plan, DateOnly Programme,
        DateOnly VisitsFrom, DateOnly VisitsTo, DateOnly Report, DateOnly Concluded, string Findings, string Conclusion, Rec[] Recommendations, string? FromQuestion = null);

    private static readonly Mission[] Missions =
    [
        new("Công tác cấp giấy chứng nhận quyền sử dụng đất tồn đọng trên địa bàn quận",
            "Việc tiếp nhận, giải quyết hồ sơ cấp giấy chứng nhận quyền sử dụng đất từ năm 2019 đến tháng 9/2022 tại UBND quận, Phòng Tài nguyên và Môi trường và UBND các phường Mai Dịch, Dịch Vọng.",
            "Chủ tịch HĐND quận – Trưởng đoàn; Phó Chủ tịch HĐND quận; Trưởng Ban Pháp chế; Trưởng Ban Kinh tế – Xã hội; đại diện Ban Thường trực Ủy ban MTTQ quận.",
            org => org.StandingCommittee, ["UBND quận Cầu Giấy", "Phòng Tài nguyên và Môi trường"],
            new(2022, 9, 20), new(2022, 9, 30), new(2022, 10, 3), new(2022, 10, 17), new(2022, 10, 21), new(2022, 11, 3), new(2022, 11, 9),
            "Còn 138 hồ sơ tồn đọng, trong đó 61 hồ sơ đủ điều kiện nhưng chậm giải quyết do phối hợp giữa Phòng Tài nguyên và Môi trường với UBND phường chưa chặt chẽ; quy trình, lý do trả hồ sơ chưa được công khai.",
            "Thường trực HĐND quận đề nghị UBND quận chỉ đạo giải quyết dứt điểm hồ sơ đủ điều kiện, công khai danh sách và lý do chưa cấp; giao Ban Pháp chế theo dõi, tái giám sát trong năm 2023.",
            [
                new("Phòng Tài nguyên và Môi trường", "Giải quyết dứt điểm 61 hồ sơ cấp giấy chứng nhận đủ điều kiện còn tồn đọng.", new(2023, 3, 31),
                    [(new(2023, 1, 16), 40, "Đã cấp 25/61 giấy chứng nhận."), (new(2023, 3, 24), 70, "Đã cấp 43/61 giấy chứng nhận; 18 hồ sơ chờ xác minh nguồn gốc đất.")]),
                new("UBND quận Cầu Giấy", "Chỉ đạo rà soát, ban hành quy trình phối hợp giữa Phòng Tài nguyên và Môi trường và UBND các phường trong giải quyết hồ sơ.", new(2022, 12, 31),
                    [(new(2022, 12, 20), 100, "UBND quận đã ban hành quy trình phối hợp ngày 20/12/2022.")]),
                new("Phòng Tài nguyên và Môi trường", "Công khai danh sách hồ sơ và lý do chưa cấp giấy chứng nhận tại bộ phận một cửa và trên cổng thông tin của quận, cập nhật hằng tháng.", new(2023, 1, 31),
                    [(new(2023, 2, 10), 100, "Đã niêm yết danh sách tại bộ phận một cửa.")], (new(2023, 2, 20), "Danh sách chưa đăng trên cổng thông tin và không được cập nhật hằng tháng.", new(2023, 4, 30))),
            ], "Cấp giấy chứng nhận quyền sử dụng đất tồn đọng tại phường Mai Dịch"),
        new("Công tác tiếp công dân, giải quyết khiếu nại, tố cáo năm 2022",
            "Việc tổ chức tiếp công dân định kỳ, đột xuất của Chủ tịch UBND quận và việc giải quyết khiếu nại, tố cáo thuộc thẩm quyền từ 01/10/2021 đến 30/4/2022.",
            "Trưởng Ban Pháp chế – Trưởng đoàn; các Ủy viên Ban Pháp chế.",
            org => org.LegalCommittee, ["Thanh tra quận", "Văn phòng HĐND và UBND quận Cầu Giấy"],
            new(2022, 5, 10), new(2022, 5, 20), new(2022, 5, 23), new(2022, 6, 6), new(2022, 6, 10), new(2022, 6, 17), new(2022, 6, 21),
            "Lịch tiếp công dân được duy trì; 4 vụ khiếu nại quá hạn giải quyết; sổ theo dõi chưa thống nhất giữa các bộ phận.",
            "Thường trực HĐND quận thống nhất với báo cáo của Ban Pháp chế, đề nghị giải quyết dứt điểm các vụ quá hạn và thống nhất phần mềm theo dõi.",
            [
                new("Thanh tra quận", "Giải quyết dứt điểm 4 vụ khiếu nại quá hạn.", new(2022, 9, 30), [(new(2022, 8, 15), 50, "Đã giải quyết 2/4 vụ."), (new(2022, 9, 26), 100, "Đã giải quyết 4/4 vụ.")]),
                new("Văn phòng HĐND và UBND quận Cầu Giấy", "Thống nhất một sổ theo dõi điện tử về tiếp công dân cho các bộ phận.", new(2022, 10, 31), [(new(2022, 11, 8), 100, "Đã đưa sổ điện tử vào sử dụng.")]),
            ]),
        new("Công tác thu gom, vận chuyển rác thải sinh hoạt",
            "Việc thu gom, vận chuyển rác thải sinh hoạt của đơn vị cung ứng dịch vụ và việc quản lý của Phòng Quản lý đô thị năm 2022.",
            "Trưởng Ban Kinh tế – Xã hội – Trưởng đoàn; các Ủy viên Ban Kinh tế – Xã hội; đại diện Tổ đại biểu số 6.",
            org => org.EconomicCommittee, ["Phòng Quản lý đô thị"],
            new(2022, 8, 1), new(2022, 8, 12), new(2022, 8, 15), new(2022, 8, 29), new(2022, 9, 2), new(2022, 9, 9), new(2022, 9, 14),
            "Tần suất thu gom tại một số ngõ nhỏ chưa bảo đảm; 7 điểm tập kết rác tự phát chưa được xóa.",
            "Thường trực HĐND quận đề nghị UBND quận chỉ đạo xóa các điểm tập kết tự phát và điều chỉnh lịch thu gom.",
            [
                new("Phòng Quản lý đô thị", "Xóa 7 điểm tập kết rác tự phát.", new(2022, 11, 30), [(new(2022, 12, 15), 100, "Đã xóa 7/7 điểm, lắp camera giám sát.")]),
                new("Phòng Quản lý đô thị", "Điều chỉnh lịch thu gom tại các ngõ nhỏ, công khai giờ thu gom đến từng tổ dân phố.", new(2022, 12, 31),
                    [(new(2022, 12, 28), 60, "Đã điều chỉnh lịch tại 3/5 phường.")]),
            ]),
    ];

    public static async Task SeedAsync(DongThuanDb db, Deadlines deadlines, CauGiayOrganisation org, CancellationToken ct)
    {
        var clock = new DemoClock();
        var desk = new SupervisionDesk(db, WorkflowStep.Unannounced(db, deadlines, new DemoActor("Văn phòng HĐND quận"), clock), clock);
        var bodies = await db.Bodies.Where(b => b.UnitId == org.District.Id).ToDictionaryAsync(b => b.Name, ct);
        var heads = await db.Positions.Where(p => p.UnitId == org.District.Id).ToListAsync(ct);
        Guid Head(Body b) => b.Id == org.PeoplesCommittee.Id ? org.Delegates[25].Id
            : heads.First(p => p.BodyId == b.Id && (p.Title.StartsWith("Trưởng", StringComparison.Ordinal) || p.Title.StartsWith("Chánh", StringComparison.Ordinal))).PersonId;

        var council = SupervisionProgramme.Adopt(org.Council, org.Council, 2022, "Chương trình giám sát năm 2022 của HĐND quận Cầu Giấy", "Nghị quyết số 08/NQ-HĐND", new DateOnly(2021, 7, 9),
            "Giám sát chuyên đề về công tác cấp giấy chứng nhận quyền sử dụng đất; xem xét báo cáo của UBND quận tại các kỳ họp.", out var o);
        Require(o);
        var standing = SupervisionProgramme.Adopt(org.Council, org.StandingCommittee, 2022, "Chương trình giám sát năm 2022 của Thường trực HĐND quận", "Kế hoạch số 01/KH-HĐND", new DateOnly(2022, 1, 5), null, out o);
        Require(o);
        db.SupervisionProgrammes.AddRange(council, standing);
        await db.SaveChangesAsync(ct);

        var issued = new Dictionary<string, Recommendation>();
        foreach (var s in Missions)
        {
            var by = s.By(org);
            var mission = SupervisionMission.Form(org.Council, by, by.Id == org.StandingCommittee.Id ? standing.Id : council.Id, s.Subject, s.Scope, s.Members, s.Formed, false, false, out o);
            Require(o);
            var sources = new List<MissionSource>();
            if (s.FromQuestion is { } title)
            {
                var q = await db.Questions.SingleAsync(x => x.Title == title, ct);
                sources.Add(MissionSource.For(mission, MissionSource.Question, q.Id, q.Title));
            }

            clock.On(s.Formed);
            Require(await desk.FormAsync(mission, [.. s.Targets.Select(t => bodies[t].Id)], sources, [], ct));
            await StepsAsync(desk, clock, mission, s.Plan, s.Programme, s.VisitsFrom, s.VisitsTo, s.Report, s.Concluded, s.Findings, s.Conclusion, ct);
            foreach (var r in s.Recommendations)
            {
                clock.On(s.Report);
                var agency = bodies[r.Agency];
                var rec = Recommendation.Issue(mission, agency.Id, Head(agency), r.Task, s.Report, r.Due, out o);
                Require(o);
                Require(await desk.IssueAsync(mission, rec, ct));
                issued[r.Task] = rec;
                foreach (var (on, percent, text) in r.Progress)
                {
                    await ProgressAsync(desk, clock, rec, on, percent, text, ct);
                }

                if (r.Dispute is { } d)
                {
                    clock.On(d.On);
                    Require(await desk.ApplyAsync(rec, x => x.Dispute(d.Reason, d.NewDue, d.On), $"Chưa chấp nhận kết quả: {d.Reason}", d.On, ct));
                }
            }
        }

        await ReSuperviseAsync(desk, clock, org, bodies, issued, ct);
    }

    /// <summary>The 2023 re-supervision takes the three recommendations still unfinished or disputed in May 2023.</summary>
    private static async Task ReSuperviseAsync(SupervisionDesk desk, DemoClock clock, CauGiayOrganisation org, Dictionary<string, Body> bodies, Dictionary<string, Recommendation> issued, CancellationToken ct)
    {
        var db = desk.Db;
        var taken = issued.Values.Where(r => r.IsReSupervisable).ToList();
        var formed = new DateOnly(2023, 5, 15);
        var programme = SupervisionProgramme.Adopt(org.Council, org.StandingCommittee, 2023, "Chương trình giám sát năm 2023 của Thường trực HĐND quận", "Kế hoạch số 02/KH-HĐND", new DateOnly(2023, 1, 9),
            "Tái giám sát việc thực hiện các kiến nghị giám sát năm 2022 chưa hoàn thành.", out var o);
        Require(o);
        db.SupervisionProgrammes.Add(programme);
        var mission = SupervisionMission.Form(org.Council, org.StandingCommittee, programme.Id, "Tái giám sát việc thực hiện kiến nghị giám sát năm 2022 về cấp giấy chứng nhận và thu gom rác thải",
            "Các kiến nghị giám sát năm 2022 chưa hoàn thành hoặc chưa được chấp nhận kết quả.", "Phó Chủ tịch HĐND quận – Trưởng đoàn; Trưởng Ban Pháp chế; Trưởng Ban Kinh tế – Xã hội.",
            formed, true, false, out o);
        Require(o);
        clock.On(formed);
        Require(await desk.FormAsync(mission, [.. taken.Select(r => r.OwnerBodyId).Distinct()], [], taken, ct));
        await StepsAsync(desk, clock, mission, new(2023, 5, 25), new(2023, 5, 29), new(2023, 6, 12), new(2023, 6, 16), new(2023, 6, 28), new(2023, 7, 4),
            "Có 1/3 kiến nghị thực hiện một phần, 2/3 kiến nghị chưa thực hiện đạt yêu cầu; nguyên nhân chủ yếu do thiếu nhân lực và chưa phân công rõ người chịu trách nhiệm.",
            "Thường trực HĐND quận đề nghị UBND quận chỉ đạo hoàn thành các kiến nghị còn lại theo thời hạn mới, phân công rõ người, rõ việc, rõ trách nhiệm.", ct);

        var checks = new (string Task, CheckOutcome Outcome, string Reasons, DateOnly NewDue)[]
        {
            ("Giải quyết dứt điểm 61 hồ sơ cấp giấy chứng nhận đủ điều kiện còn tồn đọng.", CheckOutcome.PartlyDone, "Còn 18 hồ sơ chưa xác minh xong nguồn gốc đất.", new(2023, 9, 30)),
            ("Công khai danh sách hồ sơ và lý do chưa cấp giấy chứng nhận tại bộ phận một cửa và trên cổng thông tin của quận, cập nhật hằng tháng.", CheckOutcome.NotDone,
                "Chưa đăng trên cổng thông tin; danh sách niêm yết không được cập nhật từ tháng 02/2023.", new(2023, 12, 31)),
            ("Điều chỉnh lịch thu gom tại các ngõ nhỏ, công khai giờ thu gom đến từng tổ dân phố.", CheckOutcome.PartlyDone, "Còn 2 phường chưa điều chỉnh lịch.", new(2023, 10, 31)),
        };
        var items = await db.ReSupervisionItems.Where(i => i.MissionId == mission.Id).ToListAsync(ct);
        clock.On(new DateOnly(2023, 6, 28));
        foreach (var (task, outcome, reasons, newDue) in checks)
        {
            var rec = issued[task];
            Require(items.Single(i => i.RecommendationId == rec.Id).Record(outcome, reasons, desk.Today));
            Require(await desk.ApplyAsync(rec, x => x.Check(outcome, reasons, desk.Today, newDue), $"Tái giám sát: {SupervisionNames.Of(outcome)}. {reasons}", desk.Today, ct));
        }

        // After the re-supervision, the land certificates were finished (late against the original date); the rest stayed owed.
        await ProgressAsync(desk, clock, issued[checks[0].Task], new DateOnly(2023, 9, 25), 100, "Đã cấp 61/61 giấy chứng nhận.", ct);
    }

    private static async Task StepsAsync(SupervisionDesk desk, DemoClock clock, SupervisionMission m, DateOnly plan, DateOnly programme, DateOnly from, DateOnly to, DateOnly report,
        DateOnly concluded, string findings, string conclusion, CancellationToken ct)
    {
        clock.On(plan);
        Require(await desk.StepAsync(m, x => x.SendPlan("Kế hoạch, đề cương báo cáo gửi các cơ quan chịu sự giám sát: mục đích, yêu cầu, nội dung, thời gian, đề cương báo cáo.", plan), null, plan, ct));
        clock.On(programme);
        Require(await desk.StepAsync(m, x => x.SendProgramme(programme, from, to), $"Giám sát từ {from:dd/MM/yyyy} đến {to:dd/MM/yyyy}", programme, ct));
        clock.On(to);
        Require(await desk.StepAsync(m, x => x.FinishVisits(to), null, to, ct));
        clock.On(report);
        Require(await desk.StepAsync(m, x => x.Report(findings, report), null, report, ct));
        clock.On(concluded);
        Require(await desk.StepAsync(m, x => x.Conclude(conclusion, concluded), null, concluded, ct));
    }

    private static async Task ProgressAsync(SupervisionDesk desk, DemoClock clock, Recommendation rec, DateOnly on, int percent, string text, CancellationToken ct)
    {
        clock.On(on);
        var progress = RecommendationProgress.Record(rec, on, percent, text, "Văn phòng UBND quận");
        Require(await desk.ApplyAsync(rec, x => x.ReportProgress(percent, text, on), $"{percent}%: {text}", on, ct, () => desk.Db.RecommendationProgress.Add(progress)));
    }

    private static void Require(Outcome outcome)
    {
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException($"Demo supervision breaks a rule: {outcome.Refusal}");
        }
    }
}
