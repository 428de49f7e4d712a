using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Coordination.Emulation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DongThuan.Web.Modules.Coordination.Api;

/// <summary>
/// Emulation movements for programs, through the use cases of the pages: the movements of the caller's units with their
/// participants and commendations; the office records one, invited bodies register their commitment, the office records
/// the commendations. Another unit's movement is a 404; a refused record a 422.
/// </summary>
public static class MovementsApi
{
    public sealed record Participant(Guid Id, Guid BodyId, DateOnly? RegisteredOn, string? Commitment);

    public sealed record Commendation(Guid Id, string Type, string Recipient, Guid? RecipientBodyId, string DecisionNumber, DateOnly DecisionOn, string? Awarder);

    public sealed record Item(Guid Id, Guid UnitId, Guid OrganisedByBodyId, string LaunchedBy, string Name, DateOnly LaunchedOn, DateOnly From, DateOnly To, string Criteria,
        IReadOnlyList<Participant> Participants, IReadOnlyList<Commendation> Commendations);

    public static async Task<IReadOnlyList<Item>> ListAsync(ClaimsPrincipal user, DongThuanDb db, CancellationToken ct)
    {
        var movements = await db.EmulationMovements.AsNoTracking().StaffScoped(user).OrderByDescending(m => m.From).Take(200).ToListAsync(ct);
        var ids = movements.Select(m => m.Id).ToList();
        var participants = (await db.MovementParticipants.AsNoTracking().Where(p => ids.Contains(p.MovementId)).ToListAsync(ct)).ToLookup(p => p.MovementId);
        var awards = (await db.MovementCommendations.AsNoTracking().Where(c => ids.Contains(c.MovementId)).OrderBy(c => c.DecisionOn).ToListAsync(ct)).ToLookup(c => c.MovementId);
        return [.. movements.Select(m => new Item(m.Id, m.UnitId, m.OrganisedByBodyId, m.LaunchedBy, m.Name, m.LaunchedOn, m.From, m.To, m.Criteria,
            [.. participants[m.Id].Select(p => new Participant(p.Id, p.BodyId, p.RegisteredOn, p.Commitment))],
            [.. awards[m.Id].Select(c => new Commendation(c.Id, c.Type.ToString(), c.Recipient, c.RecipientBodyId, c.DecisionNumber, c.DecisionOn, c.Awarder))]))];
    }

    public static async Task<IResult> LaunchAsync(LaunchMovement.Request input, ClaimsPrincipal user, DongThuanDb db, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (!await db.Set<Organisation.Unit>().AnyAsync(u => u.Id == input.UnitId, ct))
        {
            return TypedResults.NotFound();
        }

        if (!UnitScope.IsCouncilOfficeOf(user, input.UnitId))
        {
            return TypedResults.Forbid();
        }

        var (outcome, movement) = await LaunchMovement.ExecuteAsync(db, input, ct);
        return outcome.Succeeded ? TypedResults.Created($"/Coordination/Emulation/Details/{movement!.Id}", new CreatedId(movement.Id)) : Problems.Refused(outcome, l);
    }

    public static Task<IResult> RegisterAsync(Guid id, RegisterForMovement.Request input, ClaimsPrincipal user, DongThuanDb db, TimeProvider time,
        IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        OnMovementAsync(id, user, db, async m => await RegisterForMovement.ExecuteAsync(db, user, m, input, VietnamTime.Today(time), ct) switch
        {
            null => TypedResults.Forbid(),
            { Succeeded: true } => TypedResults.NoContent(),
            var refused => Problems.Refused(refused.Value, l),
        }, ct);

    public static Task<IResult> AwardAsync(Guid id, AwardCommendation.Request input, ClaimsPrincipal user, DongThuanDb db, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        OnMovementAsync(id, user, db, async m =>
        {
            if (!CoordinationAccess.IsOffice(user, m.UnitId))
            {
                return TypedResults.Forbid();
            }

            var (outcome, award) = await AwardCommendation.ExecuteAsync(db, m, input, ct);
            return outcome.Succeeded ? TypedResults.Created($"/Coordination/Emulation/Details/{id}", new CreatedId(award!.Id)) : Problems.Refused(outcome, l);
        }, ct);

    private static async Task<IResult> OnMovementAsync(Guid id, ClaimsPrincipal user, DongThuanDb db, Func<EmulationMovement, Task<IResult>> act, CancellationToken ct)
    {
        var m = await db.EmulationMovements.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        return m is null || !UnitScope.IsStaffOf(user, m.UnitId) ? TypedResults.NotFound() : await act(m);
    }
}
