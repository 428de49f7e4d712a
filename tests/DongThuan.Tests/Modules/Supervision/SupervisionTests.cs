using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DongThuan.Tests.Harness;
using DongThuan.Tests.Modules.Petitions;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Petitions;
using DongThuan.Web.Modules.Supervision;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Tests.Modules.Supervision;

/// <summary>
/// Supervision from the team's forming to the re-supervision: statutory steps due by the deadline rules,
/// recommendations owed by a named agency and person, progress with evidence, disputes, the public record.
/// </summary>
public abstract class SupervisionTests
{
    private readonly AppFactory _app;

    protected SupervisionTests(AppFactory app)
    {
        app.RequireAvailable();
        _app = app;
    }

    private static DateOnly Today => VietnamTime.Today(TimeProvider.System);

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd");

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82];

    private async Task<(Guid Council, Guid Standing, Guid Office, Guid OfficeHead, Guid Urban, Guid UrbanHead)> IdsAsync() => await _app.WithDb(async (db, _) =>
    {
        var council = await db.Bodies.SingleAsync(b => b.Name == "HĐND quận Cầu Giấy");
        var standing = await db.Bodies.SingleAsync(b => b.Name == "Thường trực HĐND quận Cầu Giấy");
        var office = await db.Bodies.SingleAsync(b => b.Name == "Văn phòng HĐND và UBND quận Cầu Giấy");
        var urban = await db.Bodies.SingleAsync(b => b.Name == "Phòng Quản lý đô thị");
        var officeHead = await db.Positions.Where(p => p.BodyId == office.Id && p.Title == "Chánh Văn phòng").Select(p => p.PersonId).SingleAsync();
        var urbanHead = await db.Positions.Where(p => p.BodyId == urban.Id && p.Title == "Trưởng phòng").Select(p => p.PersonId).SingleAsync();
        return (council.Id, standing.Id, office.Id, officeHead, urban.Id, urbanHead);
    });

    /// <summary>Forms a mission through the page, 60 days ago; answers the mission page's address.</summary>
    private static async Task<string> FormMissionAsync(Browser office, Guid council, Guid conductor, Guid[] targets, string subject, bool secret = false)
    {
        var fields = new Dictionary<string, string>
        {
            ["CouncilId"] = council.ToString(), ["ConductedByBodyId"] = conductor.ToString(), ["Subject"] = subject, ["Scope"] = "Năm 2026",
            ["Members"] = "Phó Chủ tịch HĐND – Trưởng đoàn", ["FormedOn"] = D(Today.AddDays(-60)), ["IsSecret"] = secret ? "true" : "false",
        };
        var formed = await office.SubmitWithListAsync($"/Supervision/Plan?councilId={council}", fields, "Targets", targets.Select(t => t.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, formed.StatusCode);
        return formed.Headers.Location!.OriginalString;
    }

    /// <summary>Forms a mission and takes it to its findings report, every step on a date before today.</summary>
    private static async Task<string> ReportedMissionAsync(Browser office, Guid council, Guid conductor, Guid[] targets, string subject, bool secret = false)
    {
        var url = await FormMissionAsync(office, council, conductor, targets, subject, secret);
        await StepAsync(office, url, "Plan", new() { ["plan"] = "Kế hoạch, đề cương", ["on"] = D(Today.AddDays(-50)) });
        await StepAsync(office, url, "Programme", new() { ["on"] = D(Today.AddDays(-45)), ["visitsFrom"] = D(Today.AddDays(-30)), ["visitsTo"] = D(Today.AddDays(-25)) });
        await StepAsync(office, url, "Finish", new() { ["on"] = D(Today.AddDays(-25)) });
        await StepAsync(office, url, "Report", new() { ["findings"] = "Kết quả giám sát", ["on"] = D(Today.AddDays(-20)) });
        return url;
    }

    private static async Task StepAsync(Browser b, string url, string handler, Dictionary<string, string> fields)
    {
        var r = await b.SubmitAsync(url, fields, $"{url}?handler={handler}");
        Assert.True(r.StatusCode == HttpStatusCode.Redirect, $"{handler}: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
    }

    private static Guid IdOf(string url) => Guid.Parse(url[(url.LastIndexOf('/') + 1)..]);

    [Fact]
    public void The_steps_go_in_order_and_refuse_what_the_law_does_not_allow()
    {
        var unit = Unit.Create("Quận X", "X", UnitLevel.District, null, null, null, out _);
        var council = Body.Create("HĐND", BodyKind.Council, unit, null, null, null, false, out _);
        var standing = Body.Create("Thường trực", BodyKind.CouncilStandingCommittee, unit, council, null, null, false, out _);
        var m = SupervisionMission.Form(council, standing, null, "Rác thải", "Năm 2026", "Trưởng đoàn", new DateOnly(2026, 3, 2), false, false, out var o);
        Assert.Equal(SupervisionRefusals.WrongStep, m.FinishVisits(new DateOnly(2026, 3, 10)).Refusal);
        Assert.Equal(SupervisionRefusals.DateBeforePreviousStep, m.SendPlan("Kế hoạch", new DateOnly(2026, 3, 1)).Refusal);
        Assert.True(m.SendPlan("Kế hoạch", new DateOnly(2026, 3, 10)).Succeeded);
        Assert.Equal(SupervisionRefusals.ProgrammeNoticeTooShort, m.SendProgramme(new DateOnly(2026, 3, 11), new DateOnly(2026, 3, 20), new DateOnly(2026, 3, 25)).Refusal);
        Assert.Equal(SupervisionRefusals.VisitsOrder, m.SendProgramme(new DateOnly(2026, 3, 11), new DateOnly(2026, 3, 21), new DateOnly(2026, 3, 20)).Refusal);
        Assert.True(m.SendProgramme(new DateOnly(2026, 3, 11), new DateOnly(2026, 3, 21), new DateOnly(2026, 3, 25)).Succeeded);
        Recommendation.Issue(m, Guid.NewGuid(), Guid.NewGuid(), "Sớm quá", new DateOnly(2026, 3, 12), new DateOnly(2026, 6, 30), out o);
        Assert.Equal(SupervisionRefusals.RecommendationBeforeReport, o.Refusal);
        Assert.True(m.FinishVisits(new DateOnly(2026, 3, 25)).Succeeded);
        Assert.Equal(SupervisionRefusals.FindingsText, m.Report(" ", new DateOnly(2026, 4, 1)).Refusal);
        Assert.True(m.Report("Kết quả", new DateOnly(2026, 4, 1)).Succeeded);
        Assert.Equal(SupervisionRefusals.NotReSupervision, m.AllowCheck().Refusal);

        var r = Recommendation.Issue(m, Guid.NewGuid(), Guid.NewGuid(), "Xóa điểm tập kết rác", new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 1), out o);
        Assert.Equal(SupervisionRefusals.RecommendationDue, o.Refusal);
        r = Recommendation.Issue(m, Guid.NewGuid(), Guid.NewGuid(), "Xóa điểm tập kết rác", new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30), out o);
        Assert.True(o.Succeeded);
        Assert.Equal(SupervisionRefusals.PercentRange, r.ReportProgress(120, "Quá", new DateOnly(2026, 5, 1)).Refusal);
        Assert.True(r.ReportProgress(60, "Đã xóa 3/5 điểm", new DateOnly(2026, 5, 1)).Succeeded);
        Assert.Equal(SupervisionRefusals.PercentBackwards, r.ReportProgress(40, "Lùi", new DateOnly(2026, 5, 2)).Refusal);
        Assert.Equal(SupervisionRefusals.DisputeOnlyCompleted, r.Dispute("Chưa xong", new DateOnly(2026, 9, 1), new DateOnly(2026, 5, 3)).Refusal);
        Assert.True(r.ReportProgress(100, "Đã xóa 5/5 điểm", new DateOnly(2026, 6, 1)).Succeeded);
        Assert.Equal(RecommendationState.Completed, r.State);
        Assert.Equal(SupervisionRefusals.AlreadyCompleted, r.ReportProgress(100, "Lần nữa", new DateOnly(2026, 6, 2)).Refusal);
        Assert.Equal(SupervisionRefusals.CheckReasons, r.Check(CheckOutcome.NotDone, "", new DateOnly(2026, 7, 1), new DateOnly(2026, 12, 31)).Refusal);
        Assert.Equal(SupervisionRefusals.NewDueInFuture, r.Check(CheckOutcome.PartlyDone, "Còn 1 điểm", new DateOnly(2026, 7, 1), null).Refusal);
        Assert.True(r.Check(CheckOutcome.PartlyDone, "Còn 1 điểm", new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30)).Succeeded);
        Assert.Equal((RecommendationState.InProgress, 99, new DateOnly(2026, 9, 30)), (r.State, r.Percent, r.DueOn));
    }

    [Fact]
    public void A_programme_is_adopted_by_its_owner_in_time()
    {
        var unit = Unit.Create("Quận X", "X", UnitLevel.District, null, null, null, out _);
        var council = Body.Create("HĐND", BodyKind.Council, unit, null, null, null, false, out _);
        var committee = Body.Create("Ban Pháp chế", BodyKind.CouncilCommittee, unit, council, null, null, false, out _);
        var group = Body.Create("Tổ đại biểu số 1", BodyKind.DelegateGroup, unit, council, null, null, false, out _);
        SupervisionProgramme.Adopt(council, council, 2027, "Chương trình 2027", "Nghị quyết số 5/NQ-HĐND", new DateOnly(2027, 1, 10), null, out var o);
        Assert.Equal(SupervisionRefusals.CouncilProgrammeAdoptedYearBefore, o.Refusal);
        SupervisionProgramme.Adopt(council, council, 2027, "Chương trình 2027", "Nghị quyết số 5/NQ-HĐND", new DateOnly(2026, 7, 10), null, out o);
        Assert.True(o.Succeeded);
        SupervisionProgramme.Adopt(council, committee, 2027, "Chương trình của Ban", "Kế hoạch số 1/KH-BPC", new DateOnly(2027, 2, 3), null, out o);
        Assert.Equal(SupervisionRefusals.ProgrammeAdoptedLate, o.Refusal);
        SupervisionProgramme.Adopt(council, group, 2027, "Chương trình của Tổ", "Kế hoạch số 2/KH", new DateOnly(2026, 12, 20), null, out o);
        Assert.Equal(SupervisionRefusals.ProgrammeOwner, o.Refusal);
        SupervisionProgramme.Adopt(council, committee, 2027, " ", "Kế hoạch", new DateOnly(2026, 12, 20), null, out o);
        Assert.Equal(SupervisionRefusals.ProgrammeText, o.Refusal);
        SupervisionMission.Form(council, council, null, "Rác", "Năm 2027", "Trưởng đoàn", new DateOnly(2027, 3, 1), false, false, out o);
        Assert.Equal(SupervisionRefusals.MissionConductor, o.Refusal);
    }

    [Fact]
    public async Task Another_councils_office_cannot_plan_supervision_here_and_a_mission_needs_an_agency()
    {
        var ids = await IdsAsync();
        var other = await OtherCouncil.CreateAsync(_app);
        using var stranger = await Browser.SignedInAs(_app, other.OfficeUser, OtherCouncil.Password);
        Assert.True(Responses.IsRefusal(await stranger.GetAsync($"/Supervision/Plan?councilId={ids.Council}")));
        Assert.True(Responses.IsRefusal(await stranger.GetAsync($"/Supervision/Programme?councilId={ids.Council}")));
        Assert.True(Responses.IsRefusal(await stranger.GetAsync($"/Supervision/Candidates?councilId={ids.Council}")));

        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        var none = await office.SubmitAsync($"/Supervision/Plan?councilId={ids.Council}", new()
        {
            ["CouncilId"] = ids.Council.ToString(), ["ConductedByBodyId"] = ids.Standing.ToString(), ["Subject"] = "Không có cơ quan", ["Scope"] = "Năm 2026",
            ["Members"] = "Trưởng đoàn", ["FormedOn"] = D(Today),
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, none.StatusCode);
        Assert.Contains(SupervisionRefusals.MissionTargets.Message, await none.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var late = await office.SubmitAsync($"/Supervision/Programme?councilId={ids.Council}", new()
        {
            ["CouncilId"] = ids.Council.ToString(), ["OwnerBodyId"] = ids.Council.ToString(), ["Year"] = Today.Year.ToString(), ["Title"] = "Chương trình muộn",
            ["AdoptedBy"] = "Nghị quyết số 1/NQ-HĐND", ["AdoptedOn"] = D(Today),
        });
        Assert.Contains(SupervisionRefusals.CouncilProgrammeAdoptedYearBefore.Message, await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await _app.WithDb((db, _) => db.SupervisionProgrammes.AnyAsync(p => p.Title == "Chương trình muộn")));
    }

    [Fact]
    public async Task A_mission_runs_its_steps_on_the_rules_deadlines_and_its_recommendation_is_owed_by_the_named_person()
    {
        var ids = await IdsAsync();
        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        var url = await ReportedMissionAsync(office, ids.Council, ids.Standing, [ids.Urban], PetitionKit.Unique("Quản lý vỉa hè"));
        var id = IdOf(url);

        var steps = await _app.WithDb((db, _) => db.Obligations.AsNoTracking().Where(o => o.SubjectId == id).OrderBy(o => o.StartedOn).ToListAsync());
        Assert.Equal(["supervision.plan", "supervision.report", "supervision.review"], steps.Select(s => s.RuleCode));
        // Plan: 15 calendar days from forming, moved to the next working day when it falls on a day off; sent 10 days after: on time.
        Assert.InRange(steps[0].DueOn.DayNumber - Today.AddDays(-60).DayNumber, 15, 19);
        Assert.Equal(ObligationStatus.DoneOnTime, steps[0].StatusOn(Today));
        Assert.Equal(ids.Standing, steps[2].OwnerBodyId);
        Assert.Equal(ObligationState.Open, steps[2].State);

        // The programme's 10 days' notice, checked on the page as on the entity.
        var early = await FormMissionAsync(office, ids.Council, ids.Standing, [ids.Urban], PetitionKit.Unique("Chiếu sáng công cộng"));
        await StepAsync(office, early, "Plan", new() { ["plan"] = "Kế hoạch", ["on"] = D(Today.AddDays(-50)) });
        var refused = await office.SubmitAsync(early, new() { ["on"] = D(Today.AddDays(-45)), ["visitsFrom"] = D(Today.AddDays(-40)), ["visitsTo"] = D(Today.AddDays(-38)) }, $"{early}?handler=Programme");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains(SupervisionRefusals.ProgrammeNoticeTooShort.Message, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var future = await office.SubmitAsync(early, new() { ["on"] = D(Today.AddDays(3)), ["visitsFrom"] = D(Today.AddDays(20)), ["visitsTo"] = D(Today.AddDays(22)) }, $"{early}?handler=Programme");
        Assert.Contains(DongThuan.Web.Infrastructure.Domain.RecordedDate.InFuture.Message, await future.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Steps are the office's: an anonymous caller is refused.
        Assert.True(Responses.IsRefusal(await Browser.Open(_app).Client.PostAsync($"{url}?handler=Conclude", new FormUrlEncodedContent([]))));

        var owner = await office.SubmitAsync(url, new() { ["owner"] = $"{ids.Urban}/{ids.OfficeHead}", ["task"] = "Sai người", ["dueOn"] = D(Today.AddDays(90)) }, $"{url}?handler=Recommend");
        Assert.Contains(SupervisionRefusals.RecommendationOwner.Message, await owner.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var task = PetitionKit.Unique("Lập lại trật tự vỉa hè tuyến Trần Thái Tông");
        await StepAsync(office, url, "Recommend", new() { ["owner"] = $"{ids.Urban}/{ids.UrbanHead}", ["task"] = task, ["dueOn"] = D(Today.AddDays(90)) });
        var rec = await _app.WithDb((db, _) => db.Recommendations.AsNoTracking().SingleAsync(r => r.Task == task));
        var obligation = await _app.WithDb((db, _) => db.Obligations.AsNoTracking().SingleAsync(o => o.Id == rec.ObligationId));
        Assert.Equal(("supervision.recommendation", ids.Urban, (Guid?)ids.UrbanHead, Today.AddDays(90)), (obligation.Kind, obligation.OwnerBodyId, obligation.OwnerPersonId, obligation.DueOn));

        using var api = await PetitionKit.ApiAsync(_app, "thuongtruc");
        using var board = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/obligations?kind=supervision.recommendation&personId={ids.UrbanHead}"));
        Assert.Contains(board.RootElement.EnumerateArray(), i => i.GetProperty("subject").GetString() == task && i.GetProperty("ownerBody").GetString() == "Phòng Quản lý đô thị");
        using var missions = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/supervision/missions?year={Today.AddDays(-60).Year}"));
        var mission = missions.RootElement.EnumerateArray().Single(m => m.GetProperty("id").GetGuid() == id);
        Assert.Equal(task, mission.GetProperty("recommendations")[0].GetProperty("task").GetString());

        // The people's committee office's officer is not this recommendation's addressee: it does not exist for them.
        using var ubnd = await Browser.SignedInAs(_app, "ubnd");
        Assert.Equal(HttpStatusCode.NotFound, (await ubnd.GetAsync($"/Supervision/Recommendation/{rec.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_agency_reports_progress_with_evidence_the_office_disputes_and_a_re_supervision_finds_it_not_done()
    {
        var ids = await IdsAsync();
        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        var url = await ReportedMissionAsync(office, ids.Council, ids.Standing, [ids.Office], PetitionKit.Unique("Tiếp công dân"));
        var task = PetitionKit.Unique("Công khai lịch tiếp công dân");
        await StepAsync(office, url, "Recommend", new() { ["owner"] = $"{ids.Office}/{ids.OfficeHead}", ["task"] = task, ["dueOn"] = D(Today.AddDays(30)) });
        var rec = await _app.WithDb((db, _) => db.Recommendations.AsNoTracking().SingleAsync(r => r.Task == task));
        var page = $"/Supervision/Recommendation/{rec.Id}";

        using var agency = await Browser.SignedInAs(_app, "ubnd");
        var bad = await agency.SubmitFilesAsync(page, $"{page}?handler=Progress", new() { ["percent"] = "50", ["text"] = "Đã làm một nửa" }, ("upload", "bang-chung.txt", "không phải ảnh"u8.ToArray()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Equal(0, await _app.WithDb((db, _) => db.RecommendationProgress.CountAsync(p => p.RecommendationId == rec.Id)));
        var done = await agency.SubmitFilesAsync(page, $"{page}?handler=Progress", new() { ["percent"] = "100", ["text"] = "Đã niêm yết lịch" }, ("upload", "anh.png", Png));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var evidence = await _app.WithDb((db, _) => db.RecommendationEvidence.AsNoTracking().SingleAsync(e => e.RecommendationId == rec.Id));
        Assert.Equal(Png, await (await agency.GetAsync($"/Supervision/Evidence/{evidence.Id}")).Content.ReadAsByteArrayAsync());
        Assert.Equal(ObligationState.Fulfilled, await _app.WithDb((db, _) => db.Obligations.Where(o => o.Id == rec.ObligationId).Select(o => o.State).SingleAsync()));

        // The agency takes no step of the mission and cannot dispute its own report; the office can, and the obligation is owed again.
        Assert.True(Responses.IsRefusal(await agency.SubmitAsync(url, new() { ["conclusion"] = "x", ["on"] = D(Today) }, $"{url}?handler=Conclude")));
        Assert.True(Responses.IsRefusal(await agency.SubmitAsync(page, new() { ["reason"] = "x", ["newDueOn"] = D(Today.AddDays(60)) }, $"{page}?handler=Dispute")));
        await StepAsync(office, page, "Dispute", new() { ["reason"] = "Chưa đăng trên cổng thông tin", ["newDueOn"] = D(Today.AddDays(60)) });
        var reopened = await _app.WithDb((db, _) => db.Obligations.AsNoTracking().SingleAsync(o => o.Id == rec.ObligationId));
        Assert.Equal((ObligationState.Open, Today.AddDays(60), Today.AddDays(30)), (reopened.State, reopened.DueOn, reopened.OriginalDueOn));

        // A re-supervision takes it up; a "not done" needs reasons and a new date, and moves the due date.
        var noneTaken = await office.SubmitAsync($"/Supervision/Plan?councilId={ids.Council}&reSupervision=true", new()
        {
            ["ConductedByBodyId"] = ids.Standing.ToString(), ["Subject"] = "Tái giám sát", ["Scope"] = "Kiến nghị chưa hoàn thành", ["Members"] = "Trưởng đoàn", ["FormedOn"] = D(Today.AddDays(-30)),
        }, $"/Supervision/Plan?councilId={ids.Council}&reSupervision=true");
        Assert.Contains(SupervisionRefusals.NothingToReSupervise.Message, await noneTaken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var re = await office.SubmitWithListAsync($"/Supervision/Plan?councilId={ids.Council}&reSupervision=true", new()
        {
            ["ConductedByBodyId"] = ids.Standing.ToString(), ["Subject"] = PetitionKit.Unique("Tái giám sát tiếp công dân"), ["Scope"] = "Kiến nghị chưa hoàn thành",
            ["Members"] = "Trưởng đoàn", ["FormedOn"] = D(Today.AddDays(-30)),
        }, "Taken", [rec.Id.ToString()], $"/Supervision/Plan?councilId={ids.Council}&reSupervision=true");
        var reUrl = re.Headers.Location!.OriginalString;
        var item = await _app.WithDb((db, _) => db.ReSupervisionItems.AsNoTracking().SingleAsync(i => i.RecommendationId == rec.Id));
        var tooEarly = await office.SubmitAsync(reUrl, new() { ["itemId"] = item.Id.ToString(), ["outcome"] = "Done" }, $"{reUrl}?handler=Check");
        Assert.Contains(SupervisionRefusals.CheckBeforeVisits.Message, await tooEarly.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await StepAsync(office, reUrl, "Plan", new() { ["plan"] = "Kế hoạch", ["on"] = D(Today.AddDays(-29)) });
        await StepAsync(office, reUrl, "Programme", new() { ["on"] = D(Today.AddDays(-28)), ["visitsFrom"] = D(Today.AddDays(-15)), ["visitsTo"] = D(Today.AddDays(-10)) });
        await StepAsync(office, reUrl, "Finish", new() { ["on"] = D(Today.AddDays(-10)) });
        var noReason = await office.SubmitAsync(reUrl, new() { ["itemId"] = item.Id.ToString(), ["outcome"] = "NotDone", ["newDueOn"] = D(Today.AddDays(120)) }, $"{reUrl}?handler=Check");
        Assert.Contains(SupervisionRefusals.CheckReasons.Message, await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null((await _app.WithDb((db, _) => db.ReSupervisionItems.AsNoTracking().SingleAsync(i => i.Id == item.Id))).Outcome);
        await StepAsync(office, reUrl, "Check", new() { ["itemId"] = item.Id.ToString(), ["outcome"] = "NotDone", ["reasons"] = "Cổng thông tin chưa cập nhật", ["newDueOn"] = D(Today.AddDays(120)) });
        Assert.Equal(Today.AddDays(120), await _app.WithDb((db, _) => db.Obligations.Where(o => o.Id == rec.ObligationId).Select(o => o.DueOn).SingleAsync()));

        // The chain shows on both sides: the original mission names its re-supervision, the recommendation its finding.
        Assert.Contains(reUrl, await office.GetPageAsync(url), StringComparison.Ordinal);
        var recPage = await office.GetPageAsync(page);
        Assert.Contains(reUrl, recPage, StringComparison.Ordinal);
        Assert.Contains("Cổng thông tin chưa cập nhật", recPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_are_public_unless_secret_and_never_show_evidence()
    {
        var ids = await IdsAsync();
        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        var open = await ReportedMissionAsync(office, ids.Council, ids.Standing, [ids.Urban], PetitionKit.Unique("Cây xanh đô thị"));
        var secret = await ReportedMissionAsync(office, ids.Council, ids.Standing, [ids.Urban], PetitionKit.Unique("Bảo vệ bí mật"), secret: true);
        using var anyone = Browser.Open(_app);
        var list = await anyone.GetPageAsync("/Supervision/Public");
        Assert.Contains($"/Supervision/Public/{IdOf(open)}", list, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Supervision/Public/{IdOf(secret)}", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync($"/Supervision/Public/{IdOf(secret)}")).StatusCode);

        var demo = await _app.WithDb((db, _) => db.SupervisionMissions.AsNoTracking().SingleAsync(m => m.Subject == "Công tác cấp giấy chứng nhận quyền sử dụng đất tồn đọng trên địa bàn quận"));
        var page = await anyone.GetPageAsync($"/Supervision/Public/{demo.Id}");
        Assert.Contains("Giải quyết dứt điểm 61 hồ sơ", page, StringComparison.Ordinal);
        Assert.Contains("Tái giám sát", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/Supervision/Evidence/", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await anyone.GetAsync($"/Supervision/Details/{demo.Id}")).StatusCode);
    }

    [Fact]
    public async Task Candidates_are_taken_into_supervision_with_one_action_and_only_once()
    {
        var ids = await IdsAsync();
        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        var candidates = await office.GetPageAsync($"/Supervision/Candidates?councilId={ids.Council}");
        Assert.Contains("Cấp giấy chứng nhận quyền sử dụng đất tồn đọng tại phường Mai Dịch", candidates, StringComparison.Ordinal);
        Assert.Contains("Đã đưa vào giám sát", candidates, StringComparison.Ordinal);
        var petition = await _app.WithDb((db, _) => db.Petitions.AsNoTracking().Where(p => p.SupervisionCandidate && p.Kind != PetitionKind.Denunciation)
            .Select(p => new { p.Id, p.Title }).FirstAsync());
        Assert.Contains($"sourceId={petition.Id}", candidates, StringComparison.Ordinal);

        var formed = await office.SubmitWithListAsync($"/Supervision/Plan?councilId={ids.Council}&sourceType=Petition&sourceId={petition.Id}", new()
        {
            ["ConductedByBodyId"] = ids.Standing.ToString(), ["Subject"] = petition.Title, ["Scope"] = "Năm 2026", ["Members"] = "Trưởng đoàn", ["FormedOn"] = D(Today),
        }, "Targets", [ids.Urban.ToString()], $"/Supervision/Plan?councilId={ids.Council}&sourceType=Petition&sourceId={petition.Id}");
        Assert.Equal(HttpStatusCode.Redirect, formed.StatusCode);
        Assert.Contains($"/Petitions/Details/{petition.Id}", await office.GetPageAsync(formed.Headers.Location!.OriginalString), StringComparison.Ordinal);
        var again = await office.SubmitAsync($"/Supervision/Candidates?councilId={ids.Council}", new()
        {
            ["sourceType"] = "Petition", ["sourceId"] = petition.Id.ToString(), ["missionId"] = IdOf(formed.Headers.Location!.OriginalString).ToString(),
        });
        Assert.Contains(SupervisionRefusals.CandidateTaken.Message, await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The same through the API: the list, another candidate taken into that mission, then refused the second time.
        using var api = await PetitionKit.ApiAsync(_app, "thuongtruc");
        var listed = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/supervision/candidates?councilId={ids.Council}")).EnumerateArray().ToList();
        Assert.Contains(listed, c => c.GetProperty("id").GetGuid() == petition.Id && c.GetProperty("taken").GetBoolean());
        var free = listed.First(c => !c.GetProperty("taken").GetBoolean());
        var mission = IdOf(formed.Headers.Location!.OriginalString);
        var body = new { sourceType = free.GetProperty("type").GetString(), sourceId = free.GetProperty("id").GetGuid() };
        Assert.Equal(HttpStatusCode.NoContent, (await api.PostAsJsonAsync($"/api/v1/supervision/missions/{mission}/sources", body)).StatusCode);
        var twice = await api.PostAsJsonAsync($"/api/v1/supervision/missions/{mission}/sources", body);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, twice.StatusCode);
        Assert.Equal(SupervisionRefusals.CandidateTaken.Code, JsonDocument.Parse(await twice.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString());
        using var agency = await PetitionKit.ApiAsync(_app, "ubnd");
        Assert.Equal(HttpStatusCode.Forbidden, (await agency.GetAsync($"/api/v1/supervision/candidates?councilId={ids.Council}")).StatusCode);
    }

    [Fact]
    public async Task The_demo_has_2022_missions_and_a_2023_re_supervision_of_what_was_left_unfinished()
    {
        await _app.WithDb(async db =>
        {
            var missions = await db.SupervisionMissions.AsNoTracking().ToListAsync();
            Assert.Equal(3, missions.Count(m => m.FormedOn.Year == 2022 && m.State == MissionState.Concluded));
            var re = missions.Single(m => m.IsReSupervision && m.FormedOn.Year == 2023);
            var items = await db.ReSupervisionItems.AsNoTracking().Where(i => i.MissionId == re.Id).ToListAsync();
            Assert.Equal([CheckOutcome.PartlyDone, CheckOutcome.PartlyDone, CheckOutcome.NotDone], items.Select(i => i.Outcome!.Value).Order());
            var recs = await db.Recommendations.AsNoTracking().Where(r => r.UnitId == re.UnitId).ToListAsync();
            var obligations = await db.Obligations.AsNoTracking().Where(o => o.Kind == SupervisionObligations.Recommendation).ToDictionaryAsync(o => o.Id);
            var statuses = recs.Select(r => obligations[r.ObligationId!.Value].StatusOn(new DateOnly(2024, 1, 15))).ToList();
            Assert.Contains(ObligationStatus.DoneOnTime, statuses);
            Assert.Contains(ObligationStatus.DoneLate, statuses);
            Assert.Contains(ObligationStatus.Overdue, statuses);
            Assert.All(recs, r => Assert.NotEqual(Guid.Empty, r.OwnerPersonId));
        });
    }

    [Fact]
    public async Task The_missions_list_filters_by_state_sorts_and_downloads_what_it_shows()
    {
        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        static List<string> Subjects(string page) =>
            [.. System.Text.RegularExpressions.Regex.Matches(page, "<a href=\"/Supervision/Details/[^\"]+\">([^<]+)</a>").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))];

        // By subject: the sheet holds the page's rows in the page's order.
        var bySubject = await office.GetPageAsync("/Supervision?year=2022&Sort=Subject");
        var subjects = Subjects(bySubject);
        Assert.True(subjects.Count >= 2, "the demo's 2022 has missions");
        Assert.Contains("aria-sort=\"ascending\"", bySubject, StringComparison.Ordinal);
        var sheet = await Sheets.ReadAsync(await office.GetAsync("/Supervision?year=2022&Sort=Subject&handler=Xlsx"));
        Assert.Equal(subjects, sheet.Select(r => r["Nội dung giám sát"]?.ToString()));
        Assert.Equal(subjects.AsEnumerable().Reverse(), Subjects(await office.GetPageAsync("/Supervision?year=2022&Sort=Subject&Desc=true")));

        // By recommendations completed, most first.
        var completed = (await Sheets.ReadAsync(await office.GetAsync("/Supervision?year=2022&Sort=Completed&Desc=true&handler=Xlsx")))
            .Select(r => Convert.ToInt32(r["Kiến nghị đã hoàn thành"], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(completed.OrderDescending(), completed);

        // By state: only missions in that state.
        var concluded = await Sheets.ReadAsync(await office.GetAsync("/Supervision?year=2022&State=Concluded&handler=Xlsx"));
        Assert.NotEmpty(concluded);
        Assert.All(concluded, r => Assert.Equal(SupervisionNames.Of(MissionState.Concluded), r["Tình trạng"]));
        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync("/Supervision?year=x&State=Nope&Sort=Sideways")).StatusCode);
    }
}

public sealed class SupervisionTestsOnSqlite(SqliteApp app) : SupervisionTests(app), IClassFixture<SqliteApp>;

public sealed class SupervisionTestsOnPostgres(PostgresApp app) : SupervisionTests(app), IClassFixture<PostgresApp>;
