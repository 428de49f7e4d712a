using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Calendar;

namespace DongThuan.Web.Modules.Obligations;

/// <summary>
/// A body, and where known the person in it, whose turn it is; with a role, only the body's accounts that hold it
/// (the council office of a council, not its editors); or one account by itself (a citizen who sent a petition signed in),
/// who reads the subject at an address of its own (<paramref name="Url"/>: the public status page, not the office's).
/// </summary>
public sealed record Party(Guid? BodyId, Guid? PersonId, Accounts.AppRole? Role = null, string? UserId = null, string? Url = null);

/// <summary>
/// One applied step of a workflow, announced after its save has committed: the subject, the states it went
/// between, who took it, and the parties whose turn it now is (whoever owes the subject's open obligation).
/// Notifications listen to these (<see cref="StepAudiences"/> says who hears of each); nothing else should need to.
/// </summary>
/// <param name="EnteredLater">The office recorded a step of the past (a day before today): news to no one but whose turn it now is.</param>
public sealed record StepApplied(string SubjectType, Guid SubjectId, string? From, string To, string? ActorUserId, string ActorName, DateTimeOffset At,
    IReadOnlyList<Party> Turn, bool EnteredLater = false);

/// <summary>Hears every applied step, after it is committed. A listener that writes uses a scope of its own.</summary>
public interface IStepListener
{
    Task OnStepAsync(StepApplied step, CancellationToken ct);
}

/// <summary>
/// The one way a workflow step is taken: the subject's own transition (its rules), the obligation effect its
/// module's table names for it, the timeline event, one save for all of it, then the announcement. A refusal
/// anywhere leaves nothing changed: the tracker is cleared and nothing is saved or announced.
/// </summary>
public sealed class WorkflowStep(DongThuanDb db, ObligationLedger ledger, ICurrentActor actor, TimeProvider time, IEnumerable<IStepListener> listeners,
    ILogger<WorkflowStep> log)
{
    /// <summary>
    /// Steps taken by a given actor on a given clock, announced to no one: history entered as it happened (the demo
    /// seeds its 2022–2023 through the same steps an office takes, on the dates they happened).
    /// </summary>
    public static WorkflowStep Unannounced(DongThuanDb db, Deadlines deadlines, ICurrentActor actor, TimeProvider time) =>
        new(db, new ObligationLedger(db, deadlines), actor, time, [], Microsoft.Extensions.Logging.Abstractions.NullLogger<WorkflowStep>.Instance);

    /// <summary>
    /// Applies <paramref name="change"/> to a subject in state <paramref name="state"/>; then the effect that the module's
    /// table gives for the step (from the state before, with the subject's obligation as it stands), all in one save.
    /// </summary>
    public Task<Outcome> ApplyAsync<TState>(IObligationSubject subject, Func<TState> state, Func<Obligation?, Outcome> change,
        Func<TState, Obligation?, ObligationEffect> effect, string? note, CancellationToken ct, StepDetails? details = null)
        where TState : struct, Enum =>
        ApplyAsync(subject, state, change, (from, owed) => Task.FromResult(effect(from, owed)), note, ct, details);

    /// <summary>As above, for an effect that needs to read something first (the petition's field, for the board).</summary>
    public async Task<Outcome> ApplyAsync<TState>(IObligationSubject subject, Func<TState> state, Func<Obligation?, Outcome> change,
        Func<TState, Obligation?, Task<ObligationEffect>> effect, string? note, CancellationToken ct, StepDetails? details = null)
        where TState : struct, Enum
    {
        var from = state();
        var current = await ledger.CurrentAsync(subject, ct);
        var outcome = change(current);
        var owed = current;
        if (outcome.Succeeded)
        {
            (outcome, owed) = await ledger.ApplyAsync(subject, current, await effect(from, current), ct);
        }

        if (!outcome.Succeeded)
        {
            db.ChangeTracker.Clear();
            return outcome;
        }

        details?.AddWithChange?.Invoke();
        await SaveAsync(subject, from.ToString(), details?.To?.Invoke() ?? state().ToString(), note, owed, ct, details?.On);
        return Outcome.Done;
    }

    /// <summary>A subject comes into being in state <paramref name="to"/> (issued, added, formed), with the obligation it opens.</summary>
    /// <param name="on">The day it happened, when the office records it later (see <see cref="StepDetails.On"/>).</param>
    public async Task<Outcome> CreateAsync(IObligationSubject subject, string to, ObligationEffect effect, Action add, string? note, CancellationToken ct, DateOnly? on = null)
    {
        var (outcome, owed) = await ledger.ApplyAsync(subject, null, effect, ct);
        if (!outcome.Succeeded)
        {
            db.ChangeTracker.Clear();
            return outcome;
        }

        add();
        await SaveAsync(subject, null, to, note, owed, ct, on);
        return Outcome.Done;
    }

    private async Task SaveAsync(IObligationSubject subject, string? from, string to, string? note, Obligation? owed, CancellationToken ct, DateOnly? on = null)
    {
        // A step of the past is shown on its own day, and the note says it was entered later, by whom (the actor) and when.
        var (at, stamped, later) = TimelineEvent.Stamp(on, time, note);
        note = stamped;
        db.Timeline.Add(TimelineEvent.Record(subject.SubjectType, subject.Id, at, actor.UserId, actor.Name, from, to, note));
        var step = new StepApplied(subject.SubjectType, subject.Id, from, to, actor.UserId, actor.Name, at,
            owed is { State: ObligationState.Open } ? [new Party(owed.OwnerBodyId, owed.OwnerPersonId)] : [], later);
        db.AfterCommit(token => AnnounceAsync(step, token));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Announces a subject that came into being outside a step (a petition received at the intake), once the caller has
    /// committed it: no one owes anything yet, so its module's audience says whose turn it is.
    /// </summary>
    /// <param name="at">When its timeline says it came (<see cref="TimelineEvent.Stamp"/>), and whether that was entered later.</param>
    public Task AnnounceCreatedAsync(IObligationSubject subject, string to, (DateTimeOffset At, bool Later) at, CancellationToken ct) =>
        AnnounceAsync(new StepApplied(subject.SubjectType, subject.Id, null, to, actor.UserId, actor.Name, at.At, [], at.Later), ct);

    private async Task AnnounceAsync(StepApplied step, CancellationToken ct)
    {
        foreach (var listener in listeners)
        {
            try
            {
                await listener.OnStepAsync(step, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The step is committed; a listener that fails must not turn it into an error for the person who took it.
                log.LogError(e, "A step listener failed for {SubjectType} {SubjectId} ({From} → {To})", step.SubjectType, step.SubjectId, step.From, step.To);
            }
        }
    }
}

/// <summary>What some steps add: records saved with the change, a state name of their own.</summary>
/// <param name="On">The day the step really happened, when the office records it later (<see cref="Infrastructure.Domain.RecordedDate"/>):
/// the timeline shows it on that day and says who entered it, and when.</param>
public sealed record StepDetails(Action? AddWithChange = null, Func<string>? To = null, DateOnly? On = null);
