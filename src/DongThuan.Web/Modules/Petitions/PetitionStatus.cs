using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// What the holder of a tracking code and the contact it was filed with may see: the state, the public
/// timeline (states and dates, never staff notes) and the accepted answer. A wrong contact and an unknown
/// code get the same answer, so the page cannot be used to learn which codes exist.
/// </summary>
public static class PetitionStatus
{
    public sealed record Event(DateTimeOffset At, string State, string StateName);

    public sealed record View(string TrackingCode, string Kind, string Title, string State, string StateName, DateOnly ReceivedOn, DateOnly? DueOn,
        string? Answer, DateOnly? AnsweredOn, string? Rating, bool CanRate, string? MergedInto, int? MergedWith, IReadOnlyList<Event> Timeline, string? Agency = null);

    public static Task<(Petition Own, View View)?> LookupAsync(DongThuanDb db, string? code, string? contact, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(contact) ? Task.FromResult<(Petition, View)?>(null) : LookupWhereAsync(db, code, i => i.Matches(contact), ct);

    /// <summary>The petition of a signed-in citizen's own account, by its code alone: the address holds no contact, so it can be bookmarked.</summary>
    public static Task<(Petition Own, View View)?> LookupOwnAsync(DongThuanDb db, string? code, string userId, CancellationToken ct) =>
        LookupWhereAsync(db, code, i => i.ErasedAt is null && i.UserId == userId, ct);

    private static async Task<(Petition Own, View View)?> LookupWhereAsync(DongThuanDb db, string? code, Func<PetitionerIdentity, bool> mayRead, CancellationToken ct)
    {
        if (TrackingCodes.Normalise(code) is not { } normalised)
        {
            return null;
        }

        var own = await db.Petitions.SingleOrDefaultAsync(p => p.TrackingCode == normalised, ct);
        var identity = own is null ? null : await db.PetitionerIdentities.AsNoTracking().SingleOrDefaultAsync(i => i.PetitionId == own.Id, ct);
        if (own is null || identity is null || !mayRead(identity))
        {
            return null;
        }

        // A merged petition is carried by the consolidated one: its progress is the petitioner's progress.
        var effective = own.ConsolidatedIntoId is { } into ? await db.Petitions.AsNoTracking().SingleAsync(p => p.Id == into, ct) : own;
        var due = (await db.ObligationAsync(effective.ObligationId, ct))?.DueOn;
        var ids = new[] { own.Id, effective.Id };
        var events = await db.Timeline.AsNoTracking().Where(e => e.SubjectType == PetitionObligations.SubjectType && ids.Contains(e.SubjectId)).ToListAsync(ct);
        var timeline = events.OrderBy(e => e.At).ThenBy(e => e.Id).Where(e => e.From != e.To).Select(e =>
        {
            var state = Enum.Parse<PetitionState>(e.To);
            return new Event(e.At, state.ToString(), PetitionNames.Of(state));
        }).ToList();
        var answered = effective.State is PetitionState.Answered or PetitionState.NotResolved or PetitionState.Closed && effective.AnsweredOn is not null;
        var mergedWith = own.ConsolidatedIntoId is null ? (int?)null : await db.Petitions.CountAsync(p => p.ConsolidatedIntoId == effective.Id && p.Id != own.Id, ct);
        return (own, new View(own.TrackingCode, own.Kind.ToString(), own.Title, effective.State.ToString(), PetitionNames.Of(effective.State), own.ReceivedOn,
            effective.State is PetitionState.Routed or PetitionState.AnswerSubmitted ? due : null,
            answered ? effective.Answer : null, answered ? effective.AnsweredOn : null, effective.Rating?.ToString(),
            own.ConsolidatedIntoId is null && own.State == PetitionState.Answered, own.ConsolidatedIntoId is null ? null : effective.TrackingCode, mergedWith, timeline,
            effective.AgencyBodyId is { } agency ? await db.Bodies.AsNoTracking().Where(b => b.Id == agency).Select(b => b.Name).SingleOrDefaultAsync(ct) : null));
    }

    /// <summary>
    /// The petitioner rates the answer, proven by the contact it was sent with or, without one, by being the citizen account
    /// that holds it. "Not resolved" goes back to the office, which reopens it or proposes it for supervision.
    /// </summary>
    public static async Task<Outcome> RateAsync(PetitionDesk desk, string? code, string? contact, string? ownerUserId, PetitionRating rating, string? note, CancellationToken ct)
    {
        var found = string.IsNullOrWhiteSpace(contact) && ownerUserId is not null
            ? await LookupOwnAsync(desk.Db, code, ownerUserId, ct)
            : await LookupAsync(desk.Db, code, contact, ct);
        if (found is null)
        {
            return PetitionRefusals.NotFound;
        }

        return await desk.ApplyAsync(found.Value.Own, p => p.Rate(rating, note), note, ct);
    }
}
