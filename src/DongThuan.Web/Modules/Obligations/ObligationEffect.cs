using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Calendar;

namespace DongThuan.Web.Modules.Obligations;

/// <summary>
/// A record that owes something through an obligation: a question, a petition, a recommendation, a task, a
/// mission's current step, a promise. The owning module's entity implements it; the kernel reads and sets only this.
/// </summary>
public interface IObligationSubject
{
    /// <summary>The subject's name in obligations and the timeline ("Question", "Petition"…).</summary>
    string SubjectType { get; }

    Guid Id { get; }

    /// <summary>The obligation the subject owes now, if any.</summary>
    Guid? ObligationId { get; }

    void AttachObligation(Guid obligationId);
}

/// <summary>What an obligation opened by a step is about and who owes it, from which day.</summary>
public sealed record ObligationOpening(string Kind, string Subject, Guid UnitId, Guid OwnerBodyId, Guid? OwnerPersonId, DateOnly StartedOn, string? Field = null);

/// <summary>How a due date is set: counted by a deadline rule from a day, or given (by a recommendation, a programme).</summary>
public abstract record DueBy
{
    /// <summary>Counted by the rule in force on <paramref name="From"/>; refused with <paramref name="WhenMissing"/> when none is.</summary>
    /// <param name="From">The day the item reached whoever must act (forwarded, routed, the session closed).</param>
    /// <param name="ReceivedOn">For an item received before it was passed on, the day it was received: the rule says which day counts.</param>
    public sealed record Rule(string Code, DateOnly From, Refusal WhenMissing, DateOnly? ReceivedOn = null) : DueBy;

    public sealed record Given(DueDate Due) : DueBy;
}

/// <summary>
/// What one step of a subject's workflow does to the obligation the subject owes. Each module keeps a table from
/// its transitions to these (…Obligations.cs); <see cref="ObligationLedger"/> carries them out.
/// </summary>
public abstract record ObligationEffect
{
    public static readonly ObligationEffect None = new Nothing();

    /// <summary>Opens a new obligation and makes it the subject's.</summary>
    public sealed record Open(ObligationOpening Opening, DueBy Due) : ObligationEffect;

    /// <summary>Fulfils the subject's obligation on a day; with <paramref name="OnlyIfOpen"/>, one already fulfilled is left as it is.</summary>
    public sealed record Fulfil(DateOnly On, bool OnlyIfOpen = false) : ObligationEffect;

    /// <summary>Opens a fulfilled obligation again with a new due date (a further answer asked for).</summary>
    public sealed record Reopen(DueBy Due) : ObligationEffect;

    /// <summary>A later due date; the original one stays, so lateness is still judged against it.</summary>
    public sealed record Extend(DateOnly NewDue, string Reason) : ObligationEffect;

    /// <summary>Another body (or person) owes it, with the same dates.</summary>
    public sealed record Reassign(Guid OwnerBodyId, Guid? OwnerPersonId) : ObligationEffect;

    /// <summary>An interim report: still open, same due date.</summary>
    public sealed record Interim(DateOnly On) : ObligationEffect;

    /// <summary>Two effects in order (a mission's step: the current one fulfilled, the next one opened).</summary>
    public sealed record Then(ObligationEffect First, ObligationEffect Second) : ObligationEffect;

    private sealed record Nothing : ObligationEffect;
}
