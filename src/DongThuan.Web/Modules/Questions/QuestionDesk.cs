using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Obligations;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Questions;

/// <summary>
/// What every question use case shares: loading, and taking a step through the kernel's <see cref="WorkflowStep"/>
/// with the effect <see cref="QuestionObligations"/> names for it, all in one save (or nothing, on a refusal).
/// </summary>
public sealed class QuestionDesk(DongThuanDb db, WorkflowStep step, TimeProvider time)
{
    public DongThuanDb Db => db;

    public DateOnly Today => VietnamTime.Today(time);

    public Task<Question?> FindAsync(Guid id, CancellationToken ct) => db.Set<Question>().SingleOrDefaultAsync(q => q.Id == id, ct);

    public async Task<IReadOnlyCollection<Guid>> CoSignersAsync(Guid questionId, CancellationToken ct) =>
        await db.QuestionCoSigners.AsNoTracking().Where(c => c.QuestionId == questionId).Select(c => c.PersonId).ToListAsync(ct);

    public Task<Outcome> ApplyAsync(Question q, Func<Question, Outcome> transition, string? note, CancellationToken ct) =>
        step.ApplyAsync(q, () => q.State, _ => transition(q), (from, _) => QuestionObligations.Of(from, q, Today), note, ct);

    /// <summary>
    /// A step on the day it happened: today, or a past day the council office records (<see cref="RecordedDate"/>), not
    /// before <paramref name="previous"/>, the day of the step before it. The deadline and "on time" then run from that day.
    /// </summary>
    public async Task<Outcome> ApplyOnAsync(Question q, System.Security.Claims.ClaimsPrincipal user, DateOnly? on, DateOnly? previous,
        Func<Question, DateOnly, Outcome> transition, string? note, CancellationToken ct)
    {
        var (day, refusal) = RecordedDate.Resolve(on, Today, QuestionAccess.IsOffice(user, q), previous);
        if (refusal is not null)
        {
            return refusal;
        }

        return await step.ApplyAsync(q, () => q.State, _ => transition(q, day), (from, _) => QuestionObligations.Of(from, q, day), note, ct,
            on is null ? null : new StepDetails(On: day));
    }

    /// <summary>
    /// Gives the official more time. The question's state does not change; the obligation's due date moves
    /// but its original one stays, so the answer still counts as late against it (ADR 0007).
    /// </summary>
    public async Task<Outcome> ExtendAsync(Question q, DateOnly newDue, string reason, CancellationToken ct)
    {
        var allowed = q.AllowExtension();
        if (!allowed.Succeeded || q.ObligationId is null)
        {
            return allowed.Succeeded ? QuestionRefusals.ExtendOnlyForwarded : allowed;
        }

        return await step.ApplyAsync(q, () => q.State, _ => Outcome.Done, (_, _) => new ObligationEffect.Extend(newDue, reason),
            $"Gia hạn trả lời đến {newDue:dd/MM/yyyy}: {reason.Trim()}", ct);
    }
}
