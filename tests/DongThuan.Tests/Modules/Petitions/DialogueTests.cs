using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DongThuan.Tests.Harness;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Petitions;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Tests.Modules.Petitions;

/// <summary>A dialogue conference: questions registered beforehand, answers recorded, promises become obligations, the record published.</summary>
public abstract class DialogueTests
{
    private readonly AppFactory _app;

    protected DialogueTests(AppFactory app)
    {
        app.RequireAvailable();
        _app = app;
    }

    [Fact]
    public async Task Citizens_register_questions_the_office_records_answers_and_promises_and_publishes_the_record()
    {
        var ids = await DemoIds.LoadAsync(_app);
        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        var topic = PetitionKit.Unique("Đối thoại về chỉnh trang đô thị");
        var planned = await office.SubmitAsync("/Petitions/Dialogues/Plan", new()
        {
            ["Input.CouncilId"] = ids.Council.ToString(), ["Input.HostBodyId"] = ids.PeoplesCommittee.ToString(), ["Input.Host"] = "Chủ tịch UBND quận",
            ["Input.Topic"] = topic, ["Input.Audience"] = "Nhân dân phường Quan Hoa", ["Input.Place"] = "Hội trường UBND phường Quan Hoa",
            ["Input.HeldOn"] = DateOnly.FromDateTime(DateTime.Today.AddDays(10)).ToString("yyyy-MM-dd"),
        });
        Assert.Equal(HttpStatusCode.Redirect, planned.StatusCode);
        var url = planned.Headers.Location!.OriginalString;
        var id = Guid.Parse(url[(url.LastIndexOf('/') + 1)..]);

        // Before the day, the public page invites questions; the form registers one against the conference.
        using var citizen = Browser.Open(_app);
        Assert.Contains($"/Petitions/Submit?dialogueId={id}", await citizen.GetPageAsync($"/Petitions/Dialogues/Public/{id}"), StringComparison.Ordinal);
        var question = PetitionKit.Unique("Khi nào lát lại vỉa hè phố Quan Hoa");
        var registered = await citizen.SubmitAsync($"/Petitions/Submit?dialogueId={id}", new()
        {
            ["Input.Name"] = "Đinh Thị Mai", ["Input.Phone"] = "0987111222", ["Input.Kind"] = "Feedback", ["Input.Title"] = question,
            ["Input.Content"] = "Vỉa hè phố Quan Hoa hỏng nhiều chỗ.", ["Input.ConsentHandling"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var petition = await _app.WithDb((db, _) => db.Petitions.AsNoTracking().SingleAsync(p => p.Title == question));
        Assert.Equal((PetitionChannel.Dialogue, id), (petition.Channel, petition.DialogueId!.Value));
        Assert.Contains(question, await office.GetPageAsync(url), StringComparison.Ordinal);

        // At the conference: the answer given, and a promise with an owner and a date.
        Assert.Equal(HttpStatusCode.Redirect, (await office.SubmitAsync(url, new() { ["QuestionId"] = petition.Id.ToString(), ["Text"] = "Quý I năm sau sẽ lát lại toàn tuyến." },
            url + "?handler=Answer")).StatusCode);
        Assert.Equal(PetitionState.Answered, (await PetitionKit.ByCodeAsync(_app, petition.TrackingCode)).State);
        var urban = await PetitionKit.BodyAsync(_app, "Phòng Quản lý đô thị");
        var due = DateOnly.FromDateTime(DateTime.Today.AddDays(120));
        var noDate = await office.SubmitAsync(url, new() { ["Text"] = "Lát lại vỉa hè", ["OwnerBodyId"] = urban.ToString(), ["Official"] = "Trưởng phòng QLĐT" }, url + "?handler=Promise");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noDate.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await office.SubmitAsync(url, new()
        {
            ["Text"] = "Lát lại vỉa hè phố Quan Hoa", ["OwnerBodyId"] = urban.ToString(), ["Official"] = "Trưởng phòng Quản lý đô thị", ["DueOn"] = due.ToString("yyyy-MM-dd"),
        }, url + "?handler=Promise")).StatusCode);
        var obligation = await _app.WithDb((db, _) => db.Obligations.AsNoTracking().SingleAsync(o => o.Subject == "Lát lại vỉa hè phố Quan Hoa"));
        Assert.Equal((urban, due, ObligationState.Open), (obligation.OwnerBodyId, obligation.DueOn, obligation.State));

        // Published: the record is public, without the citizen's name or phone; registration is closed.
        Assert.Equal(HttpStatusCode.Redirect, (await office.SubmitAsync(url, new() { ["Text"] = "Hội nghị đã trả lời 1 câu hỏi và ghi nhận 1 cam kết." }, url + "?handler=Publish")).StatusCode);
        var record = await citizen.GetPageAsync($"/Petitions/Dialogues/Public/{id}");
        Assert.Contains("Quý I năm sau sẽ lát lại toàn tuyến.", record, StringComparison.Ordinal);
        Assert.Contains("Lát lại vỉa hè phố Quan Hoa", record, StringComparison.Ordinal);
        Assert.DoesNotContain("Đinh Thị Mai", record, StringComparison.Ordinal);
        Assert.DoesNotContain("0987111222", record, StringComparison.Ordinal);
        var late = await citizen.SubmitAsync($"/Petitions/Submit?dialogueId={id}", new()
        {
            ["Input.Name"] = "Đinh Văn Nam", ["Input.Phone"] = "0987111333", ["Input.Kind"] = "Feedback", ["Input.Title"] = "Câu hỏi muộn",
            ["Input.Content"] = "Nội dung", ["Input.ConsentHandling"] = "true",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
    }

    [Fact]
    public async Task Meetings_and_conferences_are_recorded_through_the_API_with_the_pages_rules_by_the_office_of_the_unit()
    {
        var ids = await DemoIds.LoadAsync(_app);
        using var office = await PetitionKit.ApiAsync(_app, "thuongtruc");
        static async Task<Guid> Created(HttpResponseMessage r)
        {
            Assert.True(r.StatusCode == HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
            return JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        }

        static async Task<string?> Code(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString();

        // A voter meeting of one of the council's groups, and a petition raised there entered against it.
        var group = await _app.WithDb((db, _) => db.Bodies.Where(b => b.ParentBodyId == ids.Council && b.Kind == DongThuan.Web.Modules.Organisation.BodyKind.DelegateGroup)
            .Select(b => b.Id).FirstAsync());
        var meeting = await Created(await office.PostAsJsonAsync("/api/v1/petitions/meetings",
            new { groupId = group, heldOn = "2025-06-10", place = "Nhà văn hóa tổ 5", delegatesPresent = "Đại biểu tổ 1", votersAttending = 120, timing = "AfterSession" }));
        Assert.Equal("meeting-group", await Code(await office.PostAsJsonAsync("/api/v1/petitions/meetings", new { groupId = ids.Council, heldOn = "2025-06-10", place = "x", votersAttending = 1 })));
        Assert.Equal("meeting-voters", await Code(await office.PostAsJsonAsync("/api/v1/petitions/meetings", new { groupId = group, heldOn = "2025-06-10", place = "x", votersAttending = -1 })));
        var raised = await office.PostAsJsonAsync("/api/v1/petitions/entered", new { councilId = ids.Council, channel = "VoterMeeting", kind = "Feedback", title = PetitionKit.Unique("Đèn ngõ 5"),
            content = "Ngõ 5 thiếu đèn.", voterMeetingId = meeting, receivedOn = "2025-06-10" });
        Assert.Equal(HttpStatusCode.Created, raised.StatusCode);
        Assert.Contains((await office.GetFromJsonAsync<JsonElement>("/api/v1/petitions/meetings")).EnumerateArray(), m => m.GetProperty("id").GetGuid() == meeting);

        // A conference: planned, a question registered by the public, answered, a promise owed by an agency, closed, published.
        var heldOn = DateOnly.FromDateTime(DateTime.Today.AddDays(10)).ToString("yyyy-MM-dd");
        Assert.Equal("dialogue-fields", await Code(await office.PostAsJsonAsync("/api/v1/petitions/dialogues", new { councilId = ids.Council, hostBodyId = group, topic = "x", host = "x", audience = "x", place = "x", heldOn })));
        var dialogue = await Created(await office.PostAsJsonAsync("/api/v1/petitions/dialogues", new
        {
            councilId = ids.Council, hostBodyId = ids.PeoplesCommittee, topic = PetitionKit.Unique("Đối thoại về trật tự đô thị"), host = "Chủ tịch UBND quận",
            audience = "Hộ kinh doanh", place = "Hội trường", heldOn,
        }));
        using var citizen = Browser.Open(_app);
        var question = PetitionKit.Unique("Giờ bán hàng trên vỉa hè");
        Assert.Equal(HttpStatusCode.Redirect, (await citizen.SubmitAsync($"/Petitions/Submit?dialogueId={dialogue}", new()
        {
            ["Input.Name"] = "Đinh Văn Hùng", ["Input.Phone"] = "0987333444", ["Input.Kind"] = "Feedback", ["Input.Title"] = question,
            ["Input.Content"] = "Cho phép bán hàng buổi tối không?", ["Input.ConsentHandling"] = "true",
        })).StatusCode);
        var petition = await _app.WithDb((db, _) => db.Petitions.AsNoTracking().SingleAsync(p => p.Title == question));
        Assert.Equal("petition-only-dialogue", await Code(await office.PostAsJsonAsync($"/api/v1/petitions/dialogues/{dialogue}/answers", new { questionId = Guid.NewGuid(), text = "x" })));
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsJsonAsync($"/api/v1/petitions/dialogues/{dialogue}/answers", new { questionId = petition.Id, text = "Được bán đến 21 giờ." })).StatusCode);
        Assert.Equal(PetitionState.Answered, (await PetitionKit.ByCodeAsync(_app, petition.TrackingCode)).State);
        var urban = await PetitionKit.BodyAsync(_app, "Phòng Quản lý đô thị");
        Assert.Equal("dialogue-promise", await Code(await office.PostAsJsonAsync($"/api/v1/petitions/dialogues/{dialogue}/promises", new { text = "Kẻ vạch", ownerBodyId = urban, official = "Trưởng phòng" })));
        var promise = await Created(await office.PostAsJsonAsync($"/api/v1/petitions/dialogues/{dialogue}/promises",
            new { text = "Kẻ vạch khu vực bán hàng", ownerBodyId = urban, official = "Trưởng phòng Quản lý đô thị", dueOn = DateOnly.FromDateTime(DateTime.Today.AddDays(90)).ToString("yyyy-MM-dd") }));
        Assert.Equal(ObligationState.Open, await _app.WithDb((db, _) => db.Obligations.Where(o => o.SubjectId == promise).Select(o => o.State).SingleAsync()));
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsync($"/api/v1/petitions/dialogues/{dialogue}/close", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsJsonAsync($"/api/v1/petitions/dialogues/{dialogue}/publish", new { summary = "Hội nghị trả lời 1 câu hỏi, 1 cam kết." })).StatusCode);
        var listed = (await office.GetFromJsonAsync<JsonElement>("/api/v1/petitions/dialogues")).EnumerateArray().Single(d => d.GetProperty("id").GetGuid() == dialogue);
        Assert.Equal((false, true), (listed.GetProperty("registrationOpen").GetBoolean(), listed.GetProperty("published").GetBoolean()));

        // Another council's office does not see it; a delegate has no such desk.
        var other = await OtherCouncil.CreateAsync(_app);
        using var stranger = await PetitionKit.ApiAsync(_app, other.OfficeUser, OtherCouncil.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/v1/petitions/dialogues/{dialogue}/close", null)).StatusCode);
        Assert.Equal("meeting-group", await Code(await stranger.PostAsJsonAsync("/api/v1/petitions/meetings", new { groupId = group, heldOn = "2025-06-10", place = "x", votersAttending = 1 })));
        using var delegateApi = await PetitionKit.ApiAsync(_app, "daibieu");
        Assert.Equal(HttpStatusCode.Forbidden, (await delegateApi.GetAsync("/api/v1/petitions/meetings")).StatusCode);
    }

    [Fact]
    public async Task The_office_keeps_its_routing_rules_through_the_API_and_no_other_units()
    {
        using var office = await PetitionKit.ApiAsync(_app, "thuongtruc");
        Assert.NotEmpty((await office.GetFromJsonAsync<JsonElement>("/api/v1/petitions/fields")).EnumerateArray());
        var rule = (await office.GetFromJsonAsync<JsonElement>("/api/v1/petitions/routing-rules")).EnumerateArray().First();
        var body = new { fieldId = rule.GetProperty("fieldId").GetGuid(), level = rule.GetProperty("level").GetString(), agencyBodyId = rule.GetProperty("agencyBodyId").GetGuid() };

        // One rule per field and level: the same again is refused; removed, it can be set again (as it was).
        var twice = await office.PostAsJsonAsync("/api/v1/petitions/routing-rules", body);
        Assert.Equal("petition-rule-exists", JsonDocument.Parse(await twice.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString());
        var other = await OtherCouncil.CreateAsync(_app);
        using var stranger = await PetitionKit.ApiAsync(_app, other.OfficeUser, OtherCouncil.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.DeleteAsync($"/api/v1/petitions/routing-rules/{rule.GetProperty("id").GetGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.PostAsJsonAsync("/api/v1/petitions/routing-rules", body)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await office.DeleteAsync($"/api/v1/petitions/routing-rules/{rule.GetProperty("id").GetGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await office.PostAsJsonAsync("/api/v1/petitions/routing-rules", body)).StatusCode);
        using var agency = await PetitionKit.ApiAsync(_app, "ubnd");
        Assert.Equal(HttpStatusCode.Forbidden, (await agency.GetAsync("/api/v1/petitions/routing-rules")).StatusCode);

        // The fields are the administrator's, shared by every council: added, renamed, retired; an office may not.
        using var admin = await PetitionKit.ApiAsync(_app, "admin");
        var name = "Lĩnh vực thử " + Guid.NewGuid().ToString("N")[..6];
        Assert.Equal(HttpStatusCode.Forbidden, (await office.PostAsJsonAsync("/api/v1/petitions/fields", new { name, order = 99 })).StatusCode);
        var added = await admin.PostAsJsonAsync("/api/v1/petitions/fields", new { name, order = 99 });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var field = JsonDocument.Parse(await added.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await admin.PutAsJsonAsync($"/api/v1/petitions/fields/{field}", new { name = "", order = 99 })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync($"/api/v1/petitions/fields/{field}", new { name = name + " (sửa)", order = 98 })).StatusCode);
        Assert.Contains((await office.GetFromJsonAsync<JsonElement>("/api/v1/petitions/fields")).EnumerateArray(), f => f.GetProperty("name").GetString() == name + " (sửa)");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/petitions/fields/{field}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/v1/petitions/fields/{field}")).StatusCode);
        Assert.DoesNotContain((await office.GetFromJsonAsync<JsonElement>("/api/v1/petitions/fields")).EnumerateArray(), f => f.GetProperty("id").GetGuid() == field);
    }
}

public sealed class DialogueTestsOnSqlite(SqliteApp app) : DialogueTests(app), IClassFixture<SqliteApp>;

public sealed class DialogueTestsOnPostgres(PostgresApp app) : DialogueTests(app), IClassFixture<PostgresApp>;
