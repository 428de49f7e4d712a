using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Obligations;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Coordination;

/// <summary>
/// Whose turn a joint task's step makes it: the lead party (and the person it names) carries out a task added to the
/// programme; the council office, which keeps the programme, evaluates a task reported done. The office and the
/// supporting parties follow it; the lead hears the verdict.
/// </summary>
public sealed class TaskAudience(DongThuanDb db) : IStepAudience
{
    public string SubjectType => CoordinationObligations.TaskSubject;

    public async Task<Audience?> OfAsync(StepApplied step, CancellationToken ct)
    {
        var t = await db.CoordinationTasks.AsNoTracking().SingleOrDefaultAsync(x => x.Id == step.SubjectId, ct);
        if (t is null)
        {
            return null;
        }

        // The stored state is the task's, or its verdict once evaluated (CoordinationDesk names it so).
        var evaluated = Enum.TryParse<TaskEvaluation>(step.To, out var verdict);
        var state = evaluated ? TaskState.Evaluated : Enum.TryParse<TaskState>(step.To, out var s) ? s : (TaskState?)null;
        if (state is null)
        {
            return null;
        }

        var office = await StepAudiences.CouncilOfficeOfAsync(db, t.UnitId, ct);
        var lead = new Party(t.LeadBodyId, t.OwnerPersonId);
        var supporting = (await db.TaskSupports.AsNoTracking().Where(x => x.TaskId == t.Id).Select(x => x.BodyId).ToListAsync(ct)).Select(b => new Party(b, null));
        IReadOnlyList<Party> turn = step.From == step.To ? [] : state switch
        {
            TaskState.Open => [lead],
            TaskState.Reported => office,
            _ => [],
        };
        IReadOnlyList<Party> followers = state == TaskState.Evaluated ? [.. office, lead, .. supporting] : [.. office, .. supporting];
        var what = evaluated ? CoordinationNames.Of(verdict) : CoordinationNames.Of(state.Value);
        return new Audience(t.Title, $"/Coordination/Task/{t.Id}", $"Nhiệm vụ phối hợp ({what})", turn, followers);
    }
}
