using DongThuan.Web.Infrastructure.Domain;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Supervision;

/// <summary>
/// A re-supervision records what it found of a recommendation it took up (the page and the API): done completes it;
/// partly or not done keeps it owed by a new date. Recorded on the day it was found (today, or a past day from the paper
/// file, not before the visits ended). The caller has checked that the user is council office staff of the mission's unit
/// and holds the mission. Saved here, or nothing is.
/// </summary>
public static class CheckRecommendation
{
    public sealed record Request(Guid RecommendationId, CheckOutcome Outcome, string? Reasons = null, DateOnly? NewDueOn = null, DateOnly? On = null);

    /// <returns>Null when the mission did not take up that recommendation.</returns>
    public static async Task<Outcome?> ExecuteAsync(SupervisionDesk desk, SupervisionMission mission, Request input, CancellationToken ct)
    {
        var db = desk.Db;
        var item = await db.ReSupervisionItems.SingleOrDefaultAsync(i => i.RecommendationId == input.RecommendationId && i.MissionId == mission.Id, ct);
        var r = item is null ? null : await db.Recommendations.SingleAsync(x => x.Id == item.RecommendationId, ct);
        if (item is null || r is null || !Enum.IsDefined(input.Outcome))
        {
            return null;
        }

        var allowed = mission.AllowCheck();
        if (!allowed.Succeeded)
        {
            return allowed;
        }

        var (day, refusal) = RecordedDate.Resolve(input.On, desk.Today, mayBackdate: true, previous: mission.FinishedOn);
        if (refusal is not null)
        {
            return refusal;
        }

        var recorded = item.Record(input.Outcome, input.Reasons, day);
        var note = $"Tái giám sát: {SupervisionNames.Of(input.Outcome)}. {input.Reasons}".Trim();
        return recorded.Succeeded ? await desk.ApplyAsync(r, x => x.Check(input.Outcome, input.Reasons ?? "", day, input.NewDueOn), note, day, ct) : recorded;
    }
}
