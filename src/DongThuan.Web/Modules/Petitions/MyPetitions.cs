using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// "My petitions" of a signed-in citizen (the page and <c>GET /api/v1/petitions/mine</c>): what they sent signed in or
/// added by code and contact, newest first, with the agency that holds each and the answer it owes. Erased ones are gone.
/// </summary>
public static class MyPetitions
{
    public sealed record Row(Petition Petition, string? Agency, Obligation? Obligation);

    public const int Max = 200;

    public static async Task<IReadOnlyList<Row>> ListAsync(DongThuanDb db, string userId, CancellationToken ct)
    {
        var ids = db.PetitionerIdentities.Where(i => i.UserId == userId && i.ErasedAt == null).Select(i => i.PetitionId);
        var petitions = await db.Petitions.AsNoTracking().Where(p => ids.Contains(p.Id)).OrderByDescending(p => p.ReceivedOn).ThenByDescending(p => p.SubmittedAt)
            .Take(Max).ToListAsync(ct);
        var obligations = await db.ObligationsByIdAsync(petitions.Select(p => p.ObligationId), ct);
        var agencyIds = petitions.Where(p => p.AgencyBodyId != null).Select(p => p.AgencyBodyId!.Value).Distinct().ToList();
        var agencies = await db.Bodies.AsNoTracking().Where(b => agencyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        return [.. petitions.Select(p => new Row(p, p.AgencyBodyId is { } a ? agencies.GetValueOrDefault(a) : null, p.ObligationId is { } o ? obligations.GetValueOrDefault(o) : null))];
    }
}
