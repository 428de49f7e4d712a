using System.Security.Claims;
using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// The council office looks at who sent a petition, stating why (Luật Tố cáo 2018, Điều 47: a denouncer's identity is
/// kept secret; the office may see it to verify or to invite them, and every look is recorded with its purpose).
/// The page and the API both come here; nothing is shown without the record being stored first.
/// </summary>
public static class RevealPetitioner
{
    public const int PurposeMax = 500;

    /// <returns>Null when the caller may not see the petition; otherwise the outcome and, when it succeeded, the identity.</returns>
    public static async Task<(Outcome Outcome, PetitionerIdentity? Identity)?> ExecuteAsync(PetitionDesk desk, ClaimsPrincipal user, Guid petitionId, string? purpose,
        CancellationToken ct)
    {
        var petition = await desk.FindAsync(petitionId, ct);
        if (petition is null || !PetitionAccess.IsOffice(user, petition))
        {
            return null;
        }

        var identity = await desk.IdentityAsync(petition.Id, ct);
        if (identity is null)
        {
            return (PetitionRefusals.NoIdentity, null);
        }

        if (string.IsNullOrWhiteSpace(purpose) || purpose.Trim().Length > PurposeMax)
        {
            return (PetitionRefusals.PurposeRequired, null);
        }

        desk.Db.IdentityDisclosures.Add(IdentityDisclosure.Record(identity, desk.Actor.UserId ?? "", desk.Now, purpose.Trim()));
        await desk.Db.SaveChangesAsync(ct);
        return (Outcome.Done, identity);
    }
}
