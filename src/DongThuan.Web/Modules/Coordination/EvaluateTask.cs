using DongThuan.Web.Infrastructure.Domain;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Coordination;

/// <summary>
/// The council office records the year-end verdict on a task (the page and the API): done (on the day reported, or the day
/// given) or not done with a reason. The review is dated today or, entered from the paper file, on its own day, not before
/// the programme was signed. The caller has checked that the user is council office staff of the task's unit.
/// </summary>
public static class EvaluateTask
{
    public sealed record Request(bool Done, DateOnly? DoneOn = null, string? Note = null, DateOnly? On = null);

    public static async Task<Outcome> ExecuteAsync(CoordinationDesk desk, CoordinationTask t, Request input, CancellationToken ct)
    {
        var signedOn = await desk.Db.CoordinationProgrammes.AsNoTracking().Where(p => p.Id == t.ProgrammeId).Select(p => p.SignedOn).SingleAsync(ct);
        var (day, refusal) = RecordedDate.Resolve(input.On, desk.Today, mayBackdate: true, t.ReportedOn ?? signedOn);
        return refusal ?? await desk.EvaluateAsync(t, input.Done, input.DoneOn, input.Note, day, ct);
    }
}
