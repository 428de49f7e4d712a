using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Calendar;
using DongThuan.Web.Modules.Obligations;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Questions;

/// <summary>
/// What every question use case shares: loading, applying a transition with its timeline event and its
/// effect on the answer obligation, and saving it all in one transaction (or nothing, on a refusal).
/// </summary>
public sealed class QuestionDesk(DongThuanDb db, ICurrentActor actor, TimeProvider time, Deadlines deadlines)
{
    public const string SubjectType = "Question";
    public const string ObligationKind = "question.answer";

    public DongThuanDb Db => db;

    public DateOnly Today => VietnamTime.Today(time);

    public Task<Question?> FindAsync(Guid id, CancellationToken ct) => db.Set<Question>().SingleOrDefaultAsync(q => q.Id == id, ct);

    public async Task<IReadOnlyCollection<Guid>> CoSignersAsync(Guid questionId, CancellationToken ct) =>
        await db.QuestionCoSigners.AsNoTracking().Where(c => c.QuestionId == questionId).Select(c => c.PersonId).ToListAsync(ct);

    public async Task<Outcome> ApplyAsync(Question q, Func<Question, Outcome> transition, string? note, CancellationToken ct)
    {
        var from = q.State;
        var outcome = transition(q);
        if (!outcome.Succeeded)
        {
            return outcome;
        }

        var obligation = q.ObligationId is { } oid ? await db.Obligations.SingleAsync(o => o.Id == oid, ct) : null;
        var effect = await SyncObligationAsync(q, from, obligation, ct);
        if (!effect.Succeeded)
        {
            db.ChangeTracker.Clear();
            return effect;
        }

        db.Timeline.Add(TimelineEvent.Record(SubjectType, q.Id, time.GetUtcNow(), actor.UserId, actor.Name, from.ToString(), q.State.ToString(), note));
        await db.SaveChangesAsync(ct);
        return Outcome.Done;
    }

    /// <summary>
    /// Gives the official more time. The question's state does not change; the obligation's due date moves
    /// but its original one stays, so the answer still counts as late against it (ADR 0007).
    /// </summary>
    public async Task<Outcome> ExtendAsync(Question q, DateOnly newDue, string reason, CancellationToken ct)
    {
        var allowed = q.AllowExtension();
        if (!allowed.Succeeded || q.ObligationId is not { } oid)
        {
            return allowed.Succeeded ? QuestionRefusals.ExtendOnlyForwarded : allowed;
        }

        var obligation = await db.Obligations.SingleAsync(o => o.Id == oid, ct);
        var outcome = obligation.Extend(newDue, reason);
        if (!outcome.Succeeded)
        {
            return outcome;
        }

        db.Timeline.Add(TimelineEvent.Record(SubjectType, q.Id, time.GetUtcNow(), actor.UserId, actor.Name, q.State.ToString(), q.State.ToString(),
            $"Gia hạn trả lời đến {newDue:dd/MM/yyyy}: {reason.Trim()}"));
        await db.SaveChangesAsync(ct);
        return Outcome.Done;
    }

    /// <summary>The answer obligation follows the question: opened on forwarding, fulfilled by the answer, reopened for a further answer.</summary>
    private async Task<Outcome> SyncObligationAsync(Question q, QuestionState from, Obligation? obligation, CancellationToken ct)
    {
        switch (from, q.State)
        {
            case (QuestionState.Submitted, QuestionState.Forwarded):
                var received = q.SubmittedOn ?? Today;
                if (await deadlines.DueAsync(DeadlineCodes.WrittenQuestionAnswer, received.ToDateTime(TimeOnly.MinValue), ct) is not { } due)
                {
                    return QuestionRefusals.NoDeadlineRule;
                }

                var created = Obligation.Open(ObligationKind, SubjectType, q.Id, q.Title, q.UnitId, q.RespondentBodyId ?? q.CouncilId, q.RespondentPersonId,
                    received, due.Due, due.Rule);
                db.Obligations.Add(created);
                q.AttachObligation(created.Id);
                return Outcome.Done;
            case (QuestionState.Forwarded, QuestionState.Forwarded) when obligation is not null:
                return obligation.RecordInterim(Today);
            case (QuestionState.Forwarded, QuestionState.Answered) when obligation is not null:
                return obligation.Fulfil(Today);
            case (QuestionState.Answered, QuestionState.Forwarded) when obligation is not null:
                // A further answer is owed: the same rule, counted from the delegate's request.
                if (await deadlines.DueAsync(DeadlineCodes.WrittenQuestionAnswer, Today.ToDateTime(TimeOnly.MinValue), ct) is not { } again)
                {
                    return QuestionRefusals.NoDeadlineRule;
                }

                return obligation.Reopen(again.Due);
            default:
                return Outcome.Done;
        }
    }
}
