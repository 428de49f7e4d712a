using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DongThuan.Tests.Harness;
using DongThuan.Tests.Modules.Petitions;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Petitions;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Tests.Infrastructure;

/// <summary>
/// The demo is alive on the day it is seeded: phường Cầu Giấy, the district's successor, has this year's questions and
/// petitions, some done, some due, some overdue, and its officers have been told whose turn it is; the district, which
/// ended in 2025, is no longer offered to the public, while its 2022 stays as it was.
/// </summary>
public abstract class LiveDemoTests
{
    private readonly AppFactory _app;

    protected LiveDemoTests(AppFactory app)
    {
        app.RequireAvailable();
        _app = app;
    }

    private Task<Guid> WardCouncilAsync() => _app.WithDb((db, _) => db.Bodies.Where(b => b.Name == "HĐND phường Cầu Giấy" && b.Kind == BodyKind.Council).Select(b => b.Id).SingleAsync());

    private sealed record SharedCouncil(Body Council, IReadOnlyList<Body> Committees);

    [Fact]
    public async Task Between_demo_parts_only_what_is_shared_stays_tracked_and_an_unsaved_change_stops_the_seeding()
    {
        var councilId = await WardCouncilAsync();
        await _app.WithDb(async (db, sp) =>
        {
            var council = await db.Bodies.SingleAsync(b => b.Id == councilId);
            var committees = await db.Bodies.Where(b => b.ParentBodyId == councilId).ToListAsync();
            var unit = await db.Units.FirstAsync();
            var run = new DongThuan.Web.Infrastructure.Demo.DemoRun(db, sp);
            run.Share(new SharedCouncil(council, committees));

            run.Forget("test");
            Assert.Equal(EntityState.Unchanged, db.Entry(council).State);
            Assert.All(committees, c => Assert.Equal(EntityState.Unchanged, db.Entry(c).State));
            Assert.NotEmpty(committees);
            Assert.Equal(EntityState.Detached, db.Entry(unit).State);

            // A part that leaves a change unsaved is refused by name, before anything is let go of.
            council.Archive(DateTimeOffset.UtcNow);
            var refused = Assert.Throws<InvalidOperationException>(() => run.Forget("a careless part"));
            Assert.Contains("a careless part", refused.Message, StringComparison.Ordinal);
            Assert.Contains(nameof(Body), refused.Message, StringComparison.Ordinal);
            Assert.Equal(EntityState.Modified, db.Entry(council).State);
            return 0;
        });
    }

