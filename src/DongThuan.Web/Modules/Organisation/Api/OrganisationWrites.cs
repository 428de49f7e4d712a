using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DongThuan.Web.Modules.Organisation.Api;

/// <summary>
/// <c>POST /api/v1/organisation/{units,bodies,terms,people,positions}</c>: what the organisation pages create, for
/// programs, under the same rules (on the entities) and the same scope: units by an administrator; everything in a
/// unit by its council office (or an administrator). A record of another unit is a 403; an unknown one a 404.
/// </summary>
public static class OrganisationWrites
{
    public sealed record UnitRequest(string Name, UnitLevel Level, Guid? ParentId, DateOnly? ValidFrom, DateOnly? ValidTo = null, string? PlaceName = null);

    public sealed record BodyRequest(Guid UnitId, BodyKind Kind, string Name, Guid? ParentId, DateOnly? ValidFrom = null, DateOnly? ValidTo = null);

    public sealed record TermRequest(Guid CouncilId, int Number, DateOnly From, DateOnly To);

    /// <param name="UnitId">Which unit the person serves in; may be left out by an office that works in one unit only.</param>
    public sealed record PersonRequest(string FullName, Guid? UnitId = null, string? Email = null, string? Phone = null);

    public sealed record PositionRequest(Guid PersonId, Guid BodyId, string Title, DateOnly From, DateOnly? To = null, Guid? TermId = null);

    public static async Task<IResult> CreateUnitAsync(UnitRequest input, DongThuanDb db, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var parent = input.ParentId is { } p ? await db.Units.SingleOrDefaultAsync(u => u.Id == p && u.ArchivedAt == null, ct) : null;
        if (input.ParentId is not null && parent is null)
        {
            return TypedResults.NotFound();
        }

        var unit = Unit.Create(input.Name ?? "", input.PlaceName ?? UnitTiers.PlaceNameOf(input.Name ?? ""), input.Level, parent, input.ValidFrom, input.ValidTo, out var outcome);
        return await SaveAsync(db, l, outcome, () => db.Units.Add(unit), unit.Id, "units", ct);
    }

    public static async Task<IResult> CreateBodyAsync(BodyRequest input, ClaimsPrincipal user, DongThuanDb db, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == input.UnitId && u.ArchivedAt == null, ct);
        if (unit is null)
        {
            return TypedResults.NotFound();
        }

        if (!UnitScope.IsCouncilOfficeOf(user, unit.Id))
        {
            return TypedResults.Forbid();
        }

        var parent = input.ParentId is { } p ? await db.Bodies.SingleOrDefaultAsync(b => b.Id == p && b.ArchivedAt == null, ct) : null;
        if (input.ParentId is not null && parent is null)
        {
            return TypedResults.NotFound();
        }

        var hasCouncil = await db.Bodies.AnyAsync(b => b.UnitId == unit.Id && b.Kind == BodyKind.Council && b.ArchivedAt == null, ct);
        var body = Body.Create(input.Name ?? "", input.Kind, unit, parent, input.ValidFrom ?? unit.ValidFrom, input.ValidTo, hasCouncil, out var outcome);
        return await SaveAsync(db, l, outcome, () => db.Bodies.Add(body), body.Id, "bodies", ct);
    }

    public static async Task<IResult> CreateTermAsync(TermRequest input, ClaimsPrincipal user, DongThuanDb db, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var council = await db.Bodies.SingleOrDefaultAsync(b => b.Id == input.CouncilId && b.ArchivedAt == null, ct);
        if (council is null)
        {
            return TypedResults.NotFound();
        }

        if (!UnitScope.IsCouncilOfficeOf(user, council.UnitId))
        {
            return TypedResults.Forbid();
        }

        var others = await db.Terms.Where(t => t.CouncilId == council.Id).ToListAsync(ct);
        var term = Term.Create(council, input.Number, input.From, input.To, others, out var outcome);
        return await SaveAsync(db, l, outcome, () => db.Terms.Add(term), term.Id, "terms", ct);
    }

    public static async Task<IResult> CreatePersonAsync(PersonRequest input, ClaimsPrincipal user, DongThuanDb db, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var offices = UnitScope.OfficeUnits(user);
        var unitId = input.UnitId ?? (offices.Count == 1 ? offices[0] : null);
        if (unitId is null)
        {
            return Problems.Refused(OrganisationRefusals.UnitRequired, l);
        }

        var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == unitId && u.ArchivedAt == null, ct);
        if (unit is null)
        {
            return TypedResults.NotFound();
        }

        if (!UnitScope.IsCouncilOfficeOf(user, unit.Id))
        {
            return TypedResults.Forbid();
        }

        var person = Person.Create(input.FullName ?? "", unit, input.Email, input.Phone, out var outcome);
        return await SaveAsync(db, l, outcome, () => db.People.Add(person), person.Id, "people", ct);
    }

    public static async Task<IResult> CreatePositionAsync(PositionRequest input, ClaimsPrincipal user, DongThuanDb db, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == input.PersonId && p.ArchivedAt == null, ct);
        var body = await db.Bodies.SingleOrDefaultAsync(b => b.Id == input.BodyId && b.ArchivedAt == null, ct);
        if (person is null || body is null)
        {
            return TypedResults.NotFound();
        }

        if (!UnitScope.IsCouncilOfficeOf(user, person.UnitId) || !UnitScope.IsCouncilOfficeOf(user, body.UnitId))
        {
            return TypedResults.Forbid();
        }

        var term = input.TermId is { } t ? await db.Terms.SingleOrDefaultAsync(x => x.Id == t && x.ArchivedAt == null, ct) : null;
        if (input.TermId is not null && term is null)
        {
            return Problems.Refused(OrganisationRefusals.TermOfOtherCouncil, l);
        }

        var position = Position.Assign(person, body, input.Title ?? "", term, input.From, input.To, out var outcome);
        return await SaveAsync(db, l, outcome, () => db.Positions.Add(position), position.Id, "positions", ct);
    }

    private static Task<IResult> SaveAsync(DongThuanDb db, IStringLocalizer<SharedResource> l, Outcome outcome, Action add, Guid id, string collection, CancellationToken ct) =>
        ApiWrites.SaveAsync(db, l, outcome, add, id, $"/api/v1/organisation/{collection}/{id}", ct);
}
