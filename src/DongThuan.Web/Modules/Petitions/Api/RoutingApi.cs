using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DongThuan.Web.Modules.Petitions.Api;

/// <summary>
/// The petition fields (staff read them; routing names one) and the routing rules of the caller's units: which agency
/// handles a field at a level. The council office adds a rule and removes one, as on the settings page.
/// </summary>
public static class RoutingApi
{
    public sealed record FieldItem(Guid Id, string Name, int Order);

    public sealed record RuleItem(Guid Id, Guid UnitId, Guid FieldId, string Level, Guid AgencyBodyId);

    public static async Task<IReadOnlyList<FieldItem>> FieldsAsync(DongThuanDb db, CancellationToken ct) =>
        [.. (await db.PetitionFields.AsNoTracking().Where(f => f.ArchivedAt == null).OrderBy(f => f.Order).ToListAsync(ct)).Select(f => new FieldItem(f.Id, f.Name, f.Order))];

    public static async Task<IReadOnlyList<RuleItem>> RulesAsync(ClaimsPrincipal user, DongThuanDb db, CancellationToken ct) =>
        [.. (await db.RoutingRules.AsNoTracking().Where(r => r.ArchivedAt == null).OfficeScoped(user).ToListAsync(ct))
            .Select(r => new RuleItem(r.Id, r.UnitId, r.FieldId, r.Level.ToString(), r.AgencyBodyId))];

    public static async Task<IResult> AddRuleAsync(SetRoutingRule.Request input, ClaimsPrincipal user, DongThuanDb db, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        await SetRoutingRule.ExecuteAsync(db, user, input, ct) switch
        {
            null => TypedResults.Forbid(),
            { Outcome.Succeeded: true } set => TypedResults.Created("/Petitions/Settings", new CreatedId(set.Rule!.Id)),
            var refused => Problems.Refused(refused.Value.Outcome, l),
        };

    public static async Task<IResult> RemoveRuleAsync(Guid id, ClaimsPrincipal user, DongThuanDb db, TimeProvider time, CancellationToken ct)
    {
        var rule = await db.RoutingRules.SingleOrDefaultAsync(r => r.Id == id && r.ArchivedAt == null, ct);
        if (rule is null || !UnitScope.IsCouncilOfficeOf(user, rule.UnitId))
        {
            return TypedResults.NotFound();
        }

        rule.Archive(time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
