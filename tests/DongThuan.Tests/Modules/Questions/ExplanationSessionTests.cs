using System.Net;
using DongThuan.Tests.Harness;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Questions;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Tests.Modules.Questions;

/// <summary>Explanation sessions: 10 days' notice, a majority conclusion, and promises tracked until kept.</summary>
public abstract class ExplanationSessionTests
{
    private readonly AppFactory _app;

    protected ExplanationSessionTests(AppFactory app)
    {
        app.RequireAvailable();
        _app = app;
    }

    [Fact]
    public void The_rules_of_Article_72_hold()
    {
        ExplanationSession.Plan(Guid.NewGuid(), Guid.NewGuid(), "Vấn đề", "Người giải trình", new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 10), true, out var o);
        Assert.Equal(ExplanationRefusals.NoticeTooShort, o.Refusal);
        var s = ExplanationSession.Plan(Guid.NewGuid(), Guid.NewGuid(), "Vấn đề", "Người giải trình", new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 11), true, out o);
        Assert.True(o.Succeeded);
        Assert.Equal(ExplanationRefusals.NotYetHeld, s.Conclude("Kết luận", 5, 5, new DateOnly(2026, 3, 10)).Refusal);
        Assert.Equal(ExplanationRefusals.NoMajority, s.Conclude("Kết luận", 2, 5, new DateOnly(2026, 3, 11)).Refusal);
        Assert.Equal(ExplanationRefusals.NoMajority, s.Conclude("Kết luận", 3, 6, new DateOnly(2026, 3, 11)).Refusal);
        Assert.True(s.Conclude("Kết luận", 3, 5, new DateOnly(2026, 3, 11)).Succeeded);
        Assert.Equal(ExplanationRefusals.AlreadyConcluded, s.Conclude("Lần hai", 5, 5, new DateOnly(2026, 3, 12)).Refusal);
        ExplanationPromise.Record(s, Guid.NewGuid(), "Trưởng phòng", "Hứa", new DateOnly(2026, 3, 1), out o);
        Assert.Equal(ExplanationRefusals.PromiseDue, o.Refusal);
    }

    [Fact]
    public async Task Office_holds_a_session_records_a_promise_and_the_executive_reports_it_kept()
    {
        var ids = await DemoIds.LoadAsync(_app);
        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        var plan = $"/Questions/Explanations/Plan?councilId={ids.Council}";
        var tooSoon = await office.SubmitAsync(plan, new() { ["CouncilId"] = ids.Council.ToString(), ["Topic"] = "Thu gom rác thải", ["Officials"] = "Trưởng phòng TN&MT", ["NoticeOn"] = "2026-01-05", ["HeldOn"] = "2026-01-12", ["IsPublic"] = "true" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooSoon.StatusCode);
        Assert.Contains(ExplanationRefusals.NoticeTooShort.Message, await tooSoon.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var planned = await office.SubmitAsync(plan, new() { ["CouncilId"] = ids.Council.ToString(), ["Topic"] = "Thu gom rác thải sinh hoạt", ["Officials"] = "Trưởng phòng TN&MT", ["NoticeOn"] = "2026-01-05", ["HeldOn"] = "2026-01-20", ["IsPublic"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, planned.StatusCode);
        var details = planned.Headers.Location!.OriginalString;

        var noMajority = await office.SubmitAsync(details, new() { ["conclusion"] = "Kết luận", ["members"] = "5", ["votesFor"] = "2" }, details + "?handler=Conclude");
        Assert.Contains(ExplanationRefusals.NoMajority.Message, await noMajority.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await office.SubmitAsync(details, new() { ["conclusion"] = "Đề nghị tăng tần suất thu gom.", ["members"] = "5", ["votesFor"] = "4" }, details + "?handler=Conclude")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await office.SubmitAsync(details, new()
        {
            ["ownerBodyId"] = ids.PeoplesCommittee.ToString(), ["official"] = "Phó Chủ tịch UBND quận", ["text"] = "Bổ sung 2 chuyến thu gom mỗi ngày", ["dueOn"] = "2026-03-31",
        }, details + "?handler=Promise")).StatusCode);

        var promise = await _app.WithDb((db, _) => db.Set<ExplanationPromise>().SingleAsync(p => p.Text == "Bổ sung 2 chuyến thu gom mỗi ngày"));
        var obligation = await _app.WithDb((db, _) => db.Set<Obligation>().SingleAsync(o => o.Id == promise.ObligationId));
        Assert.Equal(new DateOnly(2026, 3, 31), obligation.DueOn);
        Assert.Equal(ids.PeoplesCommittee, obligation.OwnerBodyId);

        // The delegate cannot report it kept; the executive can.
        using var delegateBrowser = await Browser.SignedInAs(_app, "daibieu");
        Assert.True(Responses.IsRefusal(await delegateBrowser.SubmitAsync(details, new() { ["promiseId"] = promise.Id.ToString(), ["report"] = "x" }, details + "?handler=Report")));
        using var official = await Browser.SignedInAs(_app, "ubnd");
        Assert.Equal(HttpStatusCode.Redirect, (await official.SubmitAsync(details, new() { ["promiseId"] = promise.Id.ToString(), ["report"] = "Đã bổ sung từ 01/02/2026." }, details + "?handler=Report")).StatusCode);
        Assert.Equal(ObligationState.Fulfilled, await _app.WithDb((db, _) => db.Set<Obligation>().Where(o => o.Id == promise.ObligationId).Select(o => o.State).SingleAsync()));
        Assert.Contains("Đã bổ sung từ 01/02/2026.", await official.GetPageAsync(details), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_has_a_concluded_2022_session_with_one_promise_kept_late()
    {
        await _app.WithDb(async db =>
        {
            var session = await db.Set<ExplanationSession>().SingleAsync(s => s.HeldOn == new DateOnly(2022, 10, 25));
            Assert.NotNull(session.Conclusion);
            var promises = await db.Set<ExplanationPromise>().Where(p => p.ExplanationSessionId == session.Id).Select(p => p.ObligationId).ToListAsync();
            var statuses = await db.Set<Obligation>().Where(o => promises.Contains(o.Id)).ToListAsync();
            Assert.Equal([ObligationStatus.DoneOnTime, ObligationStatus.DoneLate], statuses.Select(o => o.StatusOn(new DateOnly(2023, 6, 1))).Order());
        });
    }
}

public sealed class ExplanationSessionTestsOnSqlite(SqliteApp app) : ExplanationSessionTests(app), IClassFixture<SqliteApp>;

public sealed class ExplanationSessionTestsOnPostgres(PostgresApp app) : ExplanationSessionTests(app), IClassFixture<PostgresApp>;
