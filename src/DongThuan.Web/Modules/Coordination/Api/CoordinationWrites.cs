using System.Security.Claims;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DongThuan.Web.Modules.Coordination.Api;

/// <summary>
/// What the coordination pages record, for programs, through the same use cases: a signed programme, its tasks, a task
/// reported done, the year-end verdict and the parties' quarterly reports, each with the day it happened (<c>"on"</c>).
/// A programme or task the caller may not see is a 404; one they may see but not act on a 403; a refusal a 422 in the
/// caller's language.
/// </summary>
public static class CoordinationWrites
{
    public static async Task<IResult> SignAsync(SignProgramme.Request input, ClaimsPrincipal user, CoordinationDesk desk, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (!await desk.Db.Set<Organisation.Unit>().AsNoTracking().AnyAsync(u => u.Id == input.UnitId, ct))
        {
            return TypedResults.NotFound();
        }

        if (!UnitScope.IsCouncilOfficeOf(user, input.UnitId))
        {
            return TypedResults.Forbid();
        }

        var (outcome, programme) = await SignProgramme.ExecuteAsync(desk, input, ct);
        return outcome.Succeeded ? TypedResults.Created($"/Coordination/Details/{programme!.Id}", new CreatedId(programme.Id)) : Problems.Refused(outcome, l);
    }

    public static async Task<IResult> AddTaskAsync(Guid id, AddTask.Request input, ClaimsPrincipal user, CoordinationDesk desk, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var p = await CoordinationAccess.Visible(desk.Db, user).AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (p is null)
        {
            return TypedResults.NotFound();
        }

        if (!CoordinationAccess.IsOffice(user, p.UnitId))
        {
            return TypedResults.Forbid();
        }

        var (outcome, task) = await AddTask.ExecuteAsync(desk, p, input, ct);
        return outcome.Succeeded ? TypedResults.Created($"/Coordination/Task/{task!.Id}", new CreatedId(task.Id)) : Problems.Refused(outcome, l);
    }

    public static Task<IResult> ReportAsync(Guid id, ReportTask.Request input, ClaimsPrincipal user, CoordinationDesk desk, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        OnTaskAsync(id, user, desk, CoordinationAccess.CanReport, async t => ApiWrites.Done(await ReportTask.ExecuteAsync(desk, user, t, input, ct), l), ct);

    public static Task<IResult> EvaluateAsync(Guid id, EvaluateTask.Request input, ClaimsPrincipal user, CoordinationDesk desk, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        OnTaskAsync(id, user, desk, (u, t) => CoordinationAccess.IsOffice(u, t.UnitId), async t => ApiWrites.Done(await EvaluateTask.ExecuteAsync(desk, t, input, ct), l), ct);

    public static async Task<IResult> QuarterlyReportAsync(Guid id, SubmitQuarterlyReport.Request input, ClaimsPrincipal user, CoordinationDesk desk,
        IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var p = await CoordinationAccess.Visible(desk.Db, user).AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (p is null)
        {
            return TypedResults.NotFound();
        }

        return await SubmitQuarterlyReport.ExecuteAsync(desk, user, p, input, ct) switch
        {
            null => TypedResults.Forbid(),
            ({ Succeeded: true }, var report) => TypedResults.Created($"/Coordination/Details/{id}", new CreatedId(report!.Id)),
            var (outcome, _) => Problems.Refused(outcome, l),
        };
    }

    private static async Task<IResult> OnTaskAsync(Guid id, ClaimsPrincipal user, CoordinationDesk desk, Func<ClaimsPrincipal, CoordinationTask, bool> mayAct,
        Func<CoordinationTask, Task<IResult>> act, CancellationToken ct)
    {
        var t = await desk.Db.CoordinationTasks.SingleOrDefaultAsync(x => x.Id == id, ct);
        return t is null || !await CoordinationAccess.Visible(desk.Db, user).AnyAsync(p => p.Id == t.ProgrammeId, ct) ? TypedResults.NotFound()
            : !mayAct(user, t) ? TypedResults.Forbid()
            : await act(t);
    }
}
