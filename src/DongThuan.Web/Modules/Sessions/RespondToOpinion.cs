using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Obligations;

namespace DongThuan.Web.Modules.Sessions;

/// <summary>
/// The executive accepts or explains a group's opinion, which fulfils its obligation (the page and the API). The council
/// office may record a response given on paper with the day it was given (<see cref="RecordedDate"/>): not in the
/// future, not before the session closed.
/// </summary>
public static class RespondToOpinion
{
    public sealed record Request(string? Response, DateOnly? On = null);

    public static bool MayAct(ClaimsPrincipal user, GroupOpinion opinion) =>
        UnitScope.IsExecutiveOf(user, opinion.UnitId) || UnitScope.IsCouncilOfficeOf(user, opinion.UnitId);

    public static async Task<Outcome> ExecuteAsync(DongThuanDb db, ObligationLedger ledger, ClaimsPrincipal user, GroupOpinion opinion, DateOnly today,
        Request input, CancellationToken ct)
    {
        var current = await ledger.CurrentAsync(opinion, ct);
        var (day, refusal) = RecordedDate.Resolve(input.On, today, UnitScope.IsCouncilOfficeOf(user, opinion.UnitId), current?.StartedOn);
        if (refusal is not null)
        {
            return refusal;
        }

        var outcome = opinion.Respond(input.Response ?? "", day);
        if (outcome.Succeeded)
        {
            (outcome, _) = await ledger.ApplyAsync(opinion, current, new ObligationEffect.Fulfil(day), ct);
        }

        return outcome;
    }
}
