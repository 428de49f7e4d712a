using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using DongThuan.Tests.Harness;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Calendar;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Petitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DongThuan.Tests.Modules.Petitions;

/// <summary>Petitions from the citizen's first word to the agency's answer and back, through the pages and the API, for the right people only.</summary>
public abstract class PetitionWorkflowTests
{
    private readonly AppFactory _app;

    protected PetitionWorkflowTests(AppFactory app)
    {
        app.RequireAvailable();
        _app = app;
    }

    /// <summary>
    /// The list and its sheet read the columns they show, not each petition's content and folded text (whole petitions
    /// made the page allocate about a sixth more: issue 21, ADR 0033), and each column still holds its own petition's
    /// value: a routed petition's kind, channel, voters, date, field, agency, state and deadline, as stored.
    /// </summary>
    [Fact]
    public async Task The_list_reads_only_the_columns_it_shows_and_each_holds_its_petitions_value()
    {
        var (whole, listed) = await _app.WithDb((db, _) => Task.FromResult((db.Petitions.ToQueryString(), db.Petitions.Select(ListedPetition.Columns).ToQueryString())));
        Assert.Contains("\"Content\"", whole, StringComparison.Ordinal); // the check tells the two statements apart
        Assert.DoesNotContain("\"Content\"", listed, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Folded\"", listed, StringComparison.Ordinal);

        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        var sheet = await Sheets.ReadAsync(await office.GetAsync("/Petitions?Sort=Code&Asc=true&handler=Xlsx"));
        var row = sheet.First(r => !string.IsNullOrEmpty(r["Lĩnh vực"]?.ToString()) && !string.IsNullOrEmpty(r["Cơ quan giải quyết"]?.ToString())
                                   && !string.IsNullOrEmpty(r["Hạn"]?.ToString()));
        var code = row["Mã"]!.ToString();
        var (petition, field, agency, due) = await _app.WithDb(async (db, _) =>
        {
            var p = await db.Petitions.AsNoTracking().SingleAsync(p => p.TrackingCode == code);
            return (p, await db.PetitionFields.Where(f => f.Id == p.FieldId).Select(f => f.Name).SingleAsync(),
                await db.Bodies.Where(b => b.Id == p.AgencyBodyId).Select(b => b.Name).SingleAsync(),
                await db.Obligations.Where(o => o.Id == p.ObligationId).Select(o => o.DueOn).SingleAsync());
        });
        Assert.Equal(petition.Title, row["Tiêu đề"]?.ToString());
        Assert.Equal(PetitionNames.Of(petition.Kind), row["Loại"]?.ToString());
        Assert.Equal(PetitionNames.Of(petition.Channel), row["Kênh"]?.ToString());
        Assert.Equal(petition.Voters, Convert.ToInt32(row["Số cử tri"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(petition.ReceivedOn.ToString("dd/MM/yyyy"), row["Ngày tiếp nhận"]?.ToString());
        Assert.Equal(field, row["Lĩnh vực"]?.ToString());
        Assert.Equal(agency, row["Cơ quan giải quyết"]?.ToString());
        Assert.Equal(PetitionNames.Of(petition.State), row["Tình trạng"]?.ToString());
        Assert.Equal(due.ToString("dd/MM/yyyy"), row["Hạn"]?.ToString());
    }

    [Fact]
    public async Task The_list_sorts_by_a_column_and_downloads_the_same_rows_and_an_agency_only_its_own()
    {
        static List<string> Codes(string page) =>
            [.. System.Text.RegularExpressions.Regex.Matches(page, "<a href=\"/Petitions/Details/[^\"]+\">([^<]+)</a>").Select(m => m.Groups[1].Value)];

        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        var ascending = Codes(await office.GetPageAsync("/Petitions?Sort=Code&Asc=true"));
        Assert.True(ascending.Count > 1);
        Assert.Equal(ascending.Order(StringComparer.Ordinal), ascending);
        var page = await office.GetPageAsync("/Petitions?Sort=Code");
        Assert.Contains("aria-sort=\"descending\"", page, StringComparison.Ordinal);
        var descending = Codes(page);
        Assert.Equal(descending.OrderDescending(StringComparer.Ordinal), descending);
        Assert.True(string.CompareOrdinal(descending[0], ascending[^1]) >= 0);

        // By deadline, soonest first: every row with a deadline, in order, then those without.
        var byDue = await Sheets.ReadAsync(await office.GetAsync("/Petitions?Sort=Due&Asc=true&handler=Xlsx"));
        var dues = byDue.Select(r => r["Hạn"]?.ToString()).Where(d => !string.IsNullOrEmpty(d)).Select(d => DateOnly.ParseExact(d!, "dd/MM/yyyy")).ToList();
        Assert.NotEmpty(dues);
        Assert.Equal(dues.Order(), dues);
        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync("/Petitions?Sort=Due")).StatusCode);

        var sheet = await Sheets.ReadAsync(await office.GetAsync("/Petitions?Sort=Code&Asc=true&handler=Xlsx"));
        Assert.Equal(ascending, sheet.Take(ascending.Count).Select(r => r["Mã"]?.ToString()));
        Assert.DoesNotContain(sheet, r => r.Keys.Any(k => k.Contains("Họ tên", StringComparison.Ordinal) || k.Contains("Email", StringComparison.Ordinal)));

        // An agency's sheet holds what its list holds, nothing of another agency's.
        using var agency = await Browser.SignedInAs(_app, "ubnd");
        var mine = Codes(await agency.GetPageAsync("/Petitions?Sort=Code&Asc=true"));
        var agencySheet = await Sheets.ReadAsync(await agency.GetAsync("/Petitions?Sort=Code&Asc=true&handler=Xlsx"));
        Assert.NotEmpty(mine);
        Assert.Equal(mine, agencySheet.Take(mine.Count).Select(r => r["Mã"]?.ToString()));
        Assert.True(agencySheet.Count < sheet.Count, "the agency sees fewer petitions than the council office");
    }

    /// <summary>30 calendar days, moved to the next working day (the default rule "petition.answer").</summary>
    private static DateOnly ExpectedDue(DateOnly from) =>
        DeadlineCalculator.Compute(from.ToDateTime(TimeOnly.MinValue), 30, DeadlineUnit.CalendarDays,
            new WorkingDays(new[] { from.Year, from.Year + 1 }.SelectMany(HolidayDefaults.For).Select(d => (d.Date, d.Kind, d.Name)))).Date;

    [Fact]
    public async Task The_demo_holds_two_years_of_petitions_across_channels_mostly_answered_some_late_some_reopened()
    {
        await _app.WithDb(async db =>
        {
            var petitions = await db.Petitions.AsNoTracking().Where(p => p.ReceivedOn >= new DateOnly(2022, 1, 1) && p.ReceivedOn <= new DateOnly(2023, 12, 31)).ToListAsync();
            Assert.InRange(petitions.Count, 250, 600);
            Assert.All(new[] { PetitionChannel.Online, PetitionChannel.VoterMeeting, PetitionChannel.Reception, PetitionChannel.FrontList, PetitionChannel.Compiled },
                c => Assert.Contains(petitions, p => p.Channel == c));
            Assert.Contains(petitions, p => p.ReceivedOn.Year == 2022);
            Assert.Contains(petitions, p => p.ReceivedOn.Year == 2023);
            var compiled = petitions.Where(p => p.Channel == PetitionChannel.Compiled).ToList();
            Assert.All(compiled, c => Assert.True(petitions.Count(s => s.ConsolidatedIntoId == c.Id) >= 2));
            Assert.All(compiled, c => Assert.Equal(petitions.Where(s => s.ConsolidatedIntoId == c.Id).Sum(s => s.Voters), c.Voters));
            var live = petitions.Where(p => p.State != PetitionState.Merged).ToList();
            Assert.True(live.Count(p => p.AnsweredOn is not null) > live.Count / 2, "most petitions are answered");
            Assert.Contains(live, p => p.Reopened > 0);
            Assert.Contains(live, p => p.SupervisionCandidate);
            Assert.Contains(live, p => p.Kind == PetitionKind.Denunciation);
            var obligations = await db.Obligations.AsNoTracking().Where(o => o.Kind == PetitionObligations.Answer).ToListAsync();
            Assert.Contains(obligations, o => o.StatusOn(new DateOnly(2024, 1, 1)) == ObligationStatus.DoneLate);
            Assert.Contains(obligations, o => o.StatusOn(new DateOnly(2024, 1, 1)) == ObligationStatus.DoneOnTime);
            Assert.All(live.Where(p => p.State == PetitionState.Routed), p => Assert.NotNull(p.ObligationId));
            Assert.NotEmpty(await db.RoutingRules.ToListAsync());
        });
    }

    [Fact]
    public async Task A_petition_goes_from_the_public_API_to_the_agency_and_back_to_the_petitioner()
    {
        var title = PetitionKit.Unique("Đèn chiếu sáng ngõ 68 Cầu Giấy hỏng");
        var email = $"{Guid.NewGuid():N}@example.com";
        var code = await PetitionKit.SubmitAsync(_app, title, "Đèn chiếu sáng trong ngõ hỏng hai tháng nay, buổi tối rất tối.", email);
        var id = (await PetitionKit.ByCodeAsync(_app, code)).Id;
        // The ward names the council: phường Cầu Giấy's, sitting today; the committee's own officer answers for it.
        Assert.Equal(await PetitionKit.BodyAsync(_app, "HĐND phường Cầu Giấy"), (await PetitionKit.ByCodeAsync(_app, code)).CouncilId);
        using var office = await PetitionKit.ApiAsync(_app, PetitionKit.Office);
        using var official = await PetitionKit.ApiAsync(_app, await PetitionKit.AgencyAccountAsync(_app, PetitionKit.Committee), OtherCouncil.Password);
        using var stranger = await PetitionKit.ApiAsync(_app, "phuong.daibieu");
        var urban = await PetitionKit.BodyAsync(_app, PetitionKit.Urban);
        var ubnd = await PetitionKit.BodyAsync(_app, PetitionKit.Committee);

        // Nobody outside the office sees a petition in the inbox; the agency cannot route it.
        Assert.Equal(HttpStatusCode.NotFound, (await official.GetAsync($"/api/v1/petitions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/petitions/{id}")).StatusCode);
        var incomplete = await office.PostAsJsonAsync($"/api/v1/petitions/{id}/route", new { fieldId = PetitionKit.FieldId(1) });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, incomplete.StatusCode);
        Assert.Contains(PetitionRefusals.RoutingIncomplete.Message, await incomplete.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Routed to the urban-management department: the committee's officer does not see it.
        var routed = await office.PostAsJsonAsync($"/api/v1/petitions/{id}/route", new { fieldId = PetitionKit.FieldId(1), level = "Commune", agencyBodyId = urban });
        Assert.Equal(HttpStatusCode.OK, routed.StatusCode);
        var petition = await PetitionKit.ByCodeAsync(_app, code);
        var obligation = await _app.WithDb((db, _) => db.Obligations.AsNoTracking().SingleAsync(o => o.Id == petition.ObligationId));
        Assert.Equal((PetitionObligations.Answer, urban, ObligationState.Open), (obligation.Kind, obligation.OwnerBodyId, obligation.State));
        Assert.Equal(ExpectedDue(petition.RoutedOn!.Value), obligation.OriginalDueOn);
        Assert.Equal(HttpStatusCode.NotFound, (await official.GetAsync($"/api/v1/petitions/{id}")).StatusCode);
        Assert.DoesNotContain(code, await official.GetStringAsync("/api/v1/petitions"), StringComparison.Ordinal);

        // Transferred to the people's committee, with a reason; the due date stays.
        var noReason = await office.PostAsJsonAsync($"/api/v1/petitions/{id}/transfer", new { agencyBodyId = ubnd });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await office.PostAsJsonAsync($"/api/v1/petitions/{id}/transfer", new { agencyBodyId = ubnd, reason = "Thuộc thẩm quyền UBND phường" })).StatusCode);
        var moved = await _app.WithDb((db, _) => db.Obligations.AsNoTracking().SingleAsync(o => o.Id == petition.ObligationId));
        Assert.Equal((ubnd, obligation.OriginalDueOn), (moved.OwnerBodyId, moved.OriginalDueOn));
        using (var detail = JsonDocument.Parse(await official.GetStringAsync($"/api/v1/petitions/{id}")))
        {
            Assert.Equal("Routed", detail.RootElement.GetProperty("summary").GetProperty("state").GetString());
        }

