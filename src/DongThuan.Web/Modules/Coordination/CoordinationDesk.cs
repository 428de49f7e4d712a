using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Calendar;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Coordination;

/// <summary>The programme use cases: each task is an obligation of its lead body, kept in step with the task and its timeline, saved together.</summary>
public sealed class CoordinationDesk(DongThuanDb db, ICurrentActor actor, TimeProvider time)
{
    public const string TaskSubject = "CoordinationTask";
    public const string TaskKind = "coordination.task";

    public DongThuanDb Db => db;

    public DateOnly Today => VietnamTime.Today(time);

    public async Task<Outcome> SignAsync(CoordinationProgramme p, IReadOnlyList<ProgrammeParty> parties, CancellationToken ct)
    {
        if (await db.CoordinationProgrammes.AnyAsync(x => x.UnitId == p.UnitId && x.Year == p.Year && x.Number == p.Number, ct))
        {
            return CoordinationRefusals.DuplicateNumber;
        }

        db.CoordinationProgrammes.Add(p);
        db.ProgrammeParties.AddRange(parties);
        await db.SaveChangesAsync(ct);
        return Outcome.Done;
    }

    /// <summary>Adds a task, owed by its lead body and named person by the last day of its time frame.</summary>
    public async Task<Outcome> AddTaskAsync(CoordinationProgramme p, CoordinationTask t, IEnumerable<Guid> supporting, CancellationToken ct)
    {
        var leadOk = await db.Bodies.AsNoTracking().AnyAsync(b => b.Id == t.LeadBodyId && b.UnitId == p.UnitId, ct);
        var personOk = t.OwnerPersonId is not { } person || await db.Positions.AsNoTracking().AnyAsync(x => x.PersonId == person && x.BodyId == t.LeadBodyId, ct);
        if (!leadOk || !personOk)
        {
            return CoordinationRefusals.LeadParty;
        }

        var due = new DueDate(t.DueOn, null, $"Thời gian thực hiện theo Chương trình số {p.Number}: {t.Frame.Label}.");
        var o = Obligation.Open(TaskKind, TaskSubject, t.Id, t.Title.Length <= 500 ? t.Title : t.Title[..497] + "…", t.UnitId, t.LeadBodyId, t.OwnerPersonId, p.SignedOn, due, null);
        t.AttachObligation(o.Id);
        db.CoordinationTasks.Add(t);
        db.TaskSupports.AddRange(supporting.Where(b => b != t.LeadBodyId).Distinct().Select(b => TaskSupport.Of(t, b)));
        db.Obligations.Add(o);
        Record(t, null, null);
        await db.SaveChangesAsync(ct);
        return Outcome.Done;
    }

    public async Task<Outcome> ReportAsync(CoordinationTask t, string report, DateOnly on, CancellationToken ct)
    {
        var outcome = t.ReportDone(report, on);
        var o = await ObligationOfAsync(t, ct);
        outcome = outcome.Succeeded && o is { State: ObligationState.Open } ? o.Fulfil(on) : outcome;
        return await SaveAsync(t, TaskState.Open, outcome, report, ct);
    }

    /// <summary>
    /// The year-end verdict. Done fulfils the obligation on the day it was done and takes its verdict, on time
    /// or late (one definition for every page and report); not done leaves it owed (reopened if it was reported).
    /// </summary>
    public async Task<Outcome> EvaluateAsync(CoordinationTask t, bool done, DateOnly? doneOn, string? note, CancellationToken ct)
    {
        var from = t.State;
        var o = await ObligationOfAsync(t, ct);
        var outcome = t.Evaluate(done, doneOn, note, Today, on =>
        {
            if (o is { State: ObligationState.Open })
            {
                o.Fulfil(on);
            }

            return o?.StatusOn(on) == ObligationStatus.DoneLate ? TaskEvaluation.DoneLate : TaskEvaluation.DoneOnTime;
        });
        if (outcome.Succeeded && !done && o is { State: ObligationState.Fulfilled })
        {
            outcome = o.Reopen(new DueDate(o.DueOn, null, "Đánh giá cuối năm: chưa hoàn thành."));
        }

        return await SaveAsync(t, from, outcome, note, ct);
    }

    private Task<Obligation?> ObligationOfAsync(CoordinationTask t, CancellationToken ct) =>
        t.ObligationId is { } id ? db.Obligations.SingleOrDefaultAsync(o => o.Id == id, ct) : Task.FromResult<Obligation?>(null);

    private async Task<Outcome> SaveAsync(CoordinationTask t, TaskState from, Outcome outcome, string? note, CancellationToken ct)
    {
        if (!outcome.Succeeded)
        {
            db.ChangeTracker.Clear();
            return outcome;
        }

        Record(t, from.ToString(), note);
        await db.SaveChangesAsync(ct);
        return Outcome.Done;
    }

    private void Record(CoordinationTask t, string? from, string? note) =>
        db.Timeline.Add(TimelineEvent.Record(TaskSubject, t.Id, time.GetUtcNow(), actor.UserId, actor.Name, from,
            t.State == TaskState.Evaluated ? t.Evaluation!.Value.ToString() : t.State.ToString(), note));
}
