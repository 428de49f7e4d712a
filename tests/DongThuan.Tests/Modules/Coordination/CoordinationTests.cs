using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DongThuan.Tests.Harness;
using DongThuan.Tests.Modules.Petitions;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Coordination;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Tests.Modules.Coordination;

/// <summary>The signed programme and its tasks as obligations of their lead parties; quarterly reports; the year-end verdict; emulation movements.</summary>
public abstract class CoordinationTests
{
    private readonly AppFactory _app;

    protected CoordinationTests(AppFactory app)
    {
        app.RequireAvailable();
        _app = app;
    }

    private static DateOnly Today => VietnamTime.Today(TimeProvider.System);

    [Fact]
    public void Time_frames_end_on_their_last_day_and_numbers_carry_the_CTr_code()
    {
        Assert.Equal((new DateOnly(2023, 6, 30), "Quý II/2023"), (TimeFrame.Parse(TimeFrameKind.Quarter, 2023, 2, null)!.Value.End, TimeFrame.Parse(TimeFrameKind.Quarter, 2023, 2, null)!.Value.Label));
        Assert.Equal(new DateOnly(2024, 2, 29), TimeFrame.Parse(TimeFrameKind.Month, 2024, 2, null)!.Value.End);
        Assert.Equal(new DateOnly(2023, 12, 31), TimeFrame.Parse(TimeFrameKind.Year, 2023, 0, null)!.Value.End);
        Assert.Null(TimeFrame.Parse(TimeFrameKind.Quarter, 2023, 5, null));
        Assert.True(CoordinationProgramme.IsProgrammeNumber("01/CTr-HĐND-UBND-MTTQ"));
        Assert.False(CoordinationProgramme.IsProgrammeNumber("01/KH-HĐND"));
        Assert.False(CoordinationProgramme.IsProgrammeNumber("CTr-01"));
    }

