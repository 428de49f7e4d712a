using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Coordination;

/// <summary>
/// The programme use cases: each task is an obligation of its lead body, kept in step with the task through the
/// kernel's <see cref="WorkflowStep"/> and the effects <see cref="CoordinationObligations"/> names, saved together.
/// </summary>
public sealed class CoordinationDesk(DongThuanDb db, WorkflowStep step, TimeProvider time)
{
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

        return await step.CreateAsync(t, StateName(t), CoordinationObligations.Added(p, t), () =>
        {
            db.CoordinationTasks.Add(t);
            db.TaskSupports.AddRange(supporting.Where(b => b != t.LeadBodyId).Distinct().Select(b => TaskSupport.Of(t, b)));
        }, null, ct);
    }

    public Task<Outcome> ReportAsync(CoordinationTask t, string report, DateOnly on, CancellationToken ct) =>
        step.ApplyAsync(t, () => t.State, _ => t.ReportDone(report, on), (_, _) => CoordinationObligations.Reported(on), report, ct, new StepDetails(To: () => StateName(t), On: on));

    /// <summary>
    /// The year-end verdict. Done fulfils the obligation on the day it was done and takes its verdict, on time
    /// or late (one definition for every page and report); not done leaves it owed (reopened if it was reported).
    /// </summary>
    /// <param name="on">The day of the review (today, or a past one the office enters from the paper file).</param>
    public Task<Outcome> EvaluateAsync(CoordinationTask t, bool done, DateOnly? doneOn, string? note, DateOnly on, CancellationToken ct) =>
        step.ApplyAsync(t, () => t.State,
            owed => t.Evaluate(done, doneOn, note, on, day => owed?.StatusIfFulfilledOn(day) == ObligationStatus.DoneLate ? TaskEvaluation.DoneLate : TaskEvaluation.DoneOnTime),
            (_, owed) => CoordinationObligations.Evaluated(t, done, owed), note, ct, new StepDetails(To: () => StateName(t), On: on));

    /// <summary>The timeline's state: the verdict once evaluated.</summary>
    private static string StateName(CoordinationTask t) => t.State == TaskState.Evaluated ? t.Evaluation!.Value.ToString() : t.State.ToString();
}
