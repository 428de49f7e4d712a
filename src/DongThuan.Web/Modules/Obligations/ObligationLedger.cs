using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Calendar;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Obligations;

/// <summary>
/// The one place that opens, fulfils, reopens, extends and reassigns obligations, and reads them with their status
/// for lists of subjects. Modules describe what a step does (<see cref="ObligationEffect"/>); the ledger counts the
/// due date, keeps the subject attached to what it owes and refuses what the obligation's own rules refuse.
/// </summary>
public sealed class ObligationLedger(DongThuanDb db, Deadlines deadlines)
{
    /// <summary>The obligation the subject owes now, tracked for a change, or null.</summary>
    public async Task<Obligation?> CurrentAsync(IObligationSubject subject, CancellationToken ct) =>
        subject.ObligationId is { } id ? await db.Obligations.SingleOrDefaultAsync(o => o.Id == id, ct) : null;

    /// <summary>
    /// Carries out an effect on the subject's obligation (<paramref name="current"/>, tracked), adding what it opens.
    /// Returns the outcome and the obligation the subject owes afterwards. An effect on an obligation the subject
    /// does not have does nothing: the step it belongs to needs none.
    /// </summary>
    public async Task<(Outcome Outcome, Obligation? Owed)> ApplyAsync(IObligationSubject subject, Obligation? current, ObligationEffect effect, CancellationToken ct)
    {
        switch (effect)
        {
            case ObligationEffect.Open open:
                var due = await DueAsync(open.Due, ct);
                if (due.Refusal is { } missing)
                {
                    return (missing, current);
                }

                var opened = Open(subject, open.Opening, due.Due!, due.Rule);
                return (Outcome.Done, opened);
            case ObligationEffect.Then then:
                var (first, afterFirst) = await ApplyAsync(subject, current, then.First, ct);
                return first.Succeeded ? await ApplyAsync(subject, afterFirst, then.Second, ct) : (first, afterFirst);
            case ObligationEffect.Fulfil { OnlyIfOpen: true } when current is not { State: ObligationState.Open }:
                return (Outcome.Done, current);
            case ObligationEffect.Fulfil fulfil when current is not null:
                return (current.Fulfil(fulfil.On), current);
            case ObligationEffect.Reopen reopen when current is not null:
                var again = await DueAsync(reopen.Due, ct);
                return (again.Refusal ?? current.Reopen(again.Due!), current);
            case ObligationEffect.Extend extend when current is not null:
                return (current.Extend(extend.NewDue, extend.Reason), current);
            case ObligationEffect.Reassign reassign when current is not null:
                return (current.Reassign(reassign.OwnerBodyId, reassign.OwnerPersonId), current);
            case ObligationEffect.Interim interim when current is not null:
                return (current.RecordInterim(interim.On), current);
            default:
                return (Outcome.Done, current);
        }
    }

    /// <summary>
    /// Opens an obligation with a due date already counted (records entered as they happened, the demo) and makes
    /// it the subject's. The subject text is cut to the column, with an ellipsis.
    /// </summary>
    public Obligation Open(IObligationSubject subject, ObligationOpening opening, DueDate due, DeadlineRule? rule)
    {
        var text = opening.Subject.Length <= Obligation.SubjectMax ? opening.Subject : opening.Subject[..(Obligation.SubjectMax - 1)] + "…";
        var obligation = Obligation.Open(opening.Kind, subject.SubjectType, subject.Id, text, opening.UnitId, opening.OwnerBodyId, opening.OwnerPersonId,
            opening.StartedOn, due, rule, opening.Field);
        db.Obligations.Add(obligation);
        subject.AttachObligation(obligation.Id);
        return obligation;
    }

    private async Task<(DueDate? Due, DeadlineRule? Rule, Refusal? Refusal)> DueAsync(DueBy by, CancellationToken ct)
    {
        switch (by)
        {
            case DueBy.Rule rule:
                return await deadlines.DueAsync(rule.Code, rule.From, rule.ReceivedOn, ct) is { } counted
                    ? (counted.Due, counted.Rule, null)
                    : (null, null, rule.WhenMissing);
            case DueBy.Given given:
                return (given.Due, null, null);
            default:
                throw new ArgumentOutOfRangeException(nameof(by), by, "An unknown way of setting a due date.");
        }
    }
}

/// <summary>
/// The one read of obligations for the subjects a page or an answer lists: by id, unchanged by reading, so each list
/// shows the due date and the status (<see cref="Obligation.StatusOn"/>) the board shows.
/// </summary>
public static class ObligationReads
{
    /// <summary>Set by member (not by a constructor), so the database can filter on it inside a list's query.</summary>
    public sealed class DueDate
    {
        public Guid Id { get; init; }

        public DateOnly DueOn { get; init; }
    }

    public static Task<IReadOnlyDictionary<Guid, Obligation>> ObligationsByIdAsync(this DongThuanDb db, IEnumerable<Guid?> ids, CancellationToken ct) =>
        db.ObligationsByIdAsync(ids.OfType<Guid>(), ct);

    public static async Task<IReadOnlyDictionary<Guid, Obligation>> ObligationsByIdAsync(this DongThuanDb db, IEnumerable<Guid> ids, CancellationToken ct)
    {
        Guid[] wanted = [.. ids.Distinct()];
        return wanted.Length == 0 ? new Dictionary<Guid, Obligation>() : await ById.For(db)(db, wanted).ToDictionaryAsync(o => o.Id, cancellationToken: ct);
    }

    // Compiled (ADR 0045): nearly every list and details page reads its rows' obligations through this one query.
    private static readonly CompiledPerEngine<Func<DongThuanDb, Guid[], IAsyncEnumerable<Obligation>>> ById =
        new(() => EF.CompileAsyncQuery((DongThuanDb db, Guid[] ids) => db.Set<Obligation>().AsNoTracking().Where(o => ids.Contains(o.Id))));

    /// <summary>Every obligation a subject has owed, in the order they were opened (a mission's statutory steps).</summary>
    public static async Task<IReadOnlyList<Obligation>> ObligationsOfSubjectAsync(this DongThuanDb db, string subjectType, Guid subjectId, CancellationToken ct) =>
        await db.Obligations.AsNoTracking().Where(o => o.SubjectType == subjectType && o.SubjectId == subjectId).OrderBy(o => o.StartedOn).ThenBy(o => o.Id).ToListAsync(ct);

    /// <summary>
    /// Every obligation's due date by id, to sort a module's list by its deadline inside the database: use it from a
    /// variable in the list's query (<c>dues.Where(d => d.Id == q.ObligationId).Select(d => (DateOnly?)d.DueOn).FirstOrDefault()</c>).
    /// </summary>
    public static IQueryable<DueDate> DueDates(this DongThuanDb db) => db.Obligations.AsNoTracking().Select(o => new DueDate { Id = o.Id, DueOn = o.DueOn });

    /// <summary>One obligation, unchanged by reading, or null (no id, or none with it).</summary>
    public static async Task<Obligation?> ObligationAsync(this DongThuanDb db, Guid? id, CancellationToken ct) =>
        id is { } oid ? await One.For(db)(db, oid, ct) : null;

    // Compiled (ADR 0045): every details page of a question, petition or recommendation reads its obligation so.
    private static readonly CompiledPerEngine<Func<DongThuanDb, Guid, CancellationToken, Task<Obligation?>>> One =
        new(() => EF.CompileAsyncQuery((DongThuanDb db, Guid id, CancellationToken ct) => db.Set<Obligation>().AsNoTracking().SingleOrDefault(o => o.Id == id)));
}
