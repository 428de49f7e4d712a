using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Obligations;

/// <summary>
/// Who sees which obligations: administrators all; council office staff those of their units; everyone else
/// those owed by a body they hold a role in, or by themselves by name. So an agency sees its own and no other's.
/// </summary>
public static class ObligationAccess
{
    public static IReadOnlyList<Guid> OwnBodies(ClaimsPrincipal user) =>
        [.. UnitScope.Scopes(user).Where(s => s.BodyId is not null).Select(s => s.BodyId!.Value).Distinct()];

    public static IQueryable<Obligation> Visible(DongThuanDb db, ClaimsPrincipal user)
    {
        if (UnitScope.IsAdministrator(user))
        {
            return db.Obligations;
        }

        var units = UnitScope.OfficeUnits(user);
        var bodies = OwnBodies(user);
        var person = UnitScope.PersonId(user);
        // Tested here, not in the query: EF Core compiles a test like `person != null` inside a query on every run,
        // where it reads a plain captured value as it is.
        var isPerson = person is not null;
        return db.Obligations.Where(o => units.Contains(o.UnitId) || bodies.Contains(o.OwnerBodyId) || (isPerson && o.OwnerPersonId == person));
    }

    public static bool CanView(ClaimsPrincipal user, Obligation o) =>
        UnitScope.IsCouncilOfficeOf(user, o.UnitId) || OwnBodies(user).Contains(o.OwnerBodyId) || (o.OwnerPersonId is { } p && UnitScope.PersonId(user) == p);
}

/// <summary>
/// The statuses of <see cref="Obligation.StatusOn"/> as database queries, so that a filtered list and a
/// count agree with what each item shows.
/// </summary>
public static class ObligationQueries
{
    public static IQueryable<Obligation> WithStatus(this IQueryable<Obligation> query, ObligationStatus status, DateOnly today)
    {
        var soon = today.AddDays(Obligation.DueSoonDays);
        return status switch
        {
            ObligationStatus.DoneOnTime => query.Where(o => o.State == ObligationState.Fulfilled && o.FulfilledOn <= o.OriginalDueOn),
            ObligationStatus.DoneLate => query.Where(o => o.State == ObligationState.Fulfilled && o.FulfilledOn > o.OriginalDueOn),
            ObligationStatus.VeryLate => query.Where(o => o.State == ObligationState.Open && o.VeryLateOn != null && o.VeryLateOn < today),
            ObligationStatus.Overdue => query.Where(o => o.State == ObligationState.Open && o.DueOn < today && (o.VeryLateOn == null || o.VeryLateOn >= today)),
            ObligationStatus.DueSoon => query.Where(o => o.State == ObligationState.Open && o.DueOn >= today && o.DueOn <= soon && (o.VeryLateOn == null || o.VeryLateOn >= today)),
            _ => query.Where(o => o.State == ObligationState.Open && o.DueOn > soon && (o.VeryLateOn == null || o.VeryLateOn >= today)),
        };
    }

    /// <summary>The open items, those late (overdue or very late) and those due soon, counted in one query with the rules of <see cref="WithStatus"/>.</summary>
    public sealed record OpenCounts(int Open, int Late, int DueSoon);

    /// <inheritdoc cref="OpenCounts"/>
    public static async Task<OpenCounts> CountOpenAsync(this IQueryable<Obligation> query, DateOnly today, CancellationToken ct)
    {
        var soon = today.AddDays(Obligation.DueSoonDays);
        // Late is Overdue or VeryLate, which never overlap: due before today, or past the very-late day.
        var counts = await query.Where(o => o.State == ObligationState.Open).GroupBy(_ => 1).Select(g => new
        {
            Open = g.Count(),
            Late = g.Count(o => o.DueOn < today || (o.VeryLateOn != null && o.VeryLateOn < today)),
            DueSoon = g.Count(o => o.DueOn >= today && o.DueOn <= soon && (o.VeryLateOn == null || o.VeryLateOn >= today)),
        }).SingleOrDefaultAsync(ct);
        return counts is null ? new(0, 0, 0) : new(counts.Open, counts.Late, counts.DueSoon);
    }
}
