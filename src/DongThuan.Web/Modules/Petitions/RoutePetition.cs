using System.Security.Claims;
using DongThuan.Web.Infrastructure.Domain;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// The council office routes a received petition: its field, the level competent for it, the agency (of the
/// petition's own unit) and official who must answer; a denunciation goes with content cleared of its sender's
/// identity. The answer obligation opens on that day. The page and the API both call it.
/// </summary>
public static class RoutePetition
{
    public sealed record Request(Guid? FieldId = null, CompetentLevel? Level = null, Guid? AgencyBodyId = null, Guid? OfficialPersonId = null,
        string? RedactedContent = null, string? Note = null, DateOnly? On = null);

    public static bool MayAct(ClaimsPrincipal user, Petition petition) => PetitionAccess.IsOffice(user, petition);

    /// <param name="input">With <c>On</c>, the day it was routed, when the office records it later.</param>
    public static async Task<Outcome> ExecuteAsync(PetitionDesk desk, ClaimsPrincipal user, Petition p, Request input, CancellationToken ct)
    {
        if (input.FieldId is not { } field || input.Level is not { } level || input.AgencyBodyId is not { } agency
            || !await desk.Db.PetitionFields.AnyAsync(f => f.Id == field && f.ArchivedAt == null, ct)
            || !await RoutingChoices.AgencyOfUnitAsync(desk.Db, p.UnitId, agency, ct))
        {
            return PetitionRefusals.RoutingIncomplete;
        }

        if (!await RoutingChoices.OfficialOfAgencyAsync(desk.Db, agency, input.OfficialPersonId, ct))
        {
            return PetitionRefusals.OfficialNotOfAgency;
        }

        if (p.Kind == PetitionKind.Denunciation)
        {
            var identity = await desk.IdentityAsync(p.Id, ct);
            if (Redaction.Leaks(input.RedactedContent ?? "", identity?.Identifying ?? []) || Redaction.Leaks(p.Title, identity?.Identifying ?? []))
            {
                return PetitionRefusals.RedactionLeaks;
            }
        }

        return await desk.ApplyOnAsync(p, user, input.On, p.ReceivedOn,
            (x, day) => x.Route(field, level, agency, input.OfficialPersonId, p.Kind == PetitionKind.Denunciation ? input.RedactedContent : null, day), input.Note, ct);
    }
}
