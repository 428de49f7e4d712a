using DongThuan.Web.Infrastructure.Demo;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Files;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Accounts.Demo;
using DongThuan.Web.Modules.Organisation.Demo;

namespace DongThuan.Web.Modules.Supervision.Demo;

/// <summary>
/// The ward's supervision of this season, dated back from the day the demo is seeded: the standing committee's mission on
/// waste collection, taken step by step on the days it happened, and its three recommendations: one done, one half done
/// and due in a few days, one overdue. Recorded by the ward's office through the same use cases as its pages and API.
/// </summary>
public static class WardSupervisionToday
{
    public static async Task SeedAsync(DemoRun run, CancellationToken ct)
    {
        var ward = run.Shared<CauGiayWard>();
        var desk = run.Service<SupervisionDesk>();
        var today = VietnamTime.Today(run.Service<TimeProvider>());
        var office = await DemoSignIn.AsAsync(run, "phuong.vanphong");

        var (formed, mission) = await FormMission.ExecuteAsync(desk, ward.Council, new FormMission.Request(ward.Council.Id, ward.StandingCommittee.Id,
            "Giám sát công tác thu gom, xử lý rác thải sinh hoạt trên địa bàn phường", "Từ ngày 01/7/2025 đến nay", "Chủ tịch HĐND phường – Trưởng đoàn; Phó Chủ tịch HĐND phường; Trưởng ban Pháp chế.",
            today.AddDays(-75), [ward.EconomyDepartment.Id, ward.PeoplesCommittee.Id]), null, ct);
        DemoOutcome.Require(formed, "form");
        foreach (var step in new TakeMissionStep.Request[]
                 {
                     new(MissionStep.SendPlan, today.AddDays(-70), "Kế hoạch và đề cương giám sát gửi UBND phường."),
                     new(MissionStep.SendProgramme, today.AddDays(-65), VisitsFrom: today.AddDays(-55), VisitsTo: today.AddDays(-53)),
                     new(MissionStep.FinishVisits, today.AddDays(-53)),
                     new(MissionStep.Report, today.AddDays(-45), "Thu gom chưa đúng giờ ở hai tổ dân phố; còn điểm đổ trộm phế thải ở ngõ 165 Cầu Giấy."),
                     new(MissionStep.Conclude, today.AddDays(-40), "Đề nghị UBND phường chỉ đạo khắc phục và báo cáo kết quả."),
                 })
        {
            DemoOutcome.Require(await TakeMissionStep.ExecuteAsync(desk, mission!, step, ct), step.Step.ToString());
        }

        var issued = today.AddDays(-40);
        var (done, cleared) = await IssueRecommendation.ExecuteAsync(desk, mission!, new IssueRecommendation.Request(ward.PeoplesCommittee.Id, ward.Delegates[3].Id,
            "Xử lý dứt điểm điểm đổ trộm phế thải tại ngõ 165 Cầu Giấy.", today.AddDays(-20), issued), ct);
        DemoOutcome.Require(done, "cleared");
        var (half, timetable) = await IssueRecommendation.ExecuteAsync(desk, mission!, new IssueRecommendation.Request(ward.EconomyDepartment.Id, ward.EconomyHead.Id,
            "Công khai lịch thu gom rác đến từng tổ dân phố.", today.AddDays(3), issued), ct);
        DemoOutcome.Require(half, "timetable");
        var (late, points) = await IssueRecommendation.ExecuteAsync(desk, mission!, new IssueRecommendation.Request(ward.EconomyDepartment.Id, ward.EconomyHead.Id,
            "Bố trí thêm điểm tập kết rác có mái che tại tổ dân phố 5 và 7.", today.AddDays(-10), issued), ct);
        DemoOutcome.Require(late, "points");

        var files = run.Service<FileStore>();
        DemoOutcome.Require(await ReportProgress.ExecuteAsync(desk, files, office, cleared!, new ReportProgress.Request(100, "Đã thu dọn, lắp camera và biển cấm đổ phế thải.", today.AddDays(-25)), [], ct), "cleared progress");
        DemoOutcome.Require(await ReportProgress.ExecuteAsync(desk, files, office, timetable!, new ReportProgress.Request(50, "Đã niêm yết lịch ở 12/24 tổ dân phố.", today.AddDays(-5)), [], ct), "timetable progress");
    }
}
