using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Files;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DongThuan.Web.Modules.Supervision.Api;

/// <summary>
/// What the supervision pages record, for programs, through the same use cases: programmes, missions and their statutory
/// steps, recommendations, progress, disputes and re-supervision findings, each step with the day it happened (<c>"on"</c>).
/// A mission or recommendation the caller may not see is a 404; one they may see but not act on a 403; a refused step a
/// 422 in the caller's language. Progress is reported here without files (the page takes the evidence).
/// </summary>
public static class SupervisionWrites
{
    public static async Task<IResult> AdoptProgrammeAsync(AdoptProgramme.Request input, ClaimsPrincipal user, DongThuanDb db, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (await OfficeCouncilAsync(db, user, input.CouncilId, ct) is not { } council)
        {
            return await CouncilStopAsync(db, input.CouncilId, ct);
        }

        var (outcome, programme) = await AdoptProgramme.ExecuteAsync(db, council, input, ct);
        return outcome.Succeeded ? TypedResults.Created($"/Supervision?year={programme!.Year}", new CreatedId(programme.Id)) : Problems.Refused(outcome, l);
    }

    public static async Task<IResult> FormMissionAsync(FormMission.Request input, ClaimsPrincipal user, SupervisionDesk desk, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (await OfficeCouncilAsync(desk.Db, user, input.CouncilId, ct) is not { } council)
        {
            return await CouncilStopAsync(desk.Db, input.CouncilId, ct);
        }

        var (outcome, mission) = await FormMission.ExecuteAsync(desk, council, input, null, ct);
        return outcome.Succeeded ? TypedResults.Created($"/Supervision/Details/{mission!.Id}", new CreatedId(mission.Id)) : Problems.Refused(outcome, l);
    }

    public static Task<IResult> StepAsync(Guid id, TakeMissionStep.Request input, ClaimsPrincipal user, SupervisionDesk desk, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        OnMissionAsync(id, user, desk, async m => ApiWrites.Done(await TakeMissionStep.ExecuteAsync(desk, m, input, ct), l), ct);

    public static Task<IResult> IssueAsync(Guid id, IssueRecommendation.Request input, ClaimsPrincipal user, SupervisionDesk desk, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        OnMissionAsync(id, user, desk, async m =>
        {
            var (outcome, r) = await IssueRecommendation.ExecuteAsync(desk, m, input, ct);
            return outcome.Succeeded ? TypedResults.Created($"/Supervision/Recommendation/{r!.Id}", new CreatedId(r.Id)) : Problems.Refused(outcome, l);
        }, ct);

    public static Task<IResult> CheckAsync(Guid id, CheckRecommendation.Request input, ClaimsPrincipal user, SupervisionDesk desk, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        OnMissionAsync(id, user, desk, async m => await CheckRecommendation.ExecuteAsync(desk, m, input, ct) is { } outcome ? ApiWrites.Done(outcome, l) : TypedResults.NotFound(), ct);

    public static Task<IResult> ProgressAsync(Guid id, ReportProgress.Request input, ClaimsPrincipal user, SupervisionDesk desk, FileStore files, IStringLocalizer<SharedResource> l,
        CancellationToken ct) =>
        OnRecommendationAsync(id, user, desk, SupervisionAccess.CanReport, async r => ApiWrites.Done(await ReportProgress.ExecuteAsync(desk, files, user, r, input, [], ct), l), ct);

    public static Task<IResult> DisputeAsync(Guid id, DisputeRecommendation.Request input, ClaimsPrincipal user, SupervisionDesk desk, IStringLocalizer<SharedResource> l,
        CancellationToken ct) =>
        OnRecommendationAsync(id, user, desk, (u, r) => SupervisionAccess.IsOffice(u, r.UnitId), async r => ApiWrites.Done(await DisputeRecommendation.ExecuteAsync(desk, r, input, ct), l), ct);

    /// <summary>What could be supervised in a council's unit: petitions not resolved or proposed, questions not satisfied.</summary>
    public static async Task<IResult> CandidatesAsync(Guid councilId, ClaimsPrincipal user, DongThuanDb db, Candidates candidates, CancellationToken ct) =>
        await OfficeCouncilAsync(db, user, councilId, ct) is { } council ? TypedResults.Ok(await candidates.ForUnitAsync(council.UnitId, ct)) : await CouncilStopAsync(db, councilId, ct);

    public static Task<IResult> TakeCandidateAsync(Guid id, TakeCandidate.Request input, ClaimsPrincipal user, SupervisionDesk desk, Candidates candidates,
        IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        OnMissionAsync(id, user, desk, async m => ApiWrites.Done(await TakeCandidate.ExecuteAsync(desk.Db, candidates, m, input, ct), l), ct);

    private static async Task<Body?> OfficeCouncilAsync(DongThuanDb db, ClaimsPrincipal user, Guid councilId, CancellationToken ct)
    {
        var council = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == councilId && b.Kind == BodyKind.Council && b.ArchivedAt == null, ct);
        return council is not null && UnitScope.IsCouncilOfficeOf(user, council.UnitId) ? council : null;
    }

    private static async Task<IResult> CouncilStopAsync(DongThuanDb db, Guid councilId, CancellationToken ct) =>
        await db.Bodies.AsNoTracking().AnyAsync(b => b.Id == councilId && b.Kind == BodyKind.Council && b.ArchivedAt == null, ct) ? TypedResults.Forbid() : TypedResults.NotFound();

    /// <summary>The mission, tracked, for the office of its unit; 404 for one the caller may not see, 403 for one they may see but not run.</summary>
    private static async Task<IResult> OnMissionAsync(Guid id, ClaimsPrincipal user, SupervisionDesk desk, Func<SupervisionMission, Task<IResult>> act, CancellationToken ct)
    {
        var m = await desk.Db.SupervisionMissions.SingleOrDefaultAsync(x => x.Id == id, ct);
        return m is null || !SupervisionAccess.CanViewMission(user, m, await desk.PartiesAsync(id, ct)) ? TypedResults.NotFound()
            : !SupervisionAccess.IsOffice(user, m.UnitId) ? TypedResults.Forbid()
            : await act(m);
    }

    private static async Task<IResult> OnRecommendationAsync(Guid id, ClaimsPrincipal user, SupervisionDesk desk, Func<ClaimsPrincipal, Recommendation, bool> mayAct,
        Func<Recommendation, Task<IResult>> act, CancellationToken ct)
    {
        var r = await desk.Db.Recommendations.SingleOrDefaultAsync(x => x.Id == id, ct);
        var m = r is null ? null : await desk.Db.SupervisionMissions.AsNoTracking().SingleAsync(x => x.Id == r.MissionId, ct);
        return r is null || m is null || !SupervisionAccess.CanViewRecommendation(user, r, m) ? TypedResults.NotFound()
            : !mayAct(user, r) ? TypedResults.Forbid()
            : await act(r);
    }
}
