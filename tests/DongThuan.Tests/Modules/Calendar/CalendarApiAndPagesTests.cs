using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DongThuan.Tests.Harness;
using DongThuan.Web.Modules.Calendar;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Petitions;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Tests.Modules.Calendar;

/// <summary>The public calendar API, and administrators adjusting a year's days off, which deadlines then follow.</summary>
public abstract class CalendarApiAndPagesTests
{
    private readonly AppFactory _app;

    protected CalendarApiAndPagesTests(AppFactory app)
    {
        app.RequireAvailable();
        _app = app;
    }

    private async Task<JsonElement> Get(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var client = _app.CreateClient();
        var response = await client.GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task Lunar_and_solar_conversions_need_no_sign_in()
    {
        using var client = _app.CreateClient();
        Assert.Equal("{\"year\":2007,\"month\":1,\"day\":1,\"leapMonth\":false}", await client.GetStringAsync("/api/v1/calendar/lunar?date=2007-02-17"));
        Assert.Equal("{\"date\":\"2026-04-26\"}", await client.GetStringAsync("/api/v1/calendar/solar?year=2026&month=3&day=10&leapMonth=false"));
        Assert.Equal("{\"date\":\"2023-03-22\"}", await client.GetStringAsync("/api/v1/calendar/solar?year=2023&month=2&day=1&leapMonth=true"));
    }

    [Theory]
    [InlineData("/api/v1/calendar/lunar?date=06/01/2023")]
    [InlineData("/api/v1/calendar/lunar?date=1800-01-01")]
    [InlineData("/api/v1/calendar/lunar")]
    [InlineData("/api/v1/calendar/solar?year=2024&month=5&day=1&leapMonth=true")]
    [InlineData("/api/v1/calendar/solar?year=2024&month=5")]
    [InlineData("/api/v1/calendar/holidays?year=1800")]
    [InlineData("/api/v1/calendar/due?from=2022-12-20&amount=20&unit=weeks")]
    [InlineData("/api/v1/calendar/due?from=2022-12-20&amount=0&unit=calendar-days")]
    [InlineData("/api/v1/calendar/due?from=hôm-nay&amount=20&unit=calendar-days")]
    public async Task Bad_input_gets_a_400_problem_in_Vietnamese(string url)
    {
        var problem = await Get(url, HttpStatusCode.BadRequest);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Holidays_list_every_day_off_with_substitutes()
    {
        var days = (await Get("/api/v1/calendar/holidays?year=2026")).EnumerateArray()
            .ToDictionary(d => d.GetProperty("date").GetString()!, d => d.GetProperty("name").GetString()!);
        Assert.Equal("Tết Dương lịch", days["2026-01-01"]);
        Assert.Contains("mùng 1", days["2026-02-17"], StringComparison.Ordinal);
        Assert.StartsWith("Nghỉ bù", days["2026-04-27"], StringComparison.Ordinal);
        Assert.Equal(12, days.Count);
    }

    [Fact]
    public async Task Due_dates_follow_the_Civil_Code_and_say_why()
    {
        var due = await Get("/api/v1/calendar/due?from=2022-12-20&amount=20&unit=calendar-days");
        Assert.Equal("2023-01-09", due.GetProperty("due").GetString());
        Assert.Contains("09/01/2023", due.GetProperty("explanation").GetString(), StringComparison.Ordinal);

        var tet = await Get("/api/v1/calendar/due?from=2026-01-27&amount=20&unit=calendar-days");
        Assert.Equal("2026-02-23", tet.GetProperty("due").GetString());

        var hours = await Get("/api/v1/calendar/due?from=2026-03-06T15:00&amount=8&unit=working-hours");
        Assert.Equal("2026-03-09T14:00:00+07:00", hours.GetProperty("due").GetString());
        var utc = await Get("/api/v1/calendar/due?from=2026-03-06T08:00:00Z&amount=8&unit=working-hours");
        Assert.Equal("2026-03-09T14:00:00+07:00", utc.GetProperty("due").GetString());
    }

    [Fact]
    public async Task An_administrator_adjusts_a_year_and_deadlines_follow_it()
    {
        const int year = 2031;
        using var admin = await Browser.SignedInAs(_app, "admin");
        var page = $"/Calendar/Holidays?year={year}";
        var before = await Get($"/api/v1/calendar/due?from={year}-01-01&amount=1&unit=working-days");
        Assert.Equal($"{year}-01-02", before.GetProperty("due").GetString());

        // The government bridges New Year (Wednesday) to the weekend: Thursday 02/01 and Friday 03/01 off, made up on Saturday 04/01.
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(page, new() { ["year"] = $"{year}", ["date"] = $"{year}-01-02", ["kind"] = "DayOff", ["name"] = "Nghỉ liền Tết Dương lịch" }, page + "&handler=Add")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(page, new() { ["year"] = $"{year}", ["date"] = $"{year}-01-03", ["kind"] = "DayOff", ["name"] = "Nghỉ liền Tết Dương lịch" }, page + "&handler=Add")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(page, new() { ["year"] = $"{year}", ["date"] = $"{year}-01-04", ["kind"] = "WorkingDay", ["name"] = "Làm bù ngày 03/01" }, page + "&handler=Add")).StatusCode);

        var html = await admin.GetPageAsync(page);
        Assert.Contains("Nghỉ liền Tết Dương lịch", html, StringComparison.Ordinal);
        Assert.Contains("đã được quản trị viên điều chỉnh", html, StringComparison.Ordinal);
        var holidays = (await Get($"/api/v1/calendar/holidays?year={year}")).EnumerateArray().Select(d => d.GetProperty("date").GetString()).ToList();
        Assert.Contains($"{year}-01-01", holidays); // the defaults were kept
        Assert.Contains($"{year}-01-02", holidays);
        var after = await Get($"/api/v1/calendar/due?from={year}-01-01&amount=1&unit=working-days");
        Assert.Equal($"{year}-01-04", after.GetProperty("due").GetString()); // the make-up Saturday

        // Refusals: a date already listed, a "working day" on a weekday; nothing is stored for either.
        var count = await _app.WithDb((db, _) => db.Set<CalendarDay>().CountAsync());
        var duplicate = await admin.SubmitAsync(page, new() { ["year"] = $"{year}", ["date"] = $"{year}-01-02", ["kind"] = "DayOff", ["name"] = "Lần nữa" }, page + "&handler=Add");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);
        Assert.Contains(CalendarRefusals.DateAlreadyListed.Message, await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var weekday = await admin.SubmitAsync(page, new() { ["year"] = $"{year}", ["date"] = $"{year}-01-07", ["kind"] = "WorkingDay", ["name"] = "Sai" }, page + "&handler=Add");
        Assert.Contains(CalendarRefusals.WorkingDayMustBeWeekend.Message, await weekday.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(count, await _app.WithDb((db, _) => db.Set<CalendarDay>().CountAsync()));

        // Removing Thursday's bridge day archives it; the deadline goes back to Thursday.
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(page, new() { ["year"] = $"{year}", ["date"] = $"{year}-01-02" }, page + "&handler=Remove")).StatusCode);
        Assert.Equal($"{year}-01-02", (await Get($"/api/v1/calendar/due?from={year}-01-01&amount=1&unit=working-days")).GetProperty("due").GetString());
        Assert.True(await _app.WithDb((db, _) => db.Set<CalendarDay>().AnyAsync(d => d.Date == new DateOnly(year, 1, 2) && d.ArchivedAt != null)));
    }

    [Fact]
    public async Task Staff_read_the_calendar_but_only_administrators_change_it()
    {
        const int year = 2032;
        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        var page = $"/Calendar/Holidays?year={year}";
        var html = await office.GetPageAsync(page);
        Assert.Contains("Quốc khánh", html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Add", html, StringComparison.Ordinal);
        var response = await office.SubmitAsync(page, new() { ["year"] = $"{year}", ["date"] = $"{year}-01-02", ["kind"] = "DayOff", ["name"] = "Tự ý" }, page + "&handler=Add");
        Assert.True(Responses.IsRefusal(response));
        Assert.False(await _app.WithDb((db, _) => db.Set<HolidayYear>().AnyAsync(y => y.Year == year)));
    }

    [Fact]
    public async Task Deadline_rules_are_listed_and_a_new_version_cannot_overlap_the_old()
    {
        using var admin = await Browser.SignedInAs(_app, "admin");
        var list = await admin.GetPageAsync("/Calendar/DeadlineRules");
        Assert.Contains(DeadlineCodes.WrittenQuestionAnswer, list, StringComparison.Ordinal);
        Assert.Contains("87/2015/QH13", list, StringComparison.Ordinal);

        var overlapping = await admin.SubmitAsync("/Calendar/DeadlineRules/Edit", new()
        {
            ["Input.Code"] = DeadlineCodes.WrittenQuestionAnswer, ["Input.Name"] = "Trả lời chất vấn", ["Input.Amount"] = "15", ["Input.Unit"] = "CalendarDays",
            ["Input.LegalBasis"] = "Thử", ["Input.ValidFrom"] = "2026-01-01",
        });
        Assert.Contains(CalendarRefusals.RuleOverlap.Message, await overlapping.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var added = await admin.SubmitAsync("/Calendar/DeadlineRules/Edit", new()
        {
            ["Input.Code"] = "test.rule", ["Input.Name"] = "Quy tắc thử", ["Input.Amount"] = "3", ["Input.Unit"] = "WorkingDays",
            ["Input.LegalBasis"] = "Văn bản thử", ["Input.ValidFrom"] = "2026-01-01", ["Input.Starts"] = "Handover",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var due = await _app.WithDb((db, sp) => ((Deadlines)sp.GetService(typeof(Deadlines))!).DueAsync("test.rule", new DateTime(2026, 4, 29), CancellationToken.None));
        Assert.NotNull(due);
        Assert.Equal(new DateOnly(2026, 5, 6), due.Value.Due.Date); // 30/4, 1/5 and the weekend are skipped
        Assert.Contains("Văn bản thử", due.Value.Due.Explanation, StringComparison.Ordinal);

        // Said to count from the handover, the rule ignores an earlier receipt; the shipped petition rule counts from receipt.
        var handedOver = await _app.WithDb((db, sp) => ((Deadlines)sp.GetService(typeof(Deadlines))!).DueAsync("test.rule", new DateOnly(2026, 4, 29), new DateOnly(2026, 4, 1), CancellationToken.None));
        Assert.Equal(new DateOnly(2026, 5, 6), handedOver!.Value.Due.Date);
        var petitionRule = await _app.WithDb((db, sp) => ((Deadlines)sp.GetService(typeof(Deadlines))!).DueAsync(DeadlineCodes.PetitionAnswer, new DateOnly(2026, 4, 29), new DateOnly(2026, 4, 1), CancellationToken.None));
        Assert.Equal(DeadlineStart.Receipt, petitionRule!.Value.Rule.Starts);
        Assert.Equal(new DateOnly(2026, 5, 4), petitionRule.Value.Due.Date); // 1/5 is a day off and 2–3/5 a weekend: the next working day
    }

    [Fact]
    public async Task A_rules_verification_note_is_for_administrators_and_never_under_a_due_date()
    {
        const string Unverified = "hạn chưa xác minh"; // "thời hạn chưa xác minh", "Thời hạn theo luật mới chưa xác minh"
        using var admin = await Browser.SignedInAs(_app, "admin");
        Assert.Contains("Ghi chú cho quản trị viên: Thời hạn theo luật mới chưa xác minh", await admin.GetPageAsync("/Calendar/DeadlineRules"), StringComparison.Ordinal);
        using var office = await Browser.SignedInAs(_app, "phuong.vanphong");
        Assert.DoesNotContain(Unverified, await office.GetPageAsync("/Calendar/DeadlineRules"), StringComparison.Ordinal);
        using (var api = await Petitions.PetitionKit.ApiAsync(_app, "phuong.vanphong"))
        {
            Assert.DoesNotContain(Unverified, await api.GetStringAsync("/api/v1/calendar/rules"), StringComparison.Ordinal);
        }

        // The ward's items of this year fall under the unverified 2026 rules: their due dates give the basis alone.
        var explanations = await _app.WithDb((db, _) => db.Obligations.AsNoTracking().Select(o => o.DueExplanation).ToListAsync());
        Assert.Contains(explanations, e => e.Contains("Căn cứ: Luật Hoạt động giám sát 121/2025/QH15.", StringComparison.Ordinal));
        Assert.Contains(explanations, e => e.Contains("Căn cứ: Quy chế tiếp nhận, xử lý kiến nghị của địa phương.", StringComparison.Ordinal));
        Assert.True(!explanations.Any(e => e.Contains(Unverified, StringComparison.Ordinal) || e.Contains("Chưa tìm thấy", StringComparison.Ordinal)),
            explanations.FirstOrDefault(e => e.Contains(Unverified, StringComparison.Ordinal) || e.Contains("Chưa tìm thấy", StringComparison.Ordinal)));
        var routed = await _app.WithDb((db, _) => db.Petitions.AsNoTracking()
            .Where(p => p.Title == "Cây xanh nghiêng trên phố Dương Quảng Hàm").Select(p => p.Id).SingleAsync());
        using var official = await Browser.SignedInAs(_app, "phuong.ubnd");
        var page = await official.GetPageAsync($"/Petitions/Details/{routed}");
        Assert.Contains("Quy chế tiếp nhận, xử lý kiến nghị của địa phương", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Chưa tìm thấy", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_keeps_days_off_and_deadline_rules_through_the_API_and_the_office_cannot()
    {
        using var admin = await Petitions.PetitionKit.ApiAsync(_app, "admin");
        using var office = await Petitions.PetitionKit.ApiAsync(_app, "thuongtruc");
        static async Task<string?> CodeOf(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString();

        // A bridge day off in a far year (so no other test's deadline moves), listed, refused twice, taken back.
        var day = new { date = "2090-10-11", kind = "DayOff", name = "Nghỉ theo quyết định của Chính phủ" };
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/calendar/days", day)).StatusCode);
        Assert.Contains((await Get("/api/v1/calendar/holidays?year=2090")).EnumerateArray(), d => d.GetProperty("date").GetString() == "2090-10-11");
        Assert.Equal("calendar-date-listed", await CodeOf(await admin.PostAsJsonAsync("/api/v1/calendar/days", day)));
        Assert.Equal("calendar-working-weekend", await CodeOf(await admin.PostAsJsonAsync("/api/v1/calendar/days", new { date = "2090-10-12", kind = "WorkingDay", name = "Làm bù" })));
        Assert.Equal(HttpStatusCode.Forbidden, (await office.PostAsJsonAsync("/api/v1/calendar/days", day with { date = "2090-10-13" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/v1/calendar/days/2090-10-11")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync("/api/v1/calendar/days/2090-10-11")).StatusCode);
        Assert.DoesNotContain((await Get("/api/v1/calendar/holidays?year=2090")).EnumerateArray(), d => d.GetProperty("date").GetString() == "2090-10-11");

        // Rules: staff read them; an administrator adds one, changes it, and cannot overlap it or give a bad code.
        Assert.Contains((await office.GetFromJsonAsync<JsonElement>("/api/v1/calendar/rules")).EnumerateArray(), r => r.GetProperty("code").GetString() == "petition.answer");
        var code = "test.rule-" + Guid.NewGuid().ToString("N")[..6];
        var rule = new { code, name = "Thời hạn thử", amount = 10, unit = "WorkingDays", startEvent = "Ngày nhận", starts = "Receipt", legalBasis = "Thử", validFrom = "2030-01-01", validTo = (string?)null };
        var added = await admin.PostAsJsonAsync("/api/v1/calendar/rules", rule);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var id = JsonDocument.Parse(await added.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync($"/api/v1/calendar/rules/{id}", rule with { amount = 15 })).StatusCode);
        Assert.Equal(15, (await admin.GetFromJsonAsync<JsonElement>("/api/v1/calendar/rules")).EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == id).GetProperty("amount").GetInt32());
        Assert.Equal("rule-overlap", await CodeOf(await admin.PostAsJsonAsync("/api/v1/calendar/rules", rule with { validFrom = "2031-01-01" })));
        Assert.Equal("rule-code", await CodeOf(await admin.PostAsJsonAsync("/api/v1/calendar/rules", rule with { code = "Mã Sai" })));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync($"/api/v1/calendar/rules/{Guid.NewGuid()}", rule)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await office.PostAsJsonAsync("/api/v1/calendar/rules", rule with { code = code + "x" })).StatusCode);
    }
}

public sealed class CalendarApiAndPagesTestsOnSqlite(SqliteApp app) : CalendarApiAndPagesTests(app), IClassFixture<SqliteApp>;

public sealed class CalendarApiAndPagesTestsOnPostgres(PostgresApp app) : CalendarApiAndPagesTests(app), IClassFixture<PostgresApp>;
