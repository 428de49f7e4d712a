using System.Net;
using DongThuan.Tests.Harness;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Petitions;
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
}

public sealed class DialogueTestsOnSqlite(SqliteApp app) : DialogueTests(app), IClassFixture<SqliteApp>;

public sealed class DialogueTestsOnPostgres(PostgresApp app) : DialogueTests(app), IClassFixture<PostgresApp>;
