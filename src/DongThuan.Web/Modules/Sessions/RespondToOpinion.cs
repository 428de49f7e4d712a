using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Obligations;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Sessions;

/// <summary>
/// The executive accepts or explains a group's opinion, which fulfils its obligation (the page and the API), through
/// the kernel's step. The council office may record a response given on paper with the day it was given
/// (<see cref="RecordedDate"/>): not in the future, not before the session closed. Saved here, or nothing is.
/// </summary>
public static class RespondToOpinion
{
    public sealed record Request(string? Response, DateOnly? On = null);

    public static bool MayAct(ClaimsPrincipal user, GroupOpinion opinion) =>
        UnitScope.IsExecutiveOf(user, opinion.UnitId) || UnitScope.IsCouncilOfficeOf(user, opinion.UnitId);

    public static async Task<Outcome> ExecuteAsync(DongThuanDb db, WorkflowStep step, ClaimsPrincipal user, GroupOpinion opinion, DateOnly today,
        Request input, CancellationToken ct)
    {
        var closedOn = await db.Sessions.AsNoTracking().Where(s => s.Id == opinion.SessionId).Select(s => s.EndsOn).SingleAsync(ct);
        var (day, refusal) = RecordedDate.Resolve(input.On, today, UnitScope.IsCouncilOfficeOf(user, opinion.UnitId), closedOn);
        if (refusal is not null)
        {
            return refusal;
        }

        return await step.ApplyAsync(opinion, () => opinion.State, _ => opinion.Respond(input.Response ?? "", day),
            (_, _) => new ObligationEffect.Fulfil(day), null, ct, input.On is null ? null : new StepDetails(On: day));
    }
}
