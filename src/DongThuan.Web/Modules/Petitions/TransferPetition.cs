using System.Security.Claims;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// The council office moves a routed petition to another agency of its unit, with a reason; the answer obligation
/// moves with it and keeps its dates. The page and the API both call it.
/// </summary>
public static class TransferPetition
{
    public sealed record Request(Guid? AgencyBodyId = null, Guid? OfficialPersonId = null, string? Reason = null);

    public static bool MayAct(ClaimsPrincipal user, Petition petition) => PetitionAccess.IsOffice(user, petition);

    public static async Task<Outcome> ExecuteAsync(PetitionDesk desk, Petition p, Request input, CancellationToken ct)
    {
        if (input.AgencyBodyId is not { } agency || !await RoutingChoices.AgencyOfUnitAsync(desk.Db, p.UnitId, agency, ct))
        {
            return PetitionRefusals.RoutingIncomplete;
        }

        if (!await RoutingChoices.OfficialOfAgencyAsync(desk.Db, agency, input.OfficialPersonId, ct))
        {
            return PetitionRefusals.OfficialNotOfAgency;
        }

        var names = await desk.Db.Bodies.AsNoTracking().Where(b => b.Id == agency || b.Id == p.AgencyBodyId).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        var note = $"Chuyển từ {names.GetValueOrDefault(p.AgencyBodyId ?? Guid.Empty)} sang {names.GetValueOrDefault(agency)}: {input.Reason}";
        return await desk.ApplyAsync(p, x => x.Transfer(agency, input.OfficialPersonId, input.Reason ?? ""), note, ct);
    }
}