    [Fact]
    public void Programmes_tasks_and_movements_refuse_what_does_not_hold()
    {
        var unit = Guid.NewGuid();
        CoordinationProgramme.Sign(unit, "Chương trình", 2023, "01/CTr-HĐND-UBND-MTTQ", new DateOnly(2021, 12, 30), "Hội trường", "", 3, out var o);
        Assert.Equal(CoordinationRefusals.SignedInYear, o.Refusal);
        CoordinationProgramme.Sign(unit, "Chương trình", 2023, "01/CTr-HĐND-UBND", new DateOnly(2023, 1, 6), "Hội trường", "", 1, out o);
        Assert.Equal(CoordinationRefusals.TwoParties, o.Refusal);
        var p = CoordinationProgramme.Sign(unit, "Chương trình", 2023, "01/CTr-HĐND-UBND-MTTQ", new DateOnly(2022, 12, 28), "Hội trường", "", 3, out o);
        Assert.True(o.Succeeded);
        ProgrammeParty.Of(p, Guid.NewGuid(), " ", "Chủ tịch", 1, out o);
        Assert.Equal(CoordinationRefusals.Signatory, o.Refusal);
        CoordinationTask.Add(p, "I", "Nhiệm vụ", Guid.NewGuid(), null, "Báo cáo", TimeFrame.Parse(TimeFrameKind.Quarter, 2024, 1, null), out o);
        Assert.Equal(CoordinationRefusals.FrameInYear, o.Refusal);
        var t = CoordinationTask.Add(p, "I", "Nhiệm vụ", Guid.NewGuid(), null, "Báo cáo", TimeFrame.Parse(TimeFrameKind.Quarter, 2023, 2, null), out o);
        Assert.True(o.Succeeded);
        static TaskEvaluation OnTime(DateOnly _) => TaskEvaluation.DoneOnTime;
        Assert.Equal(CoordinationRefusals.EvaluateAtYearEnd, t.Evaluate(true, new DateOnly(2023, 5, 1), null, new DateOnly(2023, 5, 2), OnTime).Refusal);
        Assert.Equal(CoordinationRefusals.DoneDate, t.Evaluate(true, null, null, new DateOnly(2023, 12, 20), OnTime).Refusal);
        Assert.Equal(CoordinationRefusals.DoneDate, t.Evaluate(true, new DateOnly(2023, 12, 25), null, new DateOnly(2023, 12, 20), OnTime).Refusal);
        Assert.Equal(CoordinationRefusals.NotDoneReason, t.Evaluate(false, null, " ", new DateOnly(2023, 12, 20), OnTime).Refusal);
        Assert.Equal(CoordinationRefusals.ReportText, t.ReportDone(" ", new DateOnly(2023, 6, 1)).Refusal);
        Assert.True(t.Evaluate(false, null, "Lùi sang năm sau", new DateOnly(2023, 12, 20), OnTime).Succeeded);
        Assert.Equal((TaskState.Evaluated, TaskEvaluation.NotDone), (t.State, t.Evaluation));
        Assert.Equal(CoordinationRefusals.AlreadyEvaluated, t.Evaluate(true, new DateOnly(2023, 12, 1), null, new DateOnly(2023, 12, 21), OnTime).Refusal);
        Assert.Equal(CoordinationRefusals.TaskNotOpen, t.ReportDone("Muộn", new DateOnly(2023, 12, 22)).Refusal);
        QuarterlyReport.Submit(p, Guid.NewGuid(), 3, "Báo cáo quý III", new DateOnly(2023, 6, 30), "Văn phòng", out o);
        Assert.Equal(CoordinationRefusals.QuarterNotBegun, o.Refusal);

        EmulationMovement.Launch(unit, Guid.NewGuid(), "UBND quận", "Thi đua", new DateOnly(2023, 2, 1), new DateOnly(2023, 12, 31), new DateOnly(2023, 1, 1), "Tiêu chí", out o);
        Assert.Equal(CoordinationRefusals.MovementPeriod, o.Refusal);
        var m = EmulationMovement.Launch(unit, Guid.NewGuid(), "UBND quận", "Thi đua", new DateOnly(2023, 2, 1), new DateOnly(2023, 2, 1), new DateOnly(2023, 12, 31), "Tiêu chí", out o);
        var participant = MovementParticipant.Invite(m, Guid.NewGuid());
        Assert.Equal(CoordinationRefusals.CommitmentText, participant.Register(m, " ", new DateOnly(2023, 3, 1)).Refusal);
        Assert.True(participant.Register(m, "Đăng ký", new DateOnly(2023, 3, 1)).Succeeded);
        Assert.Equal(CoordinationRefusals.AlreadyRegistered, participant.Register(m, "Lần hai", new DateOnly(2023, 3, 2)).Refusal);
        MovementCommendation.Award(m, CommendationType.Certificate, "Phòng Y tế", null, "1/QĐ-UBND", new DateOnly(2023, 1, 5), null, out o);
        Assert.Equal(CoordinationRefusals.CommendationDate, o.Refusal);
        MovementCommendation.Award(m, CommendationType.Certificate, " ", null, "1/QĐ-UBND", new DateOnly(2023, 12, 5), null, out o);
        Assert.Equal(CoordinationRefusals.CommendationText, o.Refusal);
    }

