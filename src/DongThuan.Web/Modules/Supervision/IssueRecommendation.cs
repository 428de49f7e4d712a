using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Modules.Supervision;

/// <summary>
/// The council office records a recommendation of a mission (the page and the API): the agency and the person who must
/// carry it out, the task and the date it is due, issued on the day it was (today, or a past day from the paper file, not
/// before the mission's report). It becomes an obligation of that agency and person. The caller has checked that the user
/// is council office staff of the mission's unit.
/// </summary>
public static class IssueRecommendation
{
    public sealed record Request(Guid OwnerBodyId, Guid OwnerPersonId, string? Task, DateOnly DueOn, DateOnly? On = null);

    public static async Task<(Outcome Outcome, Recommendation? Recommendation)> ExecuteAsync(SupervisionDesk desk, SupervisionMission mission, Request input, CancellationToken ct)
    {
        var (day, refusal) = RecordedDate.Resolve(input.On, desk.Today, mayBackdate: true, previous: mission.ReportedOn);
        if (refusal is not null)
        {
            return (refusal, null);
        }

        var r = Recommendation.Issue(mission, input.OwnerBodyId, input.OwnerPersonId, input.Task ?? "", day, input.DueOn, out var outcome);
        outcome = outcome.Succeeded ? await desk.IssueAsync(mission, r, ct) : outcome;
        return (outcome, outcome.Succeeded ? r : null);
    }
}