    [Fact]
    public async Task The_ward_council_of_today_has_work_done_due_and_overdue_and_its_officers_were_told()
    {
        using var office = await PetitionKit.ApiAsync(_app, "phuong.vanphong");
        var questions = (await office.GetFromJsonAsync<JsonElement>("/api/v1/questions")).EnumerateArray().Select(q => q.GetProperty("state").GetString()).Order().ToList();
        Assert.Equal(["Answered", "Forwarded", "Forwarded", "Satisfied", "Submitted"], questions);
        var overdue = await office.GetFromJsonAsync<JsonElement>("/api/v1/obligations?state=overdue");
        Assert.Contains(overdue.EnumerateArray(), o => o.GetProperty("kind").GetString() == "question.answer");
        Assert.Contains(overdue.EnumerateArray(), o => o.GetProperty("kind").GetString() == "petition.answer");
        var open = (await office.GetFromJsonAsync<JsonElement>("/api/v1/obligations?state=open")).EnumerateArray().ToList();
        Assert.Contains(open, o => o.GetProperty("state").GetString() is "open" or "due-soon");
        var done = await office.GetFromJsonAsync<JsonElement>("/api/v1/obligations?state=done");
        Assert.True(done.GetArrayLength() >= 3);

        // Supervision and the joint programme are alive too: a recommendation and a task overdue, each due in a few days, some done.
        foreach (var kind in new[] { "supervision.recommendation", "coordination.task" })
        {
            Assert.Contains(overdue.EnumerateArray(), o => o.GetProperty("kind").GetString() == kind);
            Assert.Contains(open, o => o.GetProperty("kind").GetString() == kind && o.GetProperty("state").GetString() == "due-soon");
            Assert.Contains(done.EnumerateArray(), o => o.GetProperty("kind").GetString() == kind);
        }

        using (var pages = await Browser.SignedInAs(_app, "phuong.vanphong"))
        {
            Assert.Contains("Giám sát công tác thu gom, xử lý rác thải sinh hoạt trên địa bàn phường", await pages.GetPageAsync("/Supervision"), StringComparison.Ordinal);
            // Counted from the day the demo was seeded, which is not today when the run crossed midnight in Vietnam.
            var today = await DemoTemplate.SeededOnAsync(_app.Provider);
            var year = DongThuan.Web.Modules.Coordination.Demo.WardCoordinationToday.ProgrammeYear(today);
            Assert.Contains($"Chương trình phối hợp công tác năm {year}", await pages.GetPageAsync("/Coordination"), StringComparison.Ordinal);

            // A session held three weeks ago and the next one, twelve days ahead, with its agenda.
            var sessions = await pages.GetPageAsync("/Sessions");
            Assert.Contains(today.AddDays(-20).ToString("dd/MM/yyyy"), sessions, StringComparison.Ordinal);
            Assert.Contains(today.AddDays(12).ToString("dd/MM/yyyy"), sessions, StringComparison.Ordinal);

            // The next session already has its reports and proposal; the held one its resolution and two groups' opinions,
            // one answered and one the executive still owes (on the board, due after the session's rule).
            using var api = await PetitionKit.ApiAsync(_app, "phuong.vanphong");
            var ward = await WardCouncilAsync();
            var listed = (await api.GetFromJsonAsync<JsonElement>("/api/v1/sessions")).EnumerateArray().Where(x => x.GetProperty("councilId").GetGuid() == ward).ToList();
            var next = await api.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{listed.Single(x => x.GetProperty("startsOn").GetString() == today.AddDays(12).ToString("yyyy-MM-dd")).GetProperty("id").GetGuid()}");
            var held = await api.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{listed.Single(x => x.GetProperty("startsOn").GetString() == today.AddDays(-20).ToString("yyyy-MM-dd")).GetProperty("id").GetGuid()}");
            Assert.Equal(3, next.GetProperty("documents").GetArrayLength());
            Assert.Contains(held.GetProperty("documents").EnumerateArray(), d => d.GetProperty("type").GetString() == "Resolution" && d.GetProperty("votesFor").GetInt32() == 28);
            var opinions = held.GetProperty("opinions").EnumerateArray().ToList();
            Assert.Equal(2, opinions.Count);
            Assert.Single(opinions, o => o.GetProperty("response").ValueKind == JsonValueKind.Null);
            Assert.Contains(open, o => o.GetProperty("kind").GetString() == "session.group-opinion");
        }

        // The ward's executive officer was told, once, of each item now waiting on it; the district's office sees none of the ward's.
        using var executive = await PetitionKit.ApiAsync(_app, "phuong.ubnd");
        var told = (await executive.GetFromJsonAsync<JsonElement>("/api/v1/notifications")).EnumerateArray().ToList();
        Assert.Contains(told, n => n.GetProperty("kind").GetString() == "turn" && n.GetProperty("subjectKind").GetString() == "Question");
        Assert.Contains(told, n => n.GetProperty("kind").GetString() == "turn" && n.GetProperty("subjectKind").GetString() == "Petition");
        using var districtOffice = await PetitionKit.ApiAsync(_app, "thuongtruc");
        var districtQuestions = (await districtOffice.GetFromJsonAsync<JsonElement>("/api/v1/questions")).EnumerateArray().Select(q => q.GetProperty("title").GetString()).ToList();
        Assert.DoesNotContain("Chiếu sáng ngõ 68 Cầu Giấy", districtQuestions);
    }

