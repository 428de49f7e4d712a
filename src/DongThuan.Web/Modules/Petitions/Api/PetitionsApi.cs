using DongThuan.Web.Infrastructure.Web;
using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Obligations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DongThuan.Web.Modules.Petitions.Api;

/// <summary>
/// <c>/api/v1/petitions</c>: the public submission and status lookup, and the staff lifecycle, with the same
/// rules as the pages. A petition the caller may not see is a 404; an action they may not take, a 403; a
/// refused transition, a 422 problem in the caller's language. No petitioner's identity is ever returned.
/// </summary>
public static class PetitionsApi
{
    public sealed record SubmitInput(string? Name, string? Email, string? Phone, string? Title, string? Content, string? Ward, string? Address,
        PetitionKind? Kind, Guid? CouncilId, bool? Consent, bool? PublishConsent, string? Website, string? Location = null);

    public sealed record Submitted(string TrackingCode, string State, bool AlreadyReceived);

    /// <summary>What the office gets back for an entry: the petition's id as well (staff may open it).</summary>
    public sealed record Entered(Guid Id, string TrackingCode, string State, bool AlreadyReceived);

    public sealed record Summary(Guid Id, string TrackingCode, string Kind, string Channel, string Title, string State, DateOnly ReceivedOn, int Voters,
        Guid? AgencyBodyId, DateOnly? DueOn, string? DueStatus);

    public sealed record Detail(Summary Summary, string Content, string? Ward, string? Location, string? InterimAnswer, string? Answer, DateOnly? AnsweredOn, string? Rating,
        string? SendBackReason, string? DueExplanation, IReadOnlyList<PetitionStatus.Event> Timeline);

    /// <param name="On">The day the office accepted the answer, when it records it later; today when left out.</param>
    public sealed record ReviewInput(bool Accept, string? Reason, DateOnly? On = null);

    public sealed record RateInput(PetitionRating? Rating, string? Note);

    public sealed record ReasonInput(string? Reason);

    /// <summary>
    /// Anyone may submit. An API client that collects petitions says so by calling; <c>"consent": false</c> is
    /// refused, and the client is responsible for having asked the person (README, "Petitions API").
    /// </summary>
    public static async Task<IResult> SubmitAsync(SubmitInput input, ClaimsPrincipal user, PetitionIntake intake, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(input.Website))
        {
            return Problems.Refused(PetitionRefusals.Honeypot, l);
        }

        var draft = new Petition.Draft(input.Kind ?? PetitionKind.Feedback, PetitionChannel.Online, input.Title ?? "", input.Content ?? "", input.Ward, input.Location,
            PublishConsent: input.PublishConsent == true);
        // A citizen signed in (with a token) sends as themselves: the petition is theirs to follow.
        var citizen = user.IsInRole(nameof(AppRole.Citizen)) ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        var (outcome, receipt) = await intake.ReceiveAsync(new PetitionIntake.Submission(input.CouncilId, draft, input.Name, input.Email, input.Phone, input.Address, citizen,
            true, input.Consent ?? true, true, []), ct);
        if (!outcome.Succeeded)
        {
            return Problems.Refused(outcome, l);
        }

