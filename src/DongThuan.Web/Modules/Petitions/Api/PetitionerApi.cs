using System.Security.Claims;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Infrastructure.Web;
using Microsoft.Extensions.Localization;

namespace DongThuan.Web.Modules.Petitions.Api;

/// <summary>
/// The petitioner's side of the petitions API, with the pages' rules: a citizen's own list and adding one sent before
/// (by code and contact); the council office's recorded look at who sent a petition; and the administrator's handling
/// of a person's request about their data (find, export, erase). Identities leave only through these three doors.
/// </summary>
public static class PetitionerApi
{
    public sealed record Mine(string TrackingCode, string Title, string Kind, string State, DateOnly ReceivedOn, string? Agency, DateOnly? DueOn, string? DueStatus);

    public sealed record ClaimInput(string? Code, string? Contact);

    public sealed record RevealInput(string? Purpose);

    public sealed record Sender(string? Name, string? Email, string? Phone, string? Address, bool Restricted);

    public sealed record Held(Guid IdentityId, string TrackingCode, string Title, string Kind, DateOnly ReceivedOn, string? Name, string? Email, string? Phone);

    public sealed record IdentitiesInput(IReadOnlyList<Guid>? IdentityIds, string? Reason = null);

    public sealed record Erased(int Count);

    public static async Task<IResult> MineAsync(ClaimsPrincipal user, PetitionDesk desk, CancellationToken ct)
    {
        var rows = await MyPetitions.ListAsync(desk.Db, user.FindFirstValue(ClaimTypes.NameIdentifier)!, ct);
        return TypedResults.Ok(rows.Select(r => new Mine(r.Petition.TrackingCode, r.Petition.Title, r.Petition.Kind.ToString(), r.Petition.State.ToString(), r.Petition.ReceivedOn,
            r.Agency, r.Obligation?.DueOn, r.Obligation?.StatusOn(desk.Today).ToString())).ToList());
    }

    /// <summary>Any mismatch is the status lookup's one 404, so the answer tells nothing about whose petition it is.</summary>
    public static async Task<IResult> ClaimAsync(ClaimInput input, ClaimsPrincipal user, PetitionDesk desk, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var outcome = await ClaimPetition.ExecuteAsync(desk.Db, user.FindFirstValue(ClaimTypes.NameIdentifier)!, input.Code, input.Contact, ct);
        return outcome.Succeeded ? TypedResults.NoContent() : Problems.Refused(outcome.Refusal!, l, StatusCodes.Status404NotFound);
    }

    public static async Task<IResult> RevealAsync(Guid id, RevealInput input, ClaimsPrincipal user, PetitionDesk desk, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (await RevealPetitioner.ExecuteAsync(desk, user, id, input.Purpose, ct) is not var (outcome, identity))
        {
            return TypedResults.NotFound();
        }

        return outcome.Succeeded
            ? TypedResults.Ok(new Sender(identity!.Name, identity.Email, identity.Phone, identity.Address, identity.Restricted))
            : Problems.Refused(outcome, l);
    }

    public static async Task<IResult> FindAsync(string? who, PersonalDataRequests requests, CancellationToken ct) =>
        TypedResults.Ok((await requests.FindAsync(who, ct)).Select(f => new Held(f.Identity.Id, f.Petition.TrackingCode, f.Petition.Title, f.Petition.Kind.ToString(),
            f.Petition.ReceivedOn, f.Identity.Name, f.Identity.Email, f.Identity.Phone)).ToList());

    public static async Task<IResult> ExportAsync(IdentitiesInput input, PersonalDataRequests requests, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        input.IdentityIds is not { Count: > 0 } ids
            ? Problems.Refused(PetitionRefusals.IdentitiesRequired, l)
            : TypedResults.File(await requests.ExportAsync([.. ids], ct), "application/json", "du-lieu-ca-nhan.json");

    public static async Task<IResult> EraseAsync(IdentitiesInput input, PersonalDataRequests requests, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var (outcome, erased) = await requests.EraseOnRequestAsync([.. input.IdentityIds ?? []], input.Reason, ct);
        return outcome.Succeeded ? TypedResults.Ok(new Erased(erased)) : Problems.Refused(outcome, l);
    }
}