    [Fact]
    public async Task Each_role_of_the_ward_finds_its_own_work_on_the_home_page()
    {
        using var office = await Browser.SignedInAs(_app, "phuong.vanphong");
        var home = await office.GetPageAsync("/");
        Assert.Contains("Việc tôi phải làm", home, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/Questions\">Chất vấn chờ chuyển người trả lời</a>: <strong>1</strong>", home, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/Questions\">Chất vấn đại biểu đã đánh giá, chờ kết thúc</a>: <strong>1</strong>", home, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/Petitions?State=Received\">Kiến nghị chờ phân loại, chuyển xử lý</a>", home, StringComparison.Ordinal);

        // The ward's executive owes the overdue question and petition; the delegate has an answer to evaluate; neither routes petitions.
        using var executive = await Browser.SignedInAs(_app, "phuong.ubnd");
        var owes = await executive.GetPageAsync("/");
        Assert.Contains("Thiếu sân chơi cho trẻ em tại tổ dân phố số 8", owes, StringComparison.Ordinal);
        Assert.Contains("Đề nghị công khai quy hoạch khu đất trống tổ dân phố 21", owes, StringComparison.Ordinal);
        Assert.DoesNotContain("Kiến nghị chờ phân loại", owes, StringComparison.Ordinal);
        using var delegateBrowser = await Browser.SignedInAs(_app, "phuong.daibieu");
        var verdict = await delegateBrowser.GetPageAsync("/");
        Assert.Contains("Câu trả lời chất vấn chờ quý vị đánh giá</a>: <strong>1</strong>", verdict, StringComparison.Ordinal);
        Assert.DoesNotContain("Chất vấn chờ chuyển người trả lời", verdict, StringComparison.Ordinal);

        // The district's office of 2022 has none of the ward's work.
        using var district = await Browser.SignedInAs(_app, "thuongtruc");
        Assert.DoesNotContain("Thiếu sân chơi cho trẻ em", await district.GetPageAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_council_that_has_ended_is_not_offered_to_the_public_and_is_refused_by_name()
    {
        var ids = await DemoIds.LoadAsync(_app);
        var ward = await WardCouncilAsync();
        using var browser = Browser.Open(_app);
        var form = await browser.GetPageAsync("/Petitions/Submit");
        Assert.DoesNotContain($"value=\"{ids.Council}\"", form, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Cầu Giấy\"></option>", form, StringComparison.Ordinal);
        Assert.DoesNotContain("<option value=\"Quan Hoa\"></option>", form, StringComparison.Ordinal);

        using var api = _app.CreateClient();
        var ended = await api.PostAsJsonAsync("/api/v1/petitions", new { councilId = ids.Council, name = "Lê Văn Tâm", email = $"{Guid.NewGuid():N}@example.com", title = PetitionKit.Unique("Đèn hỏng"), content = "Đèn đường hỏng." });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, ended.StatusCode);
        Assert.Equal("petition-council-ceased", JsonDocument.Parse(await ended.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString());
        var sitting = await api.PostAsJsonAsync("/api/v1/petitions", new { councilId = ward, name = "Lê Văn Tâm", email = $"{Guid.NewGuid():N}@example.com", title = PetitionKit.Unique("Đèn hỏng"), content = "Đèn đường hỏng." });
        Assert.Equal(HttpStatusCode.Created, sitting.StatusCode);
        var code = JsonDocument.Parse(await sitting.Content.ReadAsStringAsync()).RootElement.GetProperty("trackingCode").GetString()!;
        Assert.Equal(ward, (await PetitionKit.ByCodeAsync(_app, code)).CouncilId);
    }

    [Fact]
    public async Task A_public_petition_goes_where_its_ward_is_today_and_where_the_ward_does_not_decide_the_sender_chooses()
    {
        var ward = await WardCouncilAsync();
        var other = await OtherCouncil.CreateAsync(_app);
        using var api = _app.CreateClient();
        async Task<HttpResponseMessage> SendAsync(string? wardName, string? language = null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/petitions")
            {
                Content = JsonContent.Create(new { name = "Lê Văn Tâm", email = $"{Guid.NewGuid():N}@example.com", title = PetitionKit.Unique("Rác thải ven đường"), content = "Rác để nhiều ngày.", ward = wardName }),
            };
            if (language is not null)
            {
                request.Headers.AcceptLanguage.Add(new System.Net.Http.Headers.StringWithQualityHeaderValue(language));
            }

            return await api.SendAsync(request);
        }

        async Task<Web.Modules.Petitions.Petition> StoredAsync(HttpResponseMessage sent)
        {
            Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
            return await PetitionKit.ByCodeAsync(_app, JsonDocument.Parse(await sent.Content.ReadAsStringAsync()).RootElement.GetProperty("trackingCode").GetString()!);
        }

        // Wards merged in 2025 go to the council of the ward that took them over, never to the district council that has ended,
        // and the petition names the ward of today.
        var dichVongHau = await StoredAsync(await SendAsync("Dịch Vọng Hậu"));
        Assert.Equal((ward, "Cầu Giấy"), (dichVongHau.CouncilId, dichVongHau.Ward));
        var nghiaTan = await StoredAsync(await SendAsync("Nghĩa Tân"));
        Assert.Equal(other.Unit, nghiaTan.UnitId);
        Assert.Equal("Nghĩa Đô", nghiaTan.Ward);
        Assert.Equal(ward, (await StoredAsync(await SendAsync("Cầu Giấy"))).CouncilId);

        // Mai Dịch was split between two wards that both have councils here; a blank or unknown ward decides nothing: the sender chooses.
        var before = await _app.WithDb((db, _) => db.Petitions.CountAsync());
        foreach (var undecided in new[] { "Mai Dịch", null, "Phường Không Có" })
        {
            var refused = await SendAsync(undecided);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Equal("petition-council-choose", JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString());
        }

        var english = await SendAsync(null, "en");
        Assert.Contains("please choose where to send it", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await _app.WithDb((db, _) => db.Petitions.CountAsync()));

        // The form asks, offering only the councils sitting today.
        using var browser = Browser.Open(_app);
        var form = await browser.SubmitAsync("/Petitions/Submit", new()
        {
            ["Input.Name"] = "Lê Văn Tâm", ["Input.Phone"] = "0912000111", ["Input.Title"] = PetitionKit.Unique("Rác thải"), ["Input.Content"] = "Rác để nhiều ngày.",
            ["Input.Ward"] = "Mai Dịch", ["Input.ConsentHandling"] = "true",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, form.StatusCode);
        var page = await form.Content.ReadAsStringAsync();
        Assert.Contains(Web.Modules.Petitions.PetitionRefusals.CouncilChoose.Message, page, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{ward}\">", page, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{other.Council}\">", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"<option value=\"{(await DemoIds.LoadAsync(_app)).Council}\">", page, StringComparison.Ordinal);
    }
}

public sealed class LiveDemoTestsOnSqlite(SqliteApp app) : LiveDemoTests(app), IClassFixture<SqliteApp>;

public sealed class LiveDemoTestsOnPostgres(PostgresApp app) : LiveDemoTests(app), IClassFixture<PostgresApp>;
