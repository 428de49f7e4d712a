using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Supervision;

/// <summary>
/// The council office forms a supervision team (the page and the API): who conducts it, what and whom it supervises, who
/// is on it, on the day the decision forming it was signed (a past day for a mission entered later). A re-supervision takes
/// earlier recommendations of the council that are still unfinished, and supervises the agencies they address. The caller
/// has checked that the user is council office staff of the council's unit. Saved here, or nothing is.
/// </summary>
public static class FormMission
{
    /// <param name="Targets">The supervised agencies: the people's committee or its departments, of the council's unit.</param>
    /// <param name="ReSupervises">For a re-supervision, the unfinished recommendations it takes up.</param>
    public sealed record Request(Guid CouncilId, Guid ConductedByBodyId, string? Subject, string? Scope, string? Members, DateOnly FormedOn,
        IReadOnlyList<Guid>? Targets = null, Guid? ProgrammeId = null, bool IsSecret = false, bool IsReSupervision = false, IReadOnlyList<Guid>? ReSupervises = null);

    /// <summary>Who may conduct a mission of this council: its standing committee, committees and delegate groups.</summary>
    public static Task<List<Body>> ConductorsAsync(DongThuanDb db, Guid councilId, CancellationToken ct) =>
        db.Bodies.AsNoTracking()
            .Where(b => b.ParentBodyId == councilId && b.ArchivedAt == null
                        && (b.Kind == BodyKind.CouncilStandingCommittee || b.Kind == BodyKind.CouncilCommittee || b.Kind == BodyKind.DelegateGroup))
            .OrderBy(b => b.Kind).ThenBy(b => b.Name).ToListAsync(ct);

    /// <summary>Whom a mission may supervise: the unit's people's committee and its departments.</summary>
    public static Task<List<Body>> AgenciesAsync(DongThuanDb db, Guid unitId, CancellationToken ct) =>
        db.Bodies.AsNoTracking()
            .Where(b => b.UnitId == unitId && b.ArchivedAt == null && (b.Kind == BodyKind.PeoplesCommittee || b.Kind == BodyKind.ExecutiveDepartment))
            .OrderBy(b => b.Kind).ThenBy(b => b.Name).ToListAsync(ct);

    /// <summary>The recommendations of this council's missions a re-supervision may take up: those not completed.</summary>
    public static Task<List<Recommendation>> UnfinishedAsync(DongThuanDb db, Body council, CancellationToken ct) =>
        db.Recommendations.AsNoTracking()
            .Where(r => r.UnitId == council.UnitId && r.State != RecommendationState.Completed
                        && db.Set<SupervisionMission>().Any(m => m.Id == r.MissionId && m.CouncilId == council.Id))
            .OrderBy(r => r.DueOn).ToListAsync(ct);

    public static async Task<(Outcome Outcome, SupervisionMission? Mission)> ExecuteAsync(SupervisionDesk desk, Body council, Request input,
        Candidates.Candidate? source, CancellationToken ct)
    {
        var db = desk.Db;
        if (source is { Taken: true })
        {
            return (SupervisionRefusals.CandidateTaken, null);
        }

        var (_, refusal) = RecordedDate.Resolve(input.FormedOn, desk.Today, mayBackdate: true, previous: null);
        if (refusal is not null)
        {
            return (refusal, null);
        }

        var conductor = (await ConductorsAsync(db, council.Id, ct)).SingleOrDefault(b => b.Id == input.ConductedByBodyId);
        if (conductor is null)
        {
            return (SupervisionRefusals.MissionConductor, null);
        }

        var agencies = (await AgenciesAsync(db, council.UnitId, ct)).Select(b => b.Id).ToHashSet();
        var targets = (input.Targets ?? []).Where(agencies.Contains).ToList();
        var chosen = input.ReSupervises ?? [];
        var taken = chosen.Count == 0 ? [] : (await UnfinishedAsync(db, council, ct)).Where(r => chosen.Contains(r.Id)).ToList();
        var isReSupervision = input.IsReSupervision || chosen.Count > 0;
        if (isReSupervision && (taken.Count == 0 || taken.Count != chosen.Distinct().Count()))
        {
            return (SupervisionRefusals.NothingToReSupervise, null);
        }

        // A re-supervision supervises the agencies its recommendations address.
        targets.AddRange(taken.Select(r => r.OwnerBodyId));
        if (targets.Count == 0)
        {
            return (SupervisionRefusals.MissionTargets, null);
        }

        var programme = input.ProgrammeId is { } pid && await db.SupervisionProgrammes.AnyAsync(p => p.Id == pid && p.CouncilId == council.Id, ct) ? pid : (Guid?)null;
        var mission = SupervisionMission.Form(council, conductor, programme, input.Subject ?? "", input.Scope ?? "", input.Members ?? "", input.FormedOn,
            isReSupervision, input.IsSecret, out var outcome);
        if (!outcome.Succeeded)
        {
            return (outcome, null);
        }

        var sources = source is { } s ? new[] { MissionSource.For(mission, s.Type, s.Id, s.Title) } : [];
        outcome = await desk.FormAsync(mission, targets, sources, taken, ct);
        return (outcome, outcome.Succeeded ? mission : null);
    }
}
