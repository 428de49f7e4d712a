using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// A signed-in citizen adds to "my petitions" one they sent before having an account (or without signing in): they give
/// its tracking code and the email or phone it was sent with, exactly as the status page asks. Any mismatch, or a
/// petition another account already holds, is refused with the status page's one "not found", so nothing is learnt.
/// </summary>
public static class ClaimPetition
{
    public static async Task<Outcome> ExecuteAsync(DongThuanDb db, string userId, string? code, string? contact, CancellationToken ct)
    {
        if (TrackingCodes.Normalise(code) is not { } normalised || string.IsNullOrWhiteSpace(contact))
        {
            return PetitionRefusals.NotFound;
        }

        var petitionId = await db.Petitions.AsNoTracking().Where(p => p.TrackingCode == normalised).Select(p => (Guid?)p.Id).SingleOrDefaultAsync(ct);
        var identity = petitionId is { } id ? await db.PetitionerIdentities.SingleOrDefaultAsync(i => i.PetitionId == id, ct) : null;
        if (identity is null || !identity.Matches(contact) || !identity.LinkTo(userId))
        {
            return PetitionRefusals.NotFound;
        }

        await db.SaveChangesAsync(ct);
        return Outcome.Done;
    }
}
