using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Supervision;

/// <summary>
/// What every supervision use case shares: a mission's statutory steps and a recommendation's progress are steps
/// taken through the kernel's <see cref="WorkflowStep"/>, with the effects <see cref="SupervisionObligations"/> names,
/// saved in one transaction with the change, or not at all.
/// </summary>
public sealed class SupervisionDesk(DongThuanDb db, WorkflowStep step, TimeProvider time)
{
    public DongThuanDb Db => db;

    public DateOnly Today => VietnamTime.Today(time);

    /// <summary>The bodies a mission concerns beyond its team: those it supervises and those its recommendations address.</summary>
    public async Task<IReadOnlyCollection<Guid>> PartiesAsync(Guid missionId, CancellationToken ct) =>
        await db.MissionTargets.AsNoTracking().Where(t => t.MissionId == missionId).Select(t => t.BodyId)
            .Union(db.Recommendations.AsNoTracking().Where(r => r.MissionId == missionId).Select(r => r.OwnerBodyId)).ToListAsync(ct);

    /// <summary>Forms the team: the plan and outline are then owed within the rule's days.</summary>
    public Task<Outcome> FormAsync(SupervisionMission m, IReadOnlyCollection<Guid> targets, IEnumerable<MissionSource> sources, IEnumerable<Recommendation> taken, CancellationToken ct) =>
        step.CreateAsync(m, m.State.ToString(), SupervisionObligations.Formed(m), () =>
        {
            db.SupervisionMissions.Add(m);
            db.MissionTargets.AddRange(targets.Distinct().Select(b => MissionTarget.For(m, b)));
            db.MissionSources.AddRange(sources);
            db.ReSupervisionItems.AddRange(taken.Select(r => ReSupervisionItem.Take(m, r)));
        }, null, ct, m.FormedOn);

    /// <summary>Applies a step taken on <paramref name="on"/>; the step it completes is fulfilled on that date and the next one opens.</summary>
    public async Task<Outcome> StepAsync(SupervisionMission m, Func<SupervisionMission, Outcome> change, string? note, DateOnly on, CancellationToken ct)
    {
        var standing = await StandingCommitteeAsync(m, ct);
        return await step.ApplyAsync(m, () => m.State, _ => change(m), (_, _) => SupervisionObligations.OfStep(m, standing), note, ct, new StepDetails(On: on));
    }

    /// <summary>Issues a recommendation: an obligation of the agency and person it names, due on the date it sets.</summary>
    public async Task<Outcome> IssueAsync(SupervisionMission m, Recommendation r, CancellationToken ct)
    {
        var holds = await db.Positions.AsNoTracking().AnyAsync(p => p.PersonId == r.OwnerPersonId && p.BodyId == r.OwnerBodyId, ct);
        var agency = await db.Bodies.AsNoTracking().AnyAsync(b => b.Id == r.OwnerBodyId && b.UnitId == m.UnitId, ct);
        if (!holds || !agency)
        {
            return SupervisionRefusals.RecommendationOwner;
        }

        return await step.CreateAsync(r, r.State.ToString(), SupervisionObligations.Issued(m, r), () => db.Recommendations.Add(r), null, ct, r.IssuedOn);
    }

    /// <summary>
    /// Applies a change to a recommendation, taken on <paramref name="on"/>, and keeps its obligation in step
    /// (<see cref="SupervisionObligations.OfProgress"/>), adding with the change the records that belong to it (a progress report and its evidence).
    /// </summary>
    public Task<Outcome> ApplyAsync(Recommendation r, Func<Recommendation, Outcome> change, string? note, DateOnly on, CancellationToken ct, Action? addWithChange = null) =>
        step.ApplyAsync(r, () => r.State, _ => change(r), (_, owed) => SupervisionObligations.OfProgress(r, owed, note, on), note, ct,
            new StepDetails(AddWithChange: addWithChange, On: on));

    private async Task<Guid> StandingCommitteeAsync(SupervisionMission m, CancellationToken ct) =>
        await db.Bodies.AsNoTracking().Where(b => b.ParentBodyId == m.CouncilId && b.Kind == BodyKind.CouncilStandingCommittee).Select(b => (Guid?)b.Id).FirstOrDefaultAsync(ct)
        ?? m.CouncilId;
}
