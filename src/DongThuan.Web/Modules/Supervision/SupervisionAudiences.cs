using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Obligations;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Supervision;

/// <summary>
/// Whose turn a mission's step makes it: the team owes its plan and its report, the supervised agencies prepare their
/// reports once the plan reaches them and receive the team once the programme does, the standing committee reviews the
/// findings. The council office and the team follow throughout; the agencies hear the conclusion, and so does anyone
/// following the published result.
/// </summary>
public sealed class MissionAudience(DongThuanDb db) : IStepAudience
{
    public string SubjectType => SupervisionObligations.MissionSubject;

    public async Task<Audience?> OfAsync(StepApplied step, CancellationToken ct)
    {
        var m = await db.SupervisionMissions.AsNoTracking().SingleOrDefaultAsync(x => x.Id == step.SubjectId, ct);
        if (m is null || !Enum.TryParse<MissionState>(step.To, out var state))
        {
            return null;
        }

        var targets = (await db.MissionTargets.AsNoTracking().Where(t => t.MissionId == m.Id).Select(t => t.BodyId).ToListAsync(ct)).Select(b => new Party(b, null)).ToList();
        var office = new Party(m.CouncilId, null, AppRole.CouncilOffice);
        var team = new Party(m.ConductedByBodyId, null);
        IReadOnlyList<Party> turn = step.From == step.To ? [] : state switch
        {
            MissionState.PlanSent or MissionState.Scheduled => targets,
            MissionState.Concluded => [],
            _ => step.Turn,
        };
        IReadOnlyList<Party> followers = state == MissionState.Concluded ? [office, team, .. targets] : [office, team];
        return new Audience(m.Subject, $"/Supervision/Details/{m.Id}", $"Giám sát ({SupervisionNames.Of(state)})", turn, followers,
            m.IsPublished ? SupervisionFollows.Result(m.Id) : null);
    }
}

/// <summary>
/// Whose turn a recommendation's step makes it: the agency and the person it names carry it out (again, when the team
/// does not accept the report); the team that issued it checks a report of completion. The office and the team follow
/// it; the agency hears what became of its report; followers of a published result hear its progress.
/// </summary>
public sealed class RecommendationAudience(DongThuanDb db) : IStepAudience
{
    public string SubjectType => SupervisionObligations.RecommendationSubject;

    public async Task<Audience?> OfAsync(StepApplied step, CancellationToken ct)
    {
        var r = await db.Recommendations.AsNoTracking().SingleOrDefaultAsync(x => x.Id == step.SubjectId, ct);
        var m = r is null ? null : await db.SupervisionMissions.AsNoTracking().SingleOrDefaultAsync(x => x.Id == r.MissionId, ct);
        if (r is null || m is null || !Enum.TryParse<RecommendationState>(step.To, out var state))
        {
            return null;
        }

        var office = new Party(m.CouncilId, null, AppRole.CouncilOffice);
        var team = new Party(m.ConductedByBodyId, null);
        var owner = new Party(r.OwnerBodyId, r.OwnerPersonId);
        IReadOnlyList<Party> turn = step.From == step.To ? [] : state switch
        {
            RecommendationState.Open or RecommendationState.Disputed => [owner],
            RecommendationState.Completed => [team],
            _ => [],
        };
        IReadOnlyList<Party> followers = state == RecommendationState.Completed ? [office, owner] : [office, team];
        return new Audience(r.Task, $"/Supervision/Recommendation/{r.Id}", $"Kiến nghị giám sát ({SupervisionNames.Of(state)})", turn, followers,
            m.IsPublished ? SupervisionFollows.Result(m.Id) : null);
    }
}

/// <summary>The published result of a mission, as those who follow it know it.</summary>
public static class SupervisionFollows
{
    public const string ResultSubject = "SupervisionResult";

    public static PublicSubject Result(Guid missionId) => new(ResultSubject, missionId, $"/Supervision/Public/{missionId}");
}
