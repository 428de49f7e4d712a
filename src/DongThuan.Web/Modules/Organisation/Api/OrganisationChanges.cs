using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DongThuan.Web.Modules.Organisation.Api;

/// <summary>
/// What the organisation pages change after creating, for programs, under the entities' rules and the same scope:
/// <c>PUT …/people/{id}</c>, <c>PUT …/bodies/{id}</c>, <c>PUT …/terms/{id}</c>, <c>POST …/positions/{id}/end</c>,
/// <c>POST …/{people|bodies}/{id}/archive</c> by the council office of the record's unit; <c>POST …/units/{id}/successors</c>
/// by an administrator. A record of another unit is a 403, an unknown one a 404, a refused change a 422.
/// </summary>
public static class OrganisationChanges
{
    public sealed record PersonChange(string? FullName, string? Email, string? Phone);

    /// <param name="ParentId">The body it belongs to (a committee of the council); left out, none.</param>
    public sealed record BodyChange(string? Name, BodyKind Kind, Guid? ParentId, DateOnly? ValidFrom, DateOnly? ValidTo);

    public sealed record TermChange(int Number, DateOnly From, DateOnly To);

    public sealed record EndRequest(DateOnly EndsOn);

    public sealed record SuccessorRequest(Guid SuccessorId);

    public sealed record UnitChange(string? Name, string? PlaceName, UnitLevel Level, Guid? ParentId, DateOnly? ValidFrom, DateOnly? ValidTo);

    /// <summary>An administrator corrects a unit: its name, level, the unit above it, and when it was valid (a ward that ended on 30/06/2025).</summary>
    public static async Task<IResult> ChangeUnitAsync(Guid id, UnitChange input, DongThuanDb db, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == id && u.ArchivedAt == null, ct);
        var parent = input.ParentId is { } p ? await db.Units.SingleOrDefaultAsync(u => u.Id == p && u.ArchivedAt == null, ct) : null;
        if (unit is null || (input.ParentId is not null && parent is null))
        {
            return TypedResults.NotFound();
        }

        var outcome = unit.Update(input.Name ?? "", input.PlaceName ?? UnitTiers.PlaceNameOf(input.Name ?? ""), input.Level, parent, input.ValidFrom, input.ValidTo);
        if (!outcome.Succeeded)
        {
            db.ChangeTracker.Clear();
            return Problems.Refused(outcome, l);
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    public static Task<IResult> ChangePersonAsync(Guid id, PersonChange input, ClaimsPrincipal user, DongThuanDb db, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        InUnitAsync(user, db, l, async () => await db.People.SingleOrDefaultAsync(p => p.Id == id && p.ArchivedAt == null, ct) is { } p
            ? (p.UnitId, p.Update(input.FullName ?? "", input.Email, input.Phone)) : null, ct);

    public static Task<IResult> ChangeBodyAsync(Guid id, BodyChange input, ClaimsPrincipal user, DongThuanDb db, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        InUnitAsync(user, db, l, async () =>
        {
            if (await db.Bodies.SingleOrDefaultAsync(b => b.Id == id && b.ArchivedAt == null, ct) is not { } body)
            {
                return null;
            }

            var parent = input.ParentId is { } p ? await db.Bodies.SingleOrDefaultAsync(b => b.Id == p && b.UnitId == body.UnitId && b.ArchivedAt == null, ct) : null;
            if (input.ParentId is not null && parent is null)
            {
                return (body.UnitId, OrganisationRefusals.BodyParentOtherUnit);
            }

            var hasCouncil = await db.Bodies.AnyAsync(b => b.UnitId == body.UnitId && b.Kind == BodyKind.Council && b.ArchivedAt == null && b.Id != body.Id, ct);
            return (body.UnitId, body.Update(input.Name ?? "", input.Kind, parent, input.ValidFrom, input.ValidTo, hasCouncil));
        }, ct);

    public static Task<IResult> ChangeTermAsync(Guid id, TermChange input, ClaimsPrincipal user, DongThuanDb db, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        InUnitAsync(user, db, l, async () =>
        {
            if (await db.Terms.SingleOrDefaultAsync(t => t.Id == id && t.ArchivedAt == null, ct) is not { } term)
            {
                return null;
            }

            var council = await db.Bodies.AsNoTracking().SingleAsync(b => b.Id == term.CouncilId, ct);
            var others = await db.Terms.Where(t => t.CouncilId == term.CouncilId && t.Id != term.Id).ToListAsync(ct);
            return (council.UnitId, term.Update(input.Number, input.From, input.To, others));
        }, ct);

    public static Task<IResult> EndPositionAsync(Guid id, EndRequest input, ClaimsPrincipal user, DongThuanDb db, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        InUnitAsync(user, db, l, async () => await db.Positions.SingleOrDefaultAsync(p => p.Id == id && p.ArchivedAt == null, ct) is { } p
            ? (p.UnitId, p.End(input.EndsOn)) : null, ct);

    public static Task<IResult> ArchivePersonAsync(Guid id, ClaimsPrincipal user, DongThuanDb db, TimeProvider time, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        InUnitAsync(user, db, l, async () =>
        {
            if (await db.People.SingleOrDefaultAsync(p => p.Id == id && p.ArchivedAt == null, ct) is not { } p)
            {
                return null;
            }

            p.Archive(time.GetUtcNow());
            return (p.UnitId, Outcome.Done);
        }, ct);

    public static Task<IResult> ArchiveBodyAsync(Guid id, ClaimsPrincipal user, DongThuanDb db, TimeProvider time, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        InUnitAsync(user, db, l, async () =>
        {
            if (await db.Bodies.SingleOrDefaultAsync(b => b.Id == id && b.ArchivedAt == null, ct) is not { } b)
            {
                return null;
            }

            b.Archive(time.GetUtcNow());
            return (b.UnitId, Outcome.Done);
        }, ct);

    public static async Task<IResult> AddSuccessorAsync(Guid id, SuccessorRequest input, DongThuanDb db, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == id && u.ArchivedAt == null, ct);
        var successor = await db.Units.SingleOrDefaultAsync(u => u.Id == input.SuccessorId && u.ArchivedAt == null, ct);
        if (unit is null || successor is null)
        {
            return TypedResults.NotFound();
        }

        var outcome = unit.SucceededBy(successor, await db.UnitSuccessions.Where(s => s.PredecessorId == id).ToListAsync(ct), out var link);
        if (!outcome.Succeeded)
        {
            return Problems.Refused(outcome, l);
        }

        db.UnitSuccessions.Add(link!);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    /// <summary>
    /// Finds the record and applies the change (<paramref name="change"/> gives the record's unit and the outcome; null for
    /// no such record); saves only for the office of that unit, and only when the change was accepted.
    /// </summary>
    private static async Task<IResult> InUnitAsync(ClaimsPrincipal user, DongThuanDb db, IStringLocalizer l, Func<Task<(Guid UnitId, Outcome Outcome)?>> change,
        CancellationToken ct)
    {
        if (await change() is not { } changed)
        {
            return TypedResults.NotFound();
        }

        if (!UnitScope.IsCouncilOfficeOf(user, changed.UnitId))
        {
            db.ChangeTracker.Clear();
            return UnitScope.IsStaffOf(user, changed.UnitId) ? TypedResults.Forbid() : TypedResults.NotFound();
        }

        if (!changed.Outcome.Succeeded)
        {
            db.ChangeTracker.Clear();
            return Problems.Refused(changed.Outcome, l);
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
