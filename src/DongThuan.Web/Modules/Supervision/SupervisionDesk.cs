using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Calendar;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Supervision;

/// <summary>
/// What every supervision use case shares: a mission's statutory steps and a recommendation's progress
/// each drive an obligation and write the timeline, saved in one transaction with the change, or not at all.
/// </summary>
public sealed class SupervisionDesk(DongThuanDb db, ICurrentActor actor, TimeProvider time, Deadlines deadlines)
{
    public const string MissionSubject = "SupervisionMission";
    public const string RecommendationSubject = "SupervisionRecommendation";
    public const string StepKind = "supervision.step";
    public const string RecommendationKind = "supervision.recommendation";

    public DongThuanDb Db => db;

    public DateOnly Today => VietnamTime.Today(time);

    /// <summary>The bodies a mission concerns beyond its team: those it supervises and those its recommendations address.</summary>
    public async Task<IReadOnlyCollection<Guid>> PartiesAsync(Guid missionId, CancellationToken ct) =>
        await db.MissionTargets.AsNoTracking().Where(t => t.MissionId == missionId).Select(t => t.BodyId)
            .Union(db.Recommendations.AsNoTracking().Where(r => r.MissionId == missionId).Select(r => r.OwnerBodyId)).ToListAsync(ct);

    /// <summary>Forms the team: the plan and outline are then owed within the rule's days.</summary>
    public async Task<Outcome> FormAsync(SupervisionMission m, IReadOnlyCollection<Guid> targets, IEnumerable<MissionSource> sources, IEnumerable<Recommendation> taken, CancellationToken ct)
    {
        var step = await OpenStepAsync(m, DeadlineCodes.SupervisionPlan, m.ConductedByBodyId, m.FormedOn, "Gửi kế hoạch, đề cương giám sát", ct);
        if (step is null)
        {
            return SupervisionRefusals.NoDeadlineRule;
        }

        db.SupervisionMissions.Add(m);
        db.MissionTargets.AddRange(targets.Distinct().Select(b => MissionTarget.For(m, b)));
        db.MissionSources.AddRange(sources);
        db.ReSupervisionItems.AddRange(taken.Select(r => ReSupervisionItem.Take(m, r)));
        Record(MissionSubject, m.Id, null, m.State.ToString(), null);
        await db.SaveChangesAsync(ct);
        return Outcome.Done;
    }

    /// <summary>Applies a step; the step it completes is fulfilled on its date and the next one opens.</summary>
    public async Task<Outcome> StepAsync(SupervisionMission m, Func<SupervisionMission, Outcome> step, string? note, CancellationToken ct)
    {
        var from = m.State;
        var outcome = step(m);
        if (!outcome.Succeeded)
        {
            db.ChangeTracker.Clear();
            return outcome;
        }

        var current = m.StepObligationId is { } sid ? await db.Obligations.SingleOrDefaultAsync(o => o.Id == sid, ct) : null;
        var (doneOn, next) = m.State switch
        {
            MissionState.PlanSent => (m.PlanSentOn, ((string Rule, Guid Owner, DateOnly From, string Name)?)null),
            MissionState.Visited => (null, (m.ReportsAsCommittee ? DeadlineCodes.SupervisionCommitteeReport : DeadlineCodes.SupervisionReport, m.ConductedByBodyId, m.FinishedOn!.Value, "Báo cáo kết quả giám sát")),
            MissionState.Reported => (m.ReportedOn, (DeadlineCodes.SupervisionReview, await StandingCommitteeAsync(m, ct), m.ReportedOn!.Value, "Thường trực HĐND xem xét báo cáo giám sát")),
            MissionState.Concluded => (m.ConcludedOn, null),
            _ => ((DateOnly?)null, null),
        };
        if (doneOn is { } on && current is { State: ObligationState.Open })
        {
            current.Fulfil(on);
        }

        if (next is { } n)
        {
            if (await OpenStepAsync(m, n.Rule, n.Owner, n.From, n.Name, ct) is null)
            {
                db.ChangeTracker.Clear();
                return SupervisionRefusals.NoDeadlineRule;
            }
        }

        Record(MissionSubject, m.Id, from.ToString(), m.State.ToString(), note);
        await db.SaveChangesAsync(ct);
        return Outcome.Done;
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

        var due = new DueDate(r.DueOn, null, $"Thời hạn do {(m.IsReSupervision ? "đoàn tái giám sát" : "đoàn giám sát")} kiến nghị ngày {r.IssuedOn:dd/MM/yyyy} (Luật 87/2015, Điều 89: kiến nghị giám sát phải được thực hiện).");
        var o = Obligation.Open(RecommendationKind, RecommendationSubject, r.Id, Short(r.Task), r.UnitId, r.OwnerBodyId, r.OwnerPersonId, r.IssuedOn, due, null);
        r.AttachObligation(o.Id);
        db.Recommendations.Add(r);
        db.Obligations.Add(o);
        Record(RecommendationSubject, r.Id, null, r.State.ToString(), null);
        await db.SaveChangesAsync(ct);
        return Outcome.Done;
    }

