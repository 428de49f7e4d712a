using DongThuan.Tests.Harness;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Calendar;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Questions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DongThuan.Tests.Modules.Obligations;

/// <summary>The obligation's own rules: the boundaries of each status, extension, reopening and reassignment.</summary>
public sealed class ObligationRulesTests
{
    private static readonly DateOnly Due = new(2023, 2, 10);

    private static Obligation Owed(DateOnly? due = null) => Obligation.Open("test.kind", "Test", Guid.NewGuid(), "Việc thử", Guid.NewGuid(), Guid.NewGuid(), null,
        new DateOnly(2023, 1, 2), new DueDate(due ?? Due, null, "Hạn thử."), null);

    [Theory]
    [InlineData(-4, ObligationStatus.Open)]
    [InlineData(-3, ObligationStatus.DueSoon)]
    [InlineData(0, ObligationStatus.DueSoon)]
    [InlineData(1, ObligationStatus.Overdue)]
    [InlineData(15, ObligationStatus.Overdue)]
    [InlineData(16, ObligationStatus.VeryLate)]
    public void An_open_obligation_is_due_soon_three_days_before_overdue_the_day_after_and_very_late_past_the_rules_threshold(int daysFromDue, ObligationStatus expected) =>
        Assert.Equal(expected, Obligation.StatusOf(ObligationState.Open, Due, Due, Due.AddDays(15), null, Due.AddDays(daysFromDue)));

    [Fact]
    public void Without_a_very_late_threshold_an_old_obligation_stays_overdue() =>
        Assert.Equal(ObligationStatus.Overdue, Owed().StatusOn(Due.AddDays(400)));

    [Fact]
    public void An_extension_moves_the_due_date_but_lateness_is_judged_against_the_original()
    {
        var o = Owed();
        Assert.Equal(ObligationRefusals.ExtensionNotLater, o.Extend(Due, "Không lùi").Refusal);
        Assert.Equal(ObligationRefusals.ReasonRequired, o.Extend(Due.AddDays(10), " ").Refusal);
        Assert.True(o.Extend(Due.AddDays(10), "Cần khảo sát thêm").Succeeded);
        Assert.Equal((Due.AddDays(10), Due), (o.DueOn, o.OriginalDueOn));
        Assert.Equal(ObligationStatus.Open, o.StatusOn(Due.AddDays(5)));
        Assert.Equal(ObligationStatus.DueSoon, o.StatusOn(Due.AddDays(7)));
        Assert.Equal(ObligationStatus.DoneLate, o.StatusIfFulfilledOn(Due.AddDays(5)));
        Assert.Equal(ObligationStatus.DoneOnTime, o.StatusIfFulfilledOn(Due));
        Assert.True(o.Fulfil(Due.AddDays(5)).Succeeded);
        Assert.Equal(ObligationStatus.DoneLate, o.StatusOn(Due.AddDays(30)));
    }