    [Fact]
    public async Task The_demo_programme_of_06_01_2023_is_listed_with_its_parties_and_tasks_for_those_who_signed_it()
    {
        using var front = await PetitionKit.ApiAsync(_app, "mttq");
        using var doc = JsonDocument.Parse(await front.GetStringAsync("/api/v1/coordination/programmes?year=2023"));
        var p = doc.RootElement.EnumerateArray().Single(x => x.GetProperty("number").GetString() == "01/CTr-HĐND-UBND-MTTQ");
        Assert.Equal("2023-01-06", p.GetProperty("signedOn").GetString());
        Assert.Equal(["Thường trực HĐND quận Cầu Giấy", "UBND quận Cầu Giấy", "Ban Thường trực Ủy ban MTTQ Việt Nam quận Cầu Giấy"],
            p.GetProperty("parties").EnumerateArray().Select(x => x.GetProperty("body").GetString()));
        var tasks = p.GetProperty("tasks").EnumerateArray().ToList();
        Assert.Equal(10, tasks.Count);
        Assert.All(tasks, t => Assert.False(string.IsNullOrEmpty(t.GetProperty("ownerPerson").GetString())));
        Assert.Contains(tasks, t => t.GetProperty("timeFrame").GetString() == "Quý II/2023" && t.GetProperty("leadParty").GetString() == "UBND quận Cầu Giấy");
        Assert.Equal(6, tasks.Count(t => t.GetProperty("evaluation").GetString() == "DoneOnTime"));
        Assert.Equal(2, tasks.Count(t => t.GetProperty("evaluation").GetString() == "DoneLate"));
        Assert.Equal(2, tasks.Count(t => t.GetProperty("evaluation").GetString() == "NotDone"));
        Assert.All(tasks.Where(t => t.GetProperty("evaluation").GetString() == "NotDone"), t => Assert.Equal("overdue", t.GetProperty("dueStatus").GetString()));

        // A delegate signed nothing and leads nothing: no programme; a bad year is just an empty list.
        using var delegateApi = await PetitionKit.ApiAsync(_app, "daibieu");
        Assert.Equal(0, JsonDocument.Parse(await delegateApi.GetStringAsync("/api/v1/coordination/programmes?year=2023")).RootElement.GetArrayLength());
        var demo = p.GetProperty("id").GetGuid();
        Assert.Equal(12, await _app.WithDb((db, _) => db.QuarterlyReports.CountAsync(r => r.ProgrammeId == demo)));

        // The programme's tasks download as a sheet, one row per task, with its verdict.
        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        var sheet = await Sheets.ReadAsync(await office.GetAsync($"/Coordination/Details/{demo}?handler=Xlsx"));
        Assert.Equal(10, sheet.Count);
        Assert.Equal(2, sheet.Count(r => r["Tình trạng"]?.ToString() == "Chưa hoàn thành"));
        Assert.Contains(sheet, r => r["Thời gian"]?.ToString() == "Quý II/2023" && r["Chủ trì"]?.ToString() == "UBND quận Cầu Giấy");
    }