    /// <summary>
    /// Applies a change to a recommendation and keeps its obligation in step: completed fulfils it; owed
    /// again reopens it (or extends it to the new date); progress short of completion is an interim report.
    /// </summary>
    public async Task<Outcome> ApplyAsync(Recommendation r, Func<Recommendation, Outcome> change, string? note, CancellationToken ct) => await ApplyAsync(r, change, note, null, ct);

    /// <summary>As above, adding with the change the records that belong to it (a progress report and its evidence).</summary>
    public async Task<Outcome> ApplyAsync(Recommendation r, Func<Recommendation, Outcome> change, string? note, Action? addWithChange, CancellationToken ct)
    {
        var from = r.State;
        var outcome = change(r);
        var o = outcome.Succeeded && r.ObligationId is { } oid ? await db.Obligations.SingleAsync(x => x.Id == oid, ct) : null;
        if (o is not null)
        {
            outcome = r.State == RecommendationState.Completed
                ? o.State == ObligationState.Open ? o.Fulfil(r.CompletedOn ?? Today) : Outcome.Done
                : o.State == ObligationState.Fulfilled ? o.Reopen(new DueDate(r.DueOn, null, $"hạn mới {r.DueOn:dd/MM/yyyy}. {note}".Trim()))
                : r.DueOn > o.DueOn ? o.Extend(r.DueOn, note ?? "")
                : r.State == RecommendationState.InProgress ? o.RecordInterim(Today)
                : Outcome.Done;
        }

        if (!outcome.Succeeded)
        {
            db.ChangeTracker.Clear();
            return outcome;
        }

        addWithChange?.Invoke();
        Record(RecommendationSubject, r.Id, from.ToString(), r.State.ToString(), note);
        await db.SaveChangesAsync(ct);
        return Outcome.Done;
    }

    private async Task<Guid> StandingCommitteeAsync(SupervisionMission m, CancellationToken ct) =>
        await db.Bodies.AsNoTracking().Where(b => b.ParentBodyId == m.CouncilId && b.Kind == BodyKind.CouncilStandingCommittee).Select(b => (Guid?)b.Id).FirstOrDefaultAsync(ct)
        ?? m.CouncilId;

    private async Task<Obligation?> OpenStepAsync(SupervisionMission m, string rule, Guid owner, DateOnly from, string name, CancellationToken ct)
    {
        if (await deadlines.DueAsync(rule, from.ToDateTime(TimeOnly.MinValue), ct) is not { } due)
        {
            return null;
        }

        var o = Obligation.Open(StepKind, MissionSubject, m.Id, Short($"{name}: {m.Subject}"), m.UnitId, owner, null, from, due.Due, due.Rule);
        db.Obligations.Add(o);
        m.AttachStepObligation(o.Id);
        return o;
    }

    private void Record(string subjectType, Guid id, string? from, string to, string? note) =>
        db.Timeline.Add(TimelineEvent.Record(subjectType, id, time.GetUtcNow(), actor.UserId, actor.Name, from, to, note));

    private static string Short(string text) => text.Length <= 500 ? text : text[..497] + "…";
}