        // The agency answers; the office sends it back once, then accepts it; the petitioner is told by email.
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/api/v1/petitions/{id}/review", new { accept = true })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await official.PostAsJsonAsync($"/api/v1/petitions/{id}/answer", new { text = "Đã thay 4 bóng đèn." })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await official.PostAsJsonAsync($"/api/v1/petitions/{id}/review", new { accept = true })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await office.PostAsJsonAsync($"/api/v1/petitions/{id}/review", new { accept = false })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await office.PostAsJsonAsync($"/api/v1/petitions/{id}/review", new { accept = false, reason = "Nêu rõ thời gian hoàn thành" })).StatusCode);
        Assert.Equal(PetitionState.Routed, (await PetitionKit.ByCodeAsync(_app, code)).State);
        Assert.Equal(HttpStatusCode.OK, (await official.PostAsJsonAsync($"/api/v1/petitions/{id}/answer", new { text = "Đã thay 4 bóng đèn LED ngày 10, kiểm tra hằng tháng." })).StatusCode);
        var mailFolder = Path.Combine(await _app.WithDb((_, sp) => Task.FromResult(DatabaseSetup.DataDirectory(sp.GetRequiredService<IConfiguration>()))), "mail");
        var before = Directory.Exists(mailFolder) ? Directory.GetFiles(mailFolder).Length : 0;
        Assert.Equal(HttpStatusCode.OK, (await office.PostAsJsonAsync($"/api/v1/petitions/{id}/review", new { accept = true })).StatusCode);
        var answered = await PetitionKit.ByCodeAsync(_app, code);
        Assert.Equal(PetitionState.Answered, answered.State);
        Assert.Equal(ObligationState.Fulfilled, (await _app.WithDb((db, _) => db.Obligations.AsNoTracking().SingleAsync(o => o.Id == petition.ObligationId))).State);
        var mails = Directory.GetFiles(mailFolder).Select(File.ReadAllText).ToList();
        Assert.True(mails.Count > before);
        Assert.Contains(mails, m => m.Contains(email, StringComparison.Ordinal) && m.Contains(code, StringComparison.Ordinal));

