using DongThuan.Web.Infrastructure.Demo;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Accounts.Demo;
using DongThuan.Web.Modules.Organisation.Demo;

namespace DongThuan.Web.Modules.Coordination.Demo;

/// <summary>
/// The ward's joint programme of the year the demo is seeded in (of last year in its first two months, so that it has a
/// past): signed on 15 January by the council's standing committee, the people's committee and the Front, with tasks
/// done on time, done late, one overdue and one due in a few days, each reported and evaluated on the day it happened.
/// </summary>
public static class WardCoordinationToday
{
    public static async Task SeedAsync(DemoRun run, CancellationToken ct)
    {
        var ward = run.Shared<CauGiayWard>();
        var desk = run.Service<CoordinationDesk>();
        var today = VietnamTime.Today(run.Service<TimeProvider>());
        var office = await DemoSignIn.AsAsync(run, "phuong.vanphong");
        var year = ProgrammeYear(today);
        var signed = new DateOnly(year, 1, 15);

        var (made, programme) = await SignProgramme.ExecuteAsync(desk, new SignProgramme.Request(ward.Ward.Id, $"Chương trình phối hợp công tác năm {year}", year,
            $"01/CTrPH-HĐND-UBND-MTTQ", signed, "Hội trường UBND phường Cầu Giấy", "Thường trực HĐND, UBND, Ban Thường trực Ủy ban MTTQ phường",
            [
                new(ward.StandingCommittee.Id, ward.Delegates[0].FullName, "Chủ tịch HĐND phường"),
                new(ward.PeoplesCommittee.Id, ward.Delegates[3].FullName, "Chủ tịch UBND phường"),
                new(ward.FrontStandingBoard.Id, ward.FrontOfficer.FullName, "Phó Chủ tịch Ủy ban MTTQ phường"),
            ]), ct);
        made.Require("ward coordination: sign");

        async Task<CoordinationTask> TaskAsync(string section, string title, Guid lead, TimeFrameKind kind, int number = 0, DateOnly? date = null)
        {
            var (added, task) = await AddTask.ExecuteAsync(desk, programme!, new AddTask.Request(section, title, lead, null, "Báo cáo kết quả", kind, number, date,
                [ward.FrontStandingBoard.Id]), ct);
            added.Require($"ward coordination: {title}");
            return task!;
        }

        const string Sessions = "I. Phối hợp chuẩn bị và tổ chức kỳ họp";
        const string Voters = "II. Phối hợp tiếp xúc cử tri, giải quyết kiến nghị";
        var onTime = await TaskAsync(Sessions, "Chuẩn bị báo cáo kinh tế – xã hội quý I trình Thường trực HĐND", ward.PeoplesCommittee.Id, TimeFrameKind.Quarter, 1);
        var lateDone = await TaskAsync(Voters, "Tổng hợp kiến nghị cử tri sau tiếp xúc cử tri trước kỳ họp giữa năm", ward.FrontStandingBoard.Id, TimeFrameKind.Quarter, 2);
        await TaskAsync(Voters, "Báo cáo kết quả giải quyết kiến nghị cử tri gửi Ủy ban MTTQ phường", ward.PeoplesCommittee.Id, TimeFrameKind.Date, date: Later(today, -12, signed));
        await TaskAsync(Sessions, "Chuẩn bị tài liệu kỳ họp cuối năm gửi đại biểu", ward.PeoplesCommittee.Id, TimeFrameKind.Date, date: today.AddDays(2));

        var quarterOneEnd = new DateOnly(year, 3, 31);
        if (quarterOneEnd < today)
        {
            (await ReportTask.ExecuteAsync(desk, office, onTime, new ReportTask.Request("Đã gửi báo cáo kinh tế – xã hội quý I.", quarterOneEnd.AddDays(-6)), ct)).Require("report Q1");
            (await EvaluateTask.ExecuteAsync(desk, onTime, new EvaluateTask.Request(true, quarterOneEnd.AddDays(-6), On: quarterOneEnd.AddDays(2)), ct)).Require("evaluate Q1");
        }

        var lateDay = new DateOnly(year, 7, 14);
        if (lateDay < today)
        {
            (await ReportTask.ExecuteAsync(desk, office, lateDone, new ReportTask.Request("Đã tổng hợp 46 ý kiến, kiến nghị của cử tri.", lateDay), ct)).Require("report Q2");
            (await EvaluateTask.ExecuteAsync(desk, lateDone, new EvaluateTask.Request(true, lateDay, On: lateDay.AddDays(3)), ct)).Require("evaluate Q2");
        }
    }

    /// <summary>The year of the programme seeded on <paramref name="today"/>: last year's in the first two months, so it has a past.</summary>
    public static int ProgrammeYear(DateOnly today) => today.DayOfYear > 60 ? today.Year : today.Year - 1;

    /// <summary>A day relative to today, but never before the programme was signed.</summary>
    private static DateOnly Later(DateOnly today, int days, DateOnly signed) => today.AddDays(days) > signed ? today.AddDays(days) : signed.AddDays(1);
}