        var body = new Submitted(receipt!.Petition.TrackingCode, receipt.Petition.State.ToString(), receipt.AlreadyReceived);
        return receipt.AlreadyReceived ? TypedResults.Ok(body) : TypedResults.Created($"/Petitions/Status?code={body.TrackingCode}", body);
    }

    /// <summary>The office enters a petition received outside the web, with the day it was received.</summary>
    public static async Task<IResult> EnterAsync(EnterPetition.Request input, ClaimsPrincipal user, PetitionDesk desk, PetitionIntake intake, IStringLocalizer<SharedResource> l,
        CancellationToken ct)
    {
        var (outcome, receipt) = await EnterPetition.ExecuteAsync(desk, intake, user, input, ct);
        if (!outcome.Succeeded)
        {
            return Problems.Refused(outcome, l);
        }

        var body = new Entered(receipt!.Petition.Id, receipt.Petition.TrackingCode, receipt.Petition.State.ToString(), receipt.AlreadyReceived);
        return receipt.AlreadyReceived ? TypedResults.Ok(body) : TypedResults.Created($"/api/v1/petitions/{receipt.Petition.Id}", body);
    }

    /// <summary>A status lookup: the tracking code and the email or phone the petition was sent with.</summary>
    public sealed record StatusQuery(string? Code, string? Contact);

    /// <summary>
    /// The wrong contact and an unknown code give the same 404. A POST, so the contact travels in the body, never in
    /// an address that proxies and access logs keep.
    /// </summary>
    public static async Task<IResult> StatusAsync(StatusQuery query, DongThuanDb db, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        await PetitionStatus.LookupAsync(db, query.Code, query.Contact, ct) is { } found
            ? TypedResults.Ok(found.View)
            : Problems.Refused(PetitionRefusals.NotFound, l, StatusCodes.Status404NotFound);

    public static async Task<IReadOnlyList<Summary>> ListAsync(PetitionState? state, ClaimsPrincipal user, PetitionDesk desk, CancellationToken ct)
    {
        var query = PetitionAccess.Visible(desk.Db, user).AsNoTracking();
        query = state is { } s ? query.Where(p => p.State == s) : query.Where(p => p.State != PetitionState.Merged);
        var petitions = await query.OrderByDescending(p => p.ReceivedOn).Take(500).ToListAsync(ct);
        var ids = petitions.Where(p => p.ObligationId != null).Select(p => p.ObligationId!.Value).ToList();
        var obligations = await desk.Db.ObligationsByIdAsync(ids, ct);
        return [.. petitions.Select(p => ToSummary(p, p.ObligationId is { } o ? obligations.GetValueOrDefault(o) : null, desk.Today))];
    }

    public static async Task<IResult> GetAsync(Guid id, ClaimsPrincipal user, PetitionDesk desk, CancellationToken ct)
    {
        var p = await desk.Db.Petitions.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (p is null || !PetitionAccess.CanView(user, p))
        {
            return TypedResults.NotFound();
        }

        var o = await desk.Db.ObligationAsync(p.ObligationId, ct);
        var events = await desk.Db.Timeline.AsNoTracking().Where(e => e.SubjectType == PetitionObligations.SubjectType && e.SubjectId == id).ToListAsync(ct);
        var timeline = events.OrderBy(e => e.At).ThenBy(e => e.Id).Where(e => e.From != e.To)
            .Select(e => new PetitionStatus.Event(e.At, e.To, PetitionNames.Of(Enum.Parse<PetitionState>(e.To)))).ToList();
        // The agency reads the routed copy: for a denunciation, the redacted one. The office reads a denunciation
        // without its author too: the API has no recorded disclosure, the page has (Details, "Xem danh tính").
        var content = PetitionAccess.IsOffice(user, p)
            ? p.ContentWithoutAuthor((await desk.IdentityAsync(p.Id, ct))?.Identifying ?? [])
            : p.RoutedContent ?? "";
        return TypedResults.Ok(new Detail(ToSummary(p, o, desk.Today), content, p.Ward, p.Location, p.InterimAnswer, p.Answer, p.AnsweredOn, p.Rating?.ToString(), p.SendBackReason,
            o?.DueExplanation, timeline));
    }

    public static Task<IResult> RouteAsync(Guid id, RoutePetition.Request input, ClaimsPrincipal user, PetitionDesk desk, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        ActAsync(id, user, desk, l, RoutePetition.MayAct, p => RoutePetition.ExecuteAsync(desk, user, p, input, ct), ct);

    public static Task<IResult> TransferAsync(Guid id, TransferPetition.Request input, ClaimsPrincipal user, PetitionDesk desk, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        ActAsync(id, user, desk, l, TransferPetition.MayAct, p => TransferPetition.ExecuteAsync(desk, p, input, ct), ct);

    public static Task<IResult> AnswerAsync(Guid id, AnswerPetition.Request input, ClaimsPrincipal user, PetitionDesk desk, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        ActAsync(id, user, desk, l, AnswerPetition.MayAct, p => AnswerPetition.ExecuteAsync(desk, user, p, input, [], ct), ct);

    public static Task<IResult> ReviewAsync(Guid id, ReviewInput input, ClaimsPrincipal user, PetitionDesk desk, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        ActAsync(id, user, desk, l, PetitionAccess.IsOffice,
            p => desk.ApplyOnAsync(p, user, input.On, p.AnswerSubmittedOn, (x, day) => input.Accept ? x.AcceptAnswer(day) : x.SendBack(input.Reason ?? ""), input.Reason, ct), ct);

    public static Task<IResult> RateAsync(Guid id, RateInput input, ClaimsPrincipal user, PetitionDesk desk, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        ActAsync(id, user, desk, l, PetitionAccess.IsOffice,
            p => desk.ApplyAsync(p, x => input.Rating is { } r ? x.Rate(r, input.Note) : PetitionRefusals.RatingRequired, input.Note, ct), ct);

    public static Task<IResult> ReopenAsync(Guid id, ReasonInput input, ClaimsPrincipal user, PetitionDesk desk, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        ActAsync(id, user, desk, l, PetitionAccess.IsOffice, p => desk.ApplyAsync(p, x => x.Reopen(input.Reason ?? ""), input.Reason, ct), ct);

    public static Task<IResult> ProposeForSupervisionAsync(Guid id, ReasonInput input, ClaimsPrincipal user, PetitionDesk desk, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        ActAsync(id, user, desk, l, PetitionAccess.IsOffice, p => desk.ApplyAsync(p, x => x.ProposeForSupervision(input.Reason), input.Reason, ct), ct);

    public static Task<IResult> DismissAsync(Guid id, ReasonInput input, ClaimsPrincipal user, PetitionDesk desk, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        ActAsync(id, user, desk, l, PetitionAccess.IsOffice, p => desk.ApplyAsync(p, x => x.Dismiss(input.Reason ?? ""), input.Reason, ct), ct);

    public static Task<IResult> ReclassifyAsync(Guid id, ReclassifyPetition.Request input, ClaimsPrincipal user, PetitionDesk desk, IStringLocalizer<SharedResource> l,
        CancellationToken ct) =>
        ActAsync(id, user, desk, l, PetitionAccess.IsOffice, p => ReclassifyPetition.ExecuteAsync(desk, p, input, ct), ct);

    public static Task<IResult> UnmergeAsync(Guid id, ClaimsPrincipal user, PetitionDesk desk, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        ActAsync(id, user, desk, l, PetitionAccess.IsOffice, p => MergePetitions.ExecuteUndoAsync(desk, p, ct), ct);

    public static async Task<IResult> MergeAsync(MergePetitions.Request input, ClaimsPrincipal user, PetitionDesk desk, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var (outcome, consolidated) = await MergePetitions.ExecuteAsync(desk, user, input, ct);
        return outcome.Succeeded
            ? TypedResults.Created($"/api/v1/petitions/{consolidated!.Id}", new Entered(consolidated.Id, consolidated.TrackingCode, consolidated.State.ToString(), false))
            : Problems.Refused(outcome, l);
    }

    private static async Task<IResult> ActAsync(Guid id, ClaimsPrincipal user, PetitionDesk desk, IStringLocalizer<SharedResource> l,
        Func<ClaimsPrincipal, Petition, bool> mayAct, Func<Petition, Task<Outcome>> act, CancellationToken ct)
    {
        var p = await desk.FindAsync(id, ct);
        if (p is null || !PetitionAccess.CanView(user, p))
        {
            return TypedResults.NotFound();
        }

        if (!mayAct(user, p))
        {
            return TypedResults.Forbid();
        }

        var outcome = await act(p);
        if (!outcome.Succeeded)
        {
            return Problems.Refused(outcome, l);
        }

        var o = await desk.Db.ObligationAsync(p.ObligationId, ct);
        return TypedResults.Ok(ToSummary(p, o, desk.Today));
    }

    private static Summary ToSummary(Petition p, Obligation? o, DateOnly today) =>
        new(p.Id, p.TrackingCode, p.Kind.ToString(), p.Channel.ToString(), p.Title, p.State.ToString(), p.ReceivedOn, p.Voters, p.AgencyBodyId, o?.DueOn, o?.StatusOn(today).ToString());
}