        // The petitioner sees the answer with the right contact only, and rates it "not resolved"; the office reopens it.
        using var anonymous = _app.CreateClient();
        var wrong = await PetitionKit.StatusAsync(anonymous, code, "someone@example.com");
        var unknown = await PetitionKit.StatusAsync(anonymous, "KN-2222-2222", email);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (wrong.StatusCode, unknown.StatusCode));
        Assert.Equal(JsonDocument.Parse(await wrong.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString(),
            JsonDocument.Parse(await unknown.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
        using (var status = JsonDocument.Parse(await (await PetitionKit.StatusAsync(anonymous, code.ToLowerInvariant(), ("+84 987 654 321"))).Content.ReadAsStringAsync()))
        {
            Assert.Equal("Answered", status.RootElement.GetProperty("state").GetString());
            Assert.Contains("LED", status.RootElement.GetProperty("answer").GetString(), StringComparison.Ordinal);
            Assert.True(status.RootElement.GetProperty("canRate").GetBoolean());
            Assert.DoesNotContain("Nêu rõ thời gian", status.RootElement.ToString(), StringComparison.Ordinal);
        }

        using var citizen = Browser.Open(_app);
        var rated = await citizen.SubmitAsync("/Petitions/Status", new() { ["code"] = code, ["contact"] = email, ["Rating"] = "NotResolved", ["Note"] = "Đèn lại hỏng." },
            "/Petitions/Status?handler=Rate");
        Assert.Equal(HttpStatusCode.OK, rated.StatusCode);
        Assert.Equal(PetitionState.NotResolved, (await PetitionKit.ByCodeAsync(_app, code)).State);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await office.PostAsJsonAsync($"/api/v1/petitions/{id}/reopen", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await office.PostAsJsonAsync($"/api/v1/petitions/{id}/reopen", new { reason = "Yêu cầu kiểm tra lại" })).StatusCode);
        var reopened = await PetitionKit.ByCodeAsync(_app, code);
        var again = await _app.WithDb((db, _) => db.Obligations.AsNoTracking().SingleAsync(o => o.Id == petition.ObligationId));
        Assert.Equal((PetitionState.Routed, 1, ObligationState.Open), (reopened.State, reopened.Reopened, again.State));
        Assert.Equal(obligation.OriginalDueOn, again.OriginalDueOn);
        // The reopening adds its date, not the rule's whole paragraph again.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(again.DueExplanation, "Căn cứ:"));
        Assert.Contains("Mở lại, hạn trả lời", again.DueExplanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_office_routes_the_agency_answers_and_the_office_accepts_through_the_pages()
    {
        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        var title = PetitionKit.Unique("Rác tồn đọng tại điểm tập kết ngõ 20 Nguyễn Khang");
        var entered = await office.SubmitAsync("/Petitions/Enter", new()
        {
            ["Input.Channel"] = "Reception", ["Input.Kind"] = "Feedback", ["Input.Title"] = title, ["Input.Content"] = "Rác tồn đọng ba ngày chưa được thu gom.",
            ["Input.Voters"] = "1", ["Input.ReceivedOn"] = "2026-11-20", ["Input.Name"] = "Phạm Văn Dũng",
            ["Input.CouncilId"] = (await DemoIds.LoadAsync(_app)).Council.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, entered.StatusCode);
        var details = entered.Headers.Location!.OriginalString;
        var id = Guid.Parse(details[(details.LastIndexOf('/') + 1)..]);

        // The rule for "Môi trường" at district level suggests the environment department.
        var suggested = await office.GetPageAsync($"/Petitions/Route/{id}?Input.FieldId={PetitionKit.FieldId(2)}&Input.Level=District");
        var environment = await PetitionKit.BodyAsync(_app, "Phòng Tài nguyên và Môi trường");
        Assert.Contains($"<option value=\"{environment}\" selected=\"selected\">", suggested, StringComparison.Ordinal);
        var ubnd = await PetitionKit.BodyAsync(_app, "UBND quận Cầu Giấy");
        // With the agency chosen, "show only its people" (a GET of the same form, no script) narrows the responsible person to it.
        var people = await _app.WithDb((db, _) => db.Positions.Where(p => p.ArchivedAt == null).Select(p => new { p.PersonId, p.BodyId }).ToListAsync());
        var narrowed = await office.GetPageAsync($"/Petitions/Route/{id}?Input.FieldId={PetitionKit.FieldId(2)}&Input.Level=District&Input.AgencyBodyId={environment}");
        var offered = Regex.Matches(narrowed[narrowed.IndexOf("name=\"Input.OfficialPersonId\"", StringComparison.Ordinal)..narrowed.IndexOf("</select>", narrowed.IndexOf("name=\"Input.OfficialPersonId\"", StringComparison.Ordinal), StringComparison.Ordinal)],
            "<option value=\"([0-9a-f-]{36})\"").Select(m => Guid.Parse(m.Groups[1].Value)).ToList();
        Assert.NotEmpty(offered);
        Assert.All(offered, person => Assert.Contains(people, p => p.PersonId == person && p.BodyId == environment));
        Assert.Contains("Chỉ hiện người của Phòng Tài nguyên và Môi trường", WebUtility.HtmlDecode(narrowed), StringComparison.Ordinal);
        var routed = await office.SubmitAsync($"/Petitions/Route/{id}", new()
        {
            ["Input.FieldId"] = PetitionKit.FieldId(2).ToString(), ["Input.Level"] = "District", ["Input.AgencyBodyId"] = ubnd.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, routed.StatusCode);

        using var official = await Browser.SignedInAs(_app, "ubnd");
        var agencyView = await official.GetPageAsync(details);
        Assert.DoesNotContain("Phạm Văn Dũng", agencyView, StringComparison.Ordinal);
        var interim = await official.SubmitAsync($"/Petitions/Answer/{id}", new() { ["Input.Text"] = "Đang làm việc với đơn vị thu gom.", ["Input.Interim"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, interim.StatusCode);
        var p = await _app.WithDb((db, _) => db.Petitions.AsNoTracking().SingleAsync(x => x.Id == id));
        Assert.Equal((PetitionState.Routed, "Đang làm việc với đơn vị thu gom."), (p.State, p.InterimAnswer));
        var due = await _app.WithDb((db, _) => db.Obligations.AsNoTracking().SingleAsync(o => o.Id == p.ObligationId));
        Assert.Equal(due.OriginalDueOn, due.DueOn);
        Assert.NotNull(due.InterimOn);

        var answered = await official.SubmitAsync($"/Petitions/Answer/{id}", new() { ["Input.Text"] = "Đã thu gom, bố trí thêm chuyến xe buổi tối." });
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await office.SubmitAsync(details, [], details + "?handler=Accept")).StatusCode);
        var done = await _app.WithDb((db, _) => db.Petitions.AsNoTracking().SingleAsync(x => x.Id == id));
        Assert.Equal(PetitionState.Answered, done.State);
        var rated = await office.SubmitAsync(details, new() { ["Rating"] = "Resolved" }, details + "?handler=Rate");
        Assert.Equal(HttpStatusCode.Redirect, rated.StatusCode);
        Assert.Equal(PetitionState.Closed, (await _app.WithDb((db, _) => db.Petitions.AsNoTracking().SingleAsync(x => x.Id == id))).State);

        // An illegal step on a page: accepting again is refused with the reason, and nothing changes.
        var again = await office.SubmitAsync(details, [], details + "?handler=Accept");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains(PetitionRefusals.OnlyAnswerSubmitted.Message, await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_department_does_not_see_another_departments_petitions_and_citizens_see_no_staff_page()
    {
        var code = await PetitionKit.SubmitAsync(_app, PetitionKit.Unique("Xe tải chở vật liệu rơi vãi"), "Xe tải rơi vãi đất cát trên đường Xuân Thủy.", $"{Guid.NewGuid():N}@example.com");
        var id = (await PetitionKit.ByCodeAsync(_app, code)).Id;
        using var office = await PetitionKit.ApiAsync(_app, PetitionKit.Office);
        var urban = await PetitionKit.BodyAsync(_app, PetitionKit.Urban);
        Assert.Equal(HttpStatusCode.OK, (await office.PostAsJsonAsync($"/api/v1/petitions/{id}/route", new { fieldId = PetitionKit.FieldId(3), level = "Commune", agencyBodyId = urban })).StatusCode);
        using var ubnd = await Browser.SignedInAs(_app, await PetitionKit.AgencyAccountAsync(_app, PetitionKit.Culture), OtherCouncil.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await ubnd.GetAsync($"/Petitions/Details/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ubnd.GetAsync($"/Petitions/Answer/{id}")).StatusCode);
        Assert.DoesNotContain(code, await ubnd.GetPageAsync("/Petitions?State=Routed"), StringComparison.Ordinal);
        using var citizen = await Browser.SignedInAs(_app, "congdan");
        Assert.True(Responses.IsRefusal(await citizen.GetAsync("/Petitions")));
        Assert.True(Responses.IsRefusal(await citizen.GetAsync($"/Petitions/Details/{id}")));
        using var anonymous = Browser.Open(_app);
        Assert.True(Responses.IsRefusal(await anonymous.GetAsync($"/Petitions/Details/{id}")));
    }

    [Fact]
    public async Task The_person_responsible_must_be_of_the_chosen_agency_and_the_form_lists_them_under_it()
    {
        var code = await PetitionKit.SubmitAsync(_app, PetitionKit.Unique("Cây đổ chắn lối đi"), "Cây đổ chắn lối đi ngõ 12.", $"{Guid.NewGuid():N}@example.com");
        var id = (await PetitionKit.ByCodeAsync(_app, code)).Id;
        var urban = await PetitionKit.BodyAsync(_app, PetitionKit.Urban);
        var (head, outsider) = await _app.WithDb(async (db, _) => (
            await db.Positions.Where(p => p.BodyId == urban).Select(p => p.PersonId).FirstAsync(),
            await db.Positions.Join(db.Bodies.Where(b => b.Name == "Văn phòng HĐND và UBND phường Cầu Giấy"), p => p.BodyId, b => b.Id, (p, _) => p.PersonId).FirstAsync()));
        using var office = await PetitionKit.ApiAsync(_app, PetitionKit.Office);
        var wrong = await office.PostAsJsonAsync($"/api/v1/petitions/{id}/route", new { fieldId = PetitionKit.FieldId(1), level = "Commune", agencyBodyId = urban, officialPersonId = outsider });
        Assert.Equal("petition-official-agency", JsonDocument.Parse(await wrong.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString());
        Assert.Equal(PetitionState.Received, (await PetitionKit.ByCodeAsync(_app, code)).State);

        using var browser = await Browser.SignedInAs(_app, PetitionKit.Office);
        var form = await browser.GetPageAsync($"/Petitions/Route/{id}");
        var group = form[form.IndexOf($"<optgroup label=\"{PetitionKit.Urban}\">", StringComparison.Ordinal)..];
        Assert.Contains($"<option value=\"{head}\">", group[..group.IndexOf("</optgroup>", StringComparison.Ordinal)], StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await office.PostAsJsonAsync($"/api/v1/petitions/{id}/route",
            new { fieldId = PetitionKit.FieldId(1), level = "Commune", agencyBodyId = urban, officialPersonId = head })).StatusCode);
        Assert.Equal(head, (await PetitionKit.ByCodeAsync(_app, code)).OfficialPersonId);

        // Transferring keeps the rule: the urban department's head is not the committee's.
        var committee = await PetitionKit.BodyAsync(_app, PetitionKit.Committee);
        var transfer = await office.PostAsJsonAsync($"/api/v1/petitions/{id}/transfer", new { agencyBodyId = committee, officialPersonId = head, reason = "Thuộc thẩm quyền UBND phường" });
        Assert.Equal("petition-official-agency", JsonDocument.Parse(await transfer.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString());
        Assert.Equal(urban, (await PetitionKit.ByCodeAsync(_app, code)).AgencyBodyId);
    }

    [Fact]
    public async Task The_office_merges_petitions_suggested_as_duplicates_and_can_undo_the_merge()
    {
        var tag = Guid.NewGuid().ToString("N")[..5];
        var first = await PetitionKit.SubmitAsync(_app, $"Ngập úng đường Trần Thái Tông {tag}", $"Mỗi trận mưa lớn đường Trần Thái Tông ngập sâu, đề nghị nạo vét cống thoát nước {tag}.", $"{tag}a@example.com");
        var second = await PetitionKit.SubmitAsync(_app, $"ngap ung duong tran thai tong {tag}", $"mua lon la duong tran thai tong ngap sau, de nghi nao vet cong thoat nuoc {tag}", $"{tag}b@example.com");
        var a = await PetitionKit.ByCodeAsync(_app, first);
        var b = await PetitionKit.ByCodeAsync(_app, second);
        using var office = await Browser.SignedInAs(_app, PetitionKit.Office);
        var details = await office.GetPageAsync($"/Petitions/Details/{a.Id}");
        Assert.Contains(second, details, StringComparison.Ordinal);
        var compile = await office.GetPageAsync($"/Petitions/Compile?ids={a.Id}&ids={b.Id}");
        Assert.Contains(first, compile, StringComparison.Ordinal);

        var merged = await office.Client.PostAsync("/Petitions/Compile", await FormAsync(office, "/Petitions/Compile",
            [("Ids", a.Id.ToString()), ("Ids", b.Id.ToString()), ("Title", $"Ngập úng đường Trần Thái Tông {tag}"), ("ConsolidatedContent", "Cử tri hai nơi cùng kiến nghị.")]));
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        var consolidatedUrl = merged.Headers.Location!.OriginalString;
        var consolidatedId = Guid.Parse(consolidatedUrl[(consolidatedUrl.LastIndexOf('/') + 1)..]);
        var consolidated = await _app.WithDb((db, _) => db.Petitions.AsNoTracking().SingleAsync(p => p.Id == consolidatedId));
        Assert.Equal((PetitionChannel.Compiled, 2), (consolidated.Channel, consolidated.Voters));
        Assert.Equal(PetitionState.Merged, (await PetitionKit.ByCodeAsync(_app, first)).State);
        var page = await office.GetPageAsync(consolidatedUrl);
        Assert.Contains(first, page, StringComparison.Ordinal);
        Assert.Contains(second, page, StringComparison.Ordinal);

        // The petitioner of a merged petition follows the consolidated one.
        using var anonymous = _app.CreateClient();
        using (var status = JsonDocument.Parse(await (await PetitionKit.StatusAsync(anonymous, first, $"{tag}a@example.com")).Content.ReadAsStringAsync()))
        {
            Assert.Equal(consolidated.TrackingCode, status.RootElement.GetProperty("mergedInto").GetString());
        }

        // Merging again is refused; undoing restores both.
        var twice = await office.Client.PostAsync("/Petitions/Compile", await FormAsync(office, "/Petitions/Compile",
            [("Ids", a.Id.ToString()), ("Ids", b.Id.ToString()), ("Title", "x"), ("ConsolidatedContent", "y")]));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, twice.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await office.SubmitAsync(consolidatedUrl, [], consolidatedUrl + "?handler=Unmerge")).StatusCode);
        Assert.Equal(PetitionState.Received, (await PetitionKit.ByCodeAsync(_app, first)).State);
        Assert.Equal(PetitionState.Received, (await PetitionKit.ByCodeAsync(_app, second)).State);
    }

    [Fact]
    public async Task A_voter_meeting_is_recorded_its_petitions_entered_and_the_group_gets_its_report_back_list()
    {
        var ids = await DemoIds.LoadAsync(_app);
        var group = await _app.WithDb((db, _) => db.Bodies.Where(b => b.Name.StartsWith("Tổ đại biểu số 1 ")).Select(b => b.Id).SingleAsync());
        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        var recorded = await office.SubmitAsync("/Petitions/Meetings/Record", new()
        {
            ["Input.GroupId"] = group.ToString(), ["Input.HeldOn"] = "2026-11-25", ["Input.Place"] = "Nhà văn hóa tổ dân phố 5", ["Input.DelegatesPresent"] = "3 đại biểu",
            ["Input.VotersAttending"] = "85", ["Input.Timing"] = "BeforeSession",
        });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var meetingUrl = recorded.Headers.Location!.OriginalString;
        var meetingId = Guid.Parse(meetingUrl[(meetingUrl.LastIndexOf('/') + 1)..]);
        var title = PetitionKit.Unique("Sửa chữa nhà văn hóa tổ dân phố 5");
        var entered = await office.SubmitAsync($"/Petitions/Enter?meetingId={meetingId}", new()
        {
            ["Input.Channel"] = "VoterMeeting", ["Input.VoterMeetingId"] = meetingId.ToString(), ["Input.Kind"] = "Feedback", ["Input.Title"] = title,
            ["Input.Content"] = "Nhà văn hóa dột, xuống cấp.", ["Input.Voters"] = "12", ["Input.CouncilId"] = ids.Council.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, entered.StatusCode);
        Assert.Contains(title, await office.GetPageAsync(meetingUrl), StringComparison.Ordinal);

        // A voter-meeting petition without its meeting is refused.
        var orphan = await office.SubmitAsync("/Petitions/Enter", new()
        {
            ["Input.Channel"] = "VoterMeeting", ["Input.Kind"] = "Feedback", ["Input.Title"] = "x", ["Input.Content"] = "y", ["Input.CouncilId"] = ids.Council.ToString(),
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, orphan.StatusCode);

        using var delegateBrowser = await Browser.SignedInAs(_app, "daibieu");
        var list = await delegateBrowser.GetPageAsync($"/Petitions/ReportBack?GroupId={group}");
        Assert.Contains(title, list, StringComparison.Ordinal);
        var otherGroup = await _app.WithDb((db, _) => db.Bodies.Where(b => b.Name.StartsWith("Tổ đại biểu số 2 ")).Select(b => b.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await delegateBrowser.GetAsync($"/Petitions/ReportBack?GroupId={otherGroup}")).StatusCode);
    }

    /// <summary>A form with repeated fields (checkbox lists), with the page's antiforgery token.</summary>
    internal static async Task<FormUrlEncodedContent> FormAsync(Browser browser, string url, IEnumerable<(string Key, string Value)> fields)
    {
        var html = await browser.GetPageAsync(url);
        var token = System.Text.RegularExpressions.Regex.Matches(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Last().Groups[1].Value;
        return new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))
            .Append(new("__RequestVerificationToken", WebUtility.HtmlDecode(token))));
    }

    [Fact]
    public async Task The_office_merges_unmerges_reclassifies_and_dismisses_through_the_API_and_an_agency_cannot()
    {
        var codes = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            codes.Add(await PetitionKit.SubmitAsync(_app, PetitionKit.Unique("Ngõ 68 ngập"), "Ngõ 68 Cầu Giấy ngập sau mưa.", $"{Guid.NewGuid():N}@example.com"));
        }

        var ids = new List<Guid>();
        foreach (var code in codes)
        {
            ids.Add((await PetitionKit.ByCodeAsync(_app, code)).Id);
        }

        using var office = await PetitionKit.ApiAsync(_app, PetitionKit.Office);
        using var agency = await PetitionKit.ApiAsync(_app, PetitionKit.Official);
        static async Task<string?> Code(HttpResponseMessage r) => System.Text.Json.JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString();

        // Two merged into one, then the merge undone: both are received again.
        Assert.Equal(HttpStatusCode.Forbidden, (await agency.PostAsJsonAsync("/api/v1/petitions/merged", new { ids = ids.Take(2), title = "x", content = "y" })).StatusCode);
        var merged = await office.PostAsJsonAsync("/api/v1/petitions/merged", new { ids = ids.Take(2), title = "Ngập ngõ 68 Cầu Giấy", content = "Nhiều cử tri phản ánh ngõ 68 ngập." });
        Assert.Equal(HttpStatusCode.Created, merged.StatusCode);
        var consolidated = System.Text.Json.JsonDocument.Parse(await merged.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        Assert.All(ids.Take(2), id => Assert.Equal(PetitionState.Merged, _app.WithDb((db, _) => db.Petitions.Where(p => p.Id == id).Select(p => p.State).SingleAsync()).Result));
        Assert.Equal(HttpStatusCode.OK, (await office.PostAsync($"/api/v1/petitions/{consolidated}/unmerge", null)).StatusCode);
        Assert.All(ids.Take(2), id => Assert.Equal(PetitionState.Received, _app.WithDb((db, _) => db.Petitions.Where(p => p.Id == id).Select(p => p.State).SingleAsync()).Result));

        // Recognised as a denunciation: its author is restricted in the same save.
        Assert.Equal(HttpStatusCode.OK, (await office.PostAsJsonAsync($"/api/v1/petitions/{ids[2]}/reclassify", new { kind = "Denunciation" })).StatusCode);
        var (kind, restricted) = await _app.WithDb(async (db, _) => (await db.Petitions.Where(p => p.Id == ids[2]).Select(p => p.Kind).SingleAsync(),
            await db.PetitionerIdentities.Where(x => x.PetitionId == ids[2]).Select(x => x.Restricted).SingleAsync()));
        Assert.Equal((PetitionKind.Denunciation, true), (kind, restricted));

        // Dismissed with a reason; without one it is refused.
        Assert.Equal("petition-reason", await Code(await office.PostAsJsonAsync($"/api/v1/petitions/{ids[0]}/dismiss", new { reason = "" })));
        Assert.Equal(HttpStatusCode.OK, (await office.PostAsJsonAsync($"/api/v1/petitions/{ids[0]}/dismiss", new { reason = "Không thuộc thẩm quyền của Hội đồng nhân dân." })).StatusCode);
        Assert.Equal(PetitionState.Closed, (await PetitionKit.ByCodeAsync(_app, codes[0])).State);
    }
}

public sealed class PetitionWorkflowTestsOnSqlite(SqliteApp app) : PetitionWorkflowTests(app), IClassFixture<SqliteApp>;

public sealed class PetitionWorkflowTestsOnPostgres(PostgresApp app) : PetitionWorkflowTests(app), IClassFixture<PostgresApp>;
