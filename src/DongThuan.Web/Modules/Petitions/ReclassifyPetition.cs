using DongThuan.Web.Infrastructure.Domain;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// The council office corrects what a petition is (the page and the API): its kind, title and ward. A petition recognised
/// as a denunciation has its author and the files sent with it restricted in the same save, so they never reach the
/// agency or the public from that moment; one reclassified away from a denunciation is released. The caller has checked
/// the office of the petition's unit.
/// </summary>
public static class ReclassifyPetition
{
    public sealed record Request(PetitionKind? Kind, string? Title, string? Ward);

    public static async Task<Outcome> ExecuteAsync(PetitionDesk desk, Petition petition, Request input, CancellationToken ct)
    {
        var outcome = petition.Reclassify(input.Kind ?? petition.Kind, input.Title ?? petition.Title, input.Ward);
        if (!outcome.Succeeded)
        {
            desk.Db.ChangeTracker.Clear();
            return outcome;
        }

        var denunciation = petition.Kind == PetitionKind.Denunciation;
        if (await desk.IdentityAsync(petition.Id, ct) is { } identity)
        {
            identity.Restrict(denunciation);
            petition.ProtectAuthor(identity.Identifying);
        }

        foreach (var file in await desk.Db.PetitionAttachments.Where(a => a.PetitionId == petition.Id && !a.IsAnswer).ToListAsync(ct))
        {
            file.Restrict(denunciation);
        }

        desk.Record(petition, petition.State, "Phân loại lại");
        await desk.Db.SaveChangesAsync(ct);
        return Outcome.Done;
    }
}
