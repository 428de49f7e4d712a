using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// The council office says which agency of its unit handles a field's petitions at a competent level (the page and the
/// API); routing then proposes that agency. One rule per field and level: an old one is removed first.
/// </summary>
public static class SetRoutingRule
{
    public sealed record Request(Guid? FieldId, CompetentLevel Level, Guid? AgencyBodyId);

    /// <returns>Null when the agency is of a unit whose office the user is not.</returns>
    public static async Task<(Outcome Outcome, RoutingRule? Rule)?> ExecuteAsync(DongThuanDb db, ClaimsPrincipal user, Request input, CancellationToken ct)
    {
        var agency = input.AgencyBodyId is { } a ? await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == a, ct) : null;
        var field = input.FieldId ?? Guid.Empty;
        if (agency is null || !await db.PetitionFields.AnyAsync(f => f.Id == field && f.ArchivedAt == null, ct)
            || !await RoutingChoices.AgencyOfUnitAsync(db, agency.UnitId, agency.Id, ct))
        {
            return (PetitionRefusals.RoutingIncomplete, null);
        }

        if (!UnitScope.IsCouncilOfficeOf(user, agency.UnitId))
        {
            return null;
        }

        if (await db.RoutingRules.AnyAsync(r => r.UnitId == agency.UnitId && r.FieldId == field && r.Level == input.Level && r.ArchivedAt == null, ct))
        {
            return (PetitionSettingsRefusals.RuleExists, null);
        }

        var rule = RoutingRule.Create(agency.UnitId, field, input.Level, agency.Id, null, out var outcome);
        if (!outcome.Succeeded)
        {
            return (outcome, null);
        }

        db.RoutingRules.Add(rule);
        await db.SaveChangesAsync(ct);
        return (Outcome.Done, rule);
    }
}
