using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Questions.Explanations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DongThuan.Web.Modules.Questions.Api;

/// <summary>
/// Explanation sessions for programs, through the use cases the pages use: the office schedules a session, records its
/// conclusion and the promises made there; the executive (or the office, entering a past day) reports a promise kept.
/// A session of another unit is a 404; one of the caller's unit they may not act on a 403; a refused step a 422.
/// </summary>
public static class ExplanationsApi
{
    public sealed record Promise(Guid Id, Guid OwnerBodyId, string Official, string Text, DateOnly DueOn, string State, string? Report);

    public sealed record Summary(Guid Id, Guid CouncilId, string Topic, string Officials, DateOnly NoticeOn, DateOnly HeldOn, bool IsPublic, string? Conclusion,
        DateOnly? ConcludedOn, IReadOnlyList<Promise> Promises);

    public static async Task<IReadOnlyList<Summary>> ListAsync(ClaimsPrincipal user, DongThuanDb db, CancellationToken ct)
    {
        var sessions = await db.ExplanationSessions.AsNoTracking().StaffScoped(user).OrderByDescending(s => s.HeldOn).Take(200).ToListAsync(ct);
        var ids = sessions.Select(s => s.Id).ToList();
        var promises = (await db.ExplanationPromises.AsNoTracking().Where(p => ids.Contains(p.ExplanationSessionId)).OrderBy(p => p.DueOn).ToListAsync(ct))
            .ToLookup(p => p.ExplanationSessionId);
        return [.. sessions.Select(s => new Summary(s.Id, s.CouncilId, s.Topic, s.Officials, s.NoticeOn, s.HeldOn, s.IsPublic, s.Conclusion, s.ConcludedOn,
            [.. promises[s.Id].Select(p => new Promise(p.Id, p.OwnerBodyId, p.Official, p.Text, p.DueOn, p.State.ToString(), p.Report))]))];
    }

    public static async Task<IResult> PlanAsync(PlanExplanation.Request input, ClaimsPrincipal user, DongThuanDb db, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var council = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == input.CouncilId && b.Kind == BodyKind.Council && b.ArchivedAt == null, ct);
        if (council is null || !UnitScope.IsStaffOf(user, council.UnitId))
        {
            return TypedResults.NotFound();
        }

        if (!UnitScope.IsCouncilOfficeOf(user, council.UnitId))
        {
            return TypedResults.Forbid();
        }

        var (outcome, session) = await PlanExplanation.ExecuteAsync(db, council, input, ct);
        return outcome.Succeeded ? TypedResults.Created($"/Questions/Explanations/Details/{session!.Id}", new CreatedId(session.Id)) : Problems.Refused(outcome, l);
    }

    public static Task<IResult> ConcludeAsync(Guid id, ConcludeExplanation.Request input, ClaimsPrincipal user, DongThuanDb db, TimeProvider time,
        IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        OnSessionAsync(id, user, db, office: true, async s => ApiWrites.Done(await ConcludeExplanation.ExecuteAsync(db, s, input, VietnamTime.Today(time), ct), l), ct);

    public static Task<IResult> PromiseAsync(Guid id, RecordPromise.Request input, ClaimsPrincipal user, DongThuanDb db, WorkflowStep step, IStringLocalizer<SharedResource> l,
        CancellationToken ct) =>
        OnSessionAsync(id, user, db, office: true, async s =>
        {
            var (outcome, promise) = await RecordPromise.ExecuteAsync(db, step, s, input, ct);
            return outcome.Succeeded ? TypedResults.Created($"/Questions/Explanations/Details/{s.Id}", new CreatedId(promise!.Id)) : Problems.Refused(outcome, l);
        }, ct);

    public static async Task<IResult> ReportAsync(Guid id, ReportPromise.Request input, ClaimsPrincipal user, DongThuanDb db, WorkflowStep step, TimeProvider time,
        IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var promise = await db.ExplanationPromises.SingleOrDefaultAsync(p => p.Id == id, ct);
        var session = promise is null ? null : await db.ExplanationSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == promise.ExplanationSessionId, ct);
        if (promise is null || session is null || !UnitScope.IsStaffOf(user, session.UnitId))
        {
            return TypedResults.NotFound();
        }

        var office = UnitScope.IsCouncilOfficeOf(user, session.UnitId);
        if (!office && !UnitScope.IsExecutiveOf(user, session.UnitId))
        {
            return TypedResults.Forbid();
        }

        return ApiWrites.Done(await ReportPromise.ExecuteAsync(step, session, promise, input, VietnamTime.Today(time), mayBackdate: office, ct), l);
    }

    private static async Task<IResult> OnSessionAsync(Guid id, ClaimsPrincipal user, DongThuanDb db, bool office, Func<ExplanationSession, Task<IResult>> act, CancellationToken ct)
    {
        var s = await db.ExplanationSessions.SingleOrDefaultAsync(x => x.Id == id, ct);
        return s is null || !UnitScope.IsStaffOf(user, s.UnitId) ? TypedResults.NotFound()
            : office && !UnitScope.IsCouncilOfficeOf(user, s.UnitId) ? TypedResults.Forbid()
            : await act(s);
    }
}