    [Fact]
    public async Task The_office_signs_a_programme_the_lead_party_reports_its_task_and_others_cannot()
    {
        var (unit, standing, ubnd, front, urban, chair) = await _app.WithDb(async (db, _) =>
        {
            var district = await db.Units.SingleAsync(u => u.Name == "Quận Cầu Giấy");
            var bodies = await db.Bodies.Where(b => b.UnitId == district.Id).ToListAsync();
            Guid B(BodyKind k) => bodies.Single(b => b.Kind == k).Id;
            var urbanId = bodies.Single(b => b.Name == "Phòng Quản lý đô thị").Id;
            var ubndId = B(BodyKind.PeoplesCommittee);
            var chairId = await db.Positions.Where(p => p.BodyId == ubndId && p.Title == "Chủ tịch UBND").Select(p => p.PersonId).SingleAsync();
            return (district.Id, B(BodyKind.CouncilStandingCommittee), B(BodyKind.PeoplesCommittee), B(BodyKind.FrontStandingBoard), urbanId, chairId);
        });
        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        var sign = $"/Coordination/Sign?unitId={unit}";
        var year = Today.Year;
        Dictionary<string, string> Form(string number) => new()
        {
            ["UnitId"] = unit.ToString(), ["Title"] = "Chương trình phối hợp thử nghiệm", ["Year"] = year.ToString(), ["Number"] = number, ["SignedOn"] = $"{year}-01-06",
            ["SignedAt"] = "Hội trường UBND quận", ["Attendees"] = "Ba bên",
            ["Parties[0].BodyId"] = standing.ToString(), ["Parties[0].Include"] = "true", ["Parties[0].Signatory"] = "Nguyễn A", ["Parties[0].Title"] = "Chủ tịch HĐND",
            ["Parties[1].BodyId"] = ubnd.ToString(), ["Parties[1].Include"] = "true", ["Parties[1].Signatory"] = "Trần B", ["Parties[1].Title"] = "Chủ tịch UBND",
            ["Parties[2].BodyId"] = front.ToString(), ["Parties[2].Include"] = "true", ["Parties[2].Signatory"] = "Lê C", ["Parties[2].Title"] = "Chủ tịch Ủy ban MTTQ",
        };
        var badNumber = await office.SubmitAsync(sign, Form("01/KH-HĐND"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badNumber.StatusCode);
        Assert.Contains(CoordinationRefusals.ProgrammeNumber.Message, await badNumber.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var number = $"{Random.Shared.Next(10, 99)}/CTr-HĐND-UBND-MTTQ";
        var signed = await office.SubmitAsync(sign, Form(number));
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        Assert.Contains(CoordinationRefusals.DuplicateNumber.Message, await (await office.SubmitAsync(sign, Form(number))).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var url = signed.Headers.Location!.OriginalString;

        var title = PetitionKit.Unique("Đối thoại với Nhân dân về chỉnh trang đô thị");
        var badFrame = await office.SubmitAsync(url, new() { ["section"] = "II. Đối thoại", ["title"] = title, ["owner"] = $"{ubnd}/{chair}", ["expectedOutput"] = "Hội nghị", ["frameKind"] = "Quarter", ["frameNumber"] = "5" }, $"{url}?handler=Task");
        Assert.Contains(CoordinationRefusals.TimeFrame.Message, await badFrame.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var stranger = await office.SubmitAsync(url, new() { ["section"] = "II. Đối thoại", ["title"] = title, ["owner"] = $"{ubnd}/{Guid.NewGuid()}", ["expectedOutput"] = "Hội nghị", ["frameKind"] = "Quarter", ["frameNumber"] = "4" }, $"{url}?handler=Task");
        Assert.Contains(CoordinationRefusals.LeadParty.Message, await stranger.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var added = await office.SubmitWithListAsync(url, new() { ["section"] = "II. Đối thoại", ["title"] = title, ["owner"] = $"{ubnd}/{chair}", ["expectedOutput"] = "Hội nghị", ["frameKind"] = "Quarter", ["frameNumber"] = "4" },
            "supporting", [front.ToString(), urban.ToString()], $"{url}?handler=Task");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var task = await _app.WithDb((db, _) => db.CoordinationTasks.AsNoTracking().SingleAsync(t => t.Title == title));
        var obligation = await _app.WithDb((db, _) => db.Obligations.AsNoTracking().SingleAsync(o => o.Id == task.ObligationId));
        Assert.Equal(("coordination.task", ubnd, (Guid?)chair, new DateOnly(year, 12, 31)), (obligation.Kind, obligation.OwnerBodyId, obligation.OwnerPersonId, obligation.DueOn));
        Assert.Equal(2, await _app.WithDb((db, _) => db.TaskSupports.CountAsync(s => s.TaskId == task.Id)));

        // The Front sees the programme it signed but cannot report the people's committee's task; the committee can.
        using var frontBrowser = await Browser.SignedInAs(_app, "mttq");
        Assert.Contains(title, await frontBrowser.GetPageAsync(url), StringComparison.Ordinal);
        Assert.True(Responses.IsRefusal(await frontBrowser.SubmitAsync(url, new() { ["taskId"] = task.Id.ToString(), ["report"] = "x" }, $"{url}?handler=Report")));
        Assert.True(Responses.IsRefusal(await frontBrowser.SubmitAsync(url, new() { ["taskId"] = task.Id.ToString(), ["done"] = "true" }, $"{url}?handler=Evaluate")));
        using var committee = await Browser.SignedInAs(_app, "ubnd");
        Assert.Equal(HttpStatusCode.Redirect, (await committee.SubmitAsync(url, new() { ["taskId"] = task.Id.ToString(), ["report"] = "Đã tổ chức hội nghị đối thoại." }, $"{url}?handler=Report")).StatusCode);
        Assert.Equal((ObligationState.Fulfilled, (DateOnly?)Today), await _app.WithDb((db, _) => db.Obligations.Where(o => o.Id == task.ObligationId).Select(o => new ValueTuple<ObligationState, DateOnly?>(o.State, o.FulfilledOn)).SingleAsync()));
        Assert.Contains(CoordinationRefusals.TaskNotOpen.Message,
            await (await committee.SubmitAsync(url, new() { ["taskId"] = task.Id.ToString(), ["report"] = "Lần hai" }, $"{url}?handler=Report")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Each party reports once a quarter, for its own party only.
        var quarter = (Today.Month - 1) / 3 + 1;
        Assert.Equal(HttpStatusCode.Redirect, (await frontBrowser.SubmitAsync(url, new() { ["partyBodyId"] = front.ToString(), ["quarter"] = quarter.ToString(), ["text"] = "Báo cáo quý" }, $"{url}?handler=Quarter")).StatusCode);
        Assert.Contains(CoordinationRefusals.QuarterReported.Message,
            await (await frontBrowser.SubmitAsync(url, new() { ["partyBodyId"] = front.ToString(), ["quarter"] = quarter.ToString(), ["text"] = "Lần hai" }, $"{url}?handler=Quarter")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(CoordinationRefusals.NotAParty.Message,
            await (await frontBrowser.SubmitAsync(url, new() { ["partyBodyId"] = ubnd.ToString(), ["quarter"] = quarter.ToString(), ["text"] = "Hộ" }, $"{url}?handler=Quarter")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A delegate is no party: the programme does not exist for them.
        using var delegateBrowser = await Browser.SignedInAs(_app, "daibieu");
        Assert.Equal(HttpStatusCode.NotFound, (await delegateBrowser.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Emulation_movements_take_registrations_from_their_units_and_commendations_by_decision()
    {
        // The demo's two (a movement another test records through the API is named "Thử API …").
        var movements = await _app.WithDb((db, _) => db.EmulationMovements.AsNoTracking().Where(m => !m.Name.StartsWith("Thử API")).OrderBy(m => m.LaunchedOn).ToListAsync());
        Assert.Equal(["UBND thành phố Hà Nội", "UBND quận Cầu Giấy"], movements.Select(m => m.LaunchedBy));
        var district = movements[1];
        var url = $"/Coordination/Emulation/Details/{district.Id}";
        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        var pending = await _app.WithDb((db, _) => db.MovementParticipants.AsNoTracking().SingleAsync(p => p.MovementId == district.Id && p.RegisteredOn == null));
        var page = await office.GetPageAsync(url);
        Assert.Contains("1024/QĐ-UBND", page, StringComparison.Ordinal);
        Assert.Contains($"name=\"participantId\" value=\"{pending.Id}\"", page, StringComparison.Ordinal);
        using var agency = await Browser.SignedInAs(_app, "ubnd");
        Assert.True(Responses.IsRefusal(await agency.SubmitAsync(url, new() { ["participantId"] = pending.Id.ToString(), ["commitment"] = "Đăng ký" }, $"{url}?handler=Register")));
        Assert.True(Responses.IsRefusal(await agency.SubmitAsync(url, new() { ["type"] = "Certificate", ["recipient"] = "X", ["decisionNumber"] = "1/QĐ", ["decisionOn"] = "2023-12-30" }, $"{url}?handler=Award")));
        var late = await office.SubmitAsync(url, new() { ["participantId"] = pending.Id.ToString(), ["commitment"] = "Đăng ký muộn" }, $"{url}?handler=Register");
        Assert.Contains(CoordinationRefusals.MovementOver.Message, await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var badType = await office.SubmitAsync(url, new() { ["recipient"] = "Phòng Y tế", ["decisionNumber"] = "2/QĐ-UBND", ["decisionOn"] = "2023-12-30" }, $"{url}?handler=Award");
        Assert.Contains(CoordinationRefusals.CommendationType.Message, await badType.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var award = await office.SubmitAsync(url, new() { ["type"] = "Commendation", ["recipient"] = "Phòng Y tế", ["decisionNumber"] = "1030/QĐ-UBND", ["decisionOn"] = "2023-12-30" }, $"{url}?handler=Award");
        Assert.Equal(HttpStatusCode.Redirect, award.StatusCode);
        Assert.Contains("1030/QĐ-UBND", await office.GetPageAsync(url), StringComparison.Ordinal);

        var launch = $"/Coordination/Emulation/Launch?unitId={district.UnitId}";
        var none = await office.SubmitAsync(launch, new() { ["UnitId"] = district.UnitId.ToString(), ["OrganisedByBodyId"] = district.OrganisedByBodyId.ToString(), ["LaunchedBy"] = "UBND quận",
            ["Name"] = "Thi đua thử", ["LaunchedOn"] = "2026-01-05", ["From"] = "2026-01-05", ["To"] = "2026-12-31", ["Criteria"] = "Tiêu chí" });
        Assert.Contains(CoordinationRefusals.MovementParticipants.Message, await none.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emulation_movements_are_recorded_registered_for_and_commended_through_the_API()
    {
        var ids = await DemoIds.LoadAsync(_app);
        using var office = await PetitionKit.ApiAsync(_app, "thuongtruc");
        static async Task<string?> Code(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var movement = new
        {
            unitId = ids.District, organisedByBodyId = ids.PeoplesCommittee, launchedBy = "UBND quận", name = "Thử API thi đua " + Guid.NewGuid().ToString("N")[..6],
            launchedOn = today.AddDays(-1).ToString("yyyy-MM-dd"), from = today.AddDays(-1).ToString("yyyy-MM-dd"), to = today.AddDays(60).ToString("yyyy-MM-dd"),
            criteria = "Cải cách hành chính", participants = new[] { ids.PeoplesCommittee },
        };
        Assert.Equal("emulation-participants", await Code(await office.PostAsJsonAsync("/api/v1/coordination/movements", movement with { participants = Array.Empty<Guid>() })));
        var other = await OtherCouncil.CreateAsync(_app);
        Assert.Equal("movement-body", await Code(await office.PostAsJsonAsync("/api/v1/coordination/movements", movement with { participants = new[] { other.Council } })));
        var created = await office.PostAsJsonAsync("/api/v1/coordination/movements", movement);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        var listed = (await office.GetFromJsonAsync<JsonElement>("/api/v1/coordination/movements")).EnumerateArray().Single(m => m.GetProperty("id").GetGuid() == id);
        var participant = listed.GetProperty("participants")[0].GetProperty("id").GetGuid();

        // The invited body registers for itself, once; the Front cannot register for it.
        using var front = await PetitionKit.ApiAsync(_app, "mttq");
        Assert.Equal(HttpStatusCode.Forbidden, (await front.PostAsJsonAsync($"/api/v1/coordination/movements/{id}/registrations", new { participantId = participant, commitment = "x" })).StatusCode);
        using var agency = await PetitionKit.ApiAsync(_app, "ubnd");
        Assert.Equal(HttpStatusCode.NoContent, (await agency.PostAsJsonAsync($"/api/v1/coordination/movements/{id}/registrations", new { participantId = participant, commitment = "Giảm 30% thời gian giải quyết hồ sơ." })).StatusCode);
        Assert.Equal("emulation-registered", await Code(await agency.PostAsJsonAsync($"/api/v1/coordination/movements/{id}/registrations", new { participantId = participant, commitment = "Lần hai" })));

        // The office records a commendation by its decision; one without a decision number is refused.
        Assert.Equal("emulation-commendation-text", await Code(await office.PostAsJsonAsync($"/api/v1/coordination/movements/{id}/commendations",
            new { type = "Certificate", recipientBodyId = ids.PeoplesCommittee, decisionOn = today.ToString("yyyy-MM-dd") })));
        Assert.Equal(HttpStatusCode.Created, (await office.PostAsJsonAsync($"/api/v1/coordination/movements/{id}/commendations",
            new { type = "Certificate", recipientBodyId = ids.PeoplesCommittee, decisionNumber = "99/QĐ-UBND", decisionOn = today.ToString("yyyy-MM-dd") })).StatusCode);
        var after = (await office.GetFromJsonAsync<JsonElement>("/api/v1/coordination/movements")).EnumerateArray().Single(m => m.GetProperty("id").GetGuid() == id);
        Assert.Equal("UBND quận Cầu Giấy", after.GetProperty("commendations")[0].GetProperty("recipient").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await agency.PostAsJsonAsync($"/api/v1/coordination/movements/{id}/commendations",
            new { type = "Certificate", recipient = "X", decisionNumber = "1/QĐ", decisionOn = today.ToString("yyyy-MM-dd") })).StatusCode);

        // Another council's office sees none of it.
        using var stranger = await PetitionKit.ApiAsync(_app, other.OfficeUser, OtherCouncil.Password);
        Assert.DoesNotContain((await stranger.GetFromJsonAsync<JsonElement>("/api/v1/coordination/movements")).EnumerateArray(), m => m.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/api/v1/coordination/movements/{id}/commendations", new { type = "Certificate", recipient = "X", decisionNumber = "1", decisionOn = "2026-01-01" })).StatusCode);
    }
}

public sealed class CoordinationTestsOnSqlite(SqliteApp app) : CoordinationTests(app), IClassFixture<SqliteApp>;

public sealed class CoordinationTestsOnPostgres(PostgresApp app) : CoordinationTests(app), IClassFixture<PostgresApp>;