    [Fact]
    public void Many_long_extensions_keep_the_explanation_within_its_column_and_its_rule_first()
    {
        var o = Owed();
        var first = o.DueExplanation;
        for (var i = 1; i <= 5; i++)
        {
            Assert.True(o.Extend(Due.AddDays(10 * i), new string('x', 1900) + $" lần {i}").Succeeded);
        }

        Assert.InRange(o.DueExplanation.Length, 1, Obligation.ExplanationMax);
        Assert.StartsWith(first, o.DueExplanation, StringComparison.Ordinal);
        Assert.EndsWith("lần 5", o.DueExplanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fulfilled_obligation_reopens_with_the_later_due_date_and_only_a_fulfilled_one_does()
    {
        var o = Owed();
        Assert.Equal(ObligationRefusals.NotFulfilled, o.Reopen(new DueDate(Due.AddDays(20), null, "Trả lời bổ sung.")).Refusal);
        Assert.True(o.Fulfil(Due.AddDays(-1)).Succeeded);
        Assert.Equal(ObligationStatus.DoneOnTime, o.StatusOn(Due.AddDays(60)));
        Assert.Equal(ObligationRefusals.NotOpen, o.Fulfil(Due).Refusal);
        Assert.True(o.Reopen(new DueDate(Due.AddDays(20), null, "Trả lời bổ sung.")).Succeeded);
        Assert.Equal((ObligationState.Open, (DateOnly?)null, Due.AddDays(20), Due), (o.State, o.FulfilledOn, o.DueOn, o.OriginalDueOn));
        Assert.Contains($"Mở lại, hạn trả lời {Due.AddDays(20):dd/MM/yyyy}: Trả lời bổ sung.", o.DueExplanation, StringComparison.Ordinal);
        Assert.Equal(ObligationStatus.Overdue, o.StatusOn(Due.AddDays(21)));

        // A reopening never brings the due date forward.
        var later = Owed(Due.AddDays(30));
        Assert.True(later.Fulfil(Due).Succeeded);
        Assert.True(later.Reopen(new DueDate(Due.AddDays(5), null, "x")).Succeeded);
        Assert.Equal(Due.AddDays(30), later.DueOn);
    }

    [Fact]
    public void A_reassignment_keeps_both_due_dates_and_a_fulfilled_obligation_cannot_be_reassigned()
    {
        var o = Owed();
        Assert.True(o.Extend(Due.AddDays(3), "Chuyển cơ quan").Succeeded);
        var (body, person) = (Guid.NewGuid(), Guid.NewGuid());
        Assert.True(o.Reassign(body, person).Succeeded);
        Assert.Equal((body, (Guid?)person, Due.AddDays(3), Due), (o.OwnerBodyId, o.OwnerPersonId, o.DueOn, o.OriginalDueOn));
        Assert.True(o.Fulfil(Due).Succeeded);
        Assert.Equal(ObligationRefusals.NotOpen, o.Reassign(Guid.NewGuid(), null).Refusal);
    }
}

/// <summary>The kernel's step on the real host: the due date counted over the holidays, one announcement after commit, none on a refusal.</summary>
public sealed class WorkflowStepTests(WorkflowStepTests.ListenedApp app) : IClassFixture<WorkflowStepTests.ListenedApp>
{
    public sealed class Recorder : IStepListener
    {
        public List<(StepApplied Step, bool Committed)> Heard { get; } = [];

        public Func<bool> IsCommitted { get; set; } = () => true;

        public Task OnStepAsync(StepApplied step, CancellationToken ct)
        {
            lock (Heard)
            {
                Heard.Add((step, IsCommitted()));
            }

            return Task.CompletedTask;
        }
    }

    public sealed class ListenedApp : SqliteApp
    {
        public Recorder Recorder { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.AddSingleton<IStepListener>(Recorder));
        }
    }

    private async Task<Question> SubmittedQuestionAsync(DemoIds ids, DateOnly on) => await app.WithDb(async (db, _) =>
    {
        var q = Question.Draft(ids.District, ids.Council, ids.Delegate, QuestionChannel.BetweenSessions, PetitionTitle(), "Đề nghị cho biết tiến độ.", out var drafted);
        Assert.True(drafted.Succeeded);
        Assert.True(q.Submit(on).Succeeded);
        db.Add(q);
        await db.SaveChangesAsync();
        return q;
    });

    private static string PetitionTitle() => "Chất vấn thử " + Guid.NewGuid().ToString("N")[..8];

    private List<StepApplied> HeardFor(Guid subject)
    {
        lock (app.Recorder.Heard)
        {
            return [.. app.Recorder.Heard.Where(h => h.Step.SubjectId == subject).Select(h => h.Step)];
        }
    }

    [Fact]
    public async Task A_step_opens_the_obligation_counted_over_tet_announces_once_after_commit_and_a_refused_step_changes_and_announces_nothing()
    {
        var ids = await DemoIds.LoadAsync(app);
        // Submitted the Monday before Tết 2023 (the days off ran from 20 to 26 January).
        var q = await SubmittedQuestionAsync(ids, new DateOnly(2023, 1, 16));
        await app.WithDb(async (db, sp) =>
        {
            var desk = sp.GetRequiredService<QuestionDesk>();
            var tracked = await desk.FindAsync(q.Id, default);
            var forwarded = await desk.ApplyAsync(tracked!, x => x.Forward(RespondentRole.PeoplesCommitteeChair, ids.PeoplesCommittee, null, "Chủ tịch UBND", new DateOnly(2023, 1, 17)), null, default);
            Assert.True(forwarded.Succeeded);
            return 0;
        });

        var (obligation, expected, working) = await app.WithDb(async (db, sp) =>
        {
            var question = await db.Set<Question>().AsNoTracking().SingleAsync(x => x.Id == q.Id);
            var o = await db.ObligationAsync(question.ObligationId, default);
            var counted = await sp.GetRequiredService<Deadlines>().DueAsync(DeadlineCodes.WrittenQuestionAnswer, new DateTime(2023, 1, 16), default);
            var days = await sp.GetRequiredService<WorkingCalendar>().FromAsync(new DateOnly(2023, 1, 1), default);
            return (o!, counted!.Value.Due.Date, days.IsWorkingDay(o!.DueOn));
        });
        Assert.Equal((QuestionObligations.Answer, QuestionObligations.SubjectType, q.Id, ids.PeoplesCommittee, new DateOnly(2023, 1, 16)),
            (obligation.Kind, obligation.SubjectType, obligation.SubjectId, obligation.OwnerBodyId, obligation.StartedOn));
        Assert.Equal(expected, obligation.DueOn);
        Assert.True(working, $"due {obligation.DueOn} is a day off");
        Assert.DoesNotContain(obligation.DueOn, Enumerable.Range(20, 7).Select(d => new DateOnly(2023, 1, d)));

        var step = Assert.Single(HeardFor(q.Id));
        Assert.Equal(("Question", "Submitted", "Forwarded"), (step.SubjectType, step.From, step.To));
        Assert.Equal([new Party(ids.PeoplesCommittee, null)], step.Turn);

        // Forwarding again is refused: nothing saved, nothing announced.
        var timeline = await app.WithDb((db, _) => db.Timeline.CountAsync(e => e.SubjectId == q.Id));
        await app.WithDb(async (db, sp) =>
        {
            var desk = sp.GetRequiredService<QuestionDesk>();
            var tracked = await desk.FindAsync(q.Id, default);
            var again = await desk.ApplyAsync(tracked!, x => x.Forward(RespondentRole.PeoplesCommitteeChair, ids.PeoplesCommittee, null, "Chủ tịch UBND", new DateOnly(2023, 1, 18)), null, default);
            Assert.Equal(QuestionRefusals.OnlySubmitted, again.Refusal);
            return 0;
        });
        Assert.Equal(timeline, await app.WithDb((db, _) => db.Timeline.CountAsync(e => e.SubjectId == q.Id)));
        Assert.Single(HeardFor(q.Id));
    }

    [Fact]
    public async Task Inside_an_outer_transaction_the_step_is_announced_at_its_commit_and_never_after_a_rollback()
    {
        var ids = await DemoIds.LoadAsync(app);
        var kept = await SubmittedQuestionAsync(ids, new DateOnly(2023, 3, 1));
        var dropped = await SubmittedQuestionAsync(ids, new DateOnly(2023, 3, 1));
        foreach (var (q, commit) in new[] { (kept, true), (dropped, false) })
        {
            await app.WithDb(async (db, sp) =>
            {
                var desk = sp.GetRequiredService<QuestionDesk>();
                await using var tx = await db.Database.BeginTransactionAsync();
                var committed = false;
                app.Recorder.IsCommitted = () => committed;
                var tracked = await desk.FindAsync(q.Id, default);
                Assert.True((await desk.ApplyAsync(tracked!, x => x.Forward(RespondentRole.PeoplesCommitteeChair, ids.PeoplesCommittee, null, "Chủ tịch UBND", new DateOnly(2023, 3, 2)), null, default)).Succeeded);
                Assert.Empty(HeardFor(q.Id));
                if (commit)
                {
                    committed = true;
                    await tx.CommitAsync();
                }
                else
                {
                    await tx.RollbackAsync();
                }

                return 0;
            });
        }

        app.Recorder.IsCommitted = () => true;
        Assert.Equal("Forwarded", Assert.Single(HeardFor(kept.Id)).To);
        Assert.Empty(HeardFor(dropped.Id));
        Assert.Null(await app.WithDb((db, _) => db.Set<Question>().Where(x => x.Id == dropped.Id).Select(x => x.ObligationId).SingleAsync()));
    }
}
