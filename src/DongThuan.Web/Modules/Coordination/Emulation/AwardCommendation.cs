using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Coordination.Emulation;

/// <summary>
/// The council office records a commendation awarded in a movement (the page and the API), by its numbered decision: to a
/// participating body (named as the movement lists it, unless the decision names it otherwise) or to a person.
/// The caller has checked the office of the movement's unit.
/// </summary>
public static class AwardCommendation
{
    public sealed record Request(CommendationType Type, string? Recipient, Guid? RecipientBodyId, string? DecisionNumber, DateOnly DecisionOn, string? Awarder = null);

    public static async Task<(Outcome Outcome, MovementCommendation? Commendation)> ExecuteAsync(DongThuanDb db, EmulationMovement movement, Request input, CancellationToken ct)
    {
        var participating = input.RecipientBodyId is { } b
            && await db.MovementParticipants.AnyAsync(p => p.MovementId == movement.Id && p.BodyId == b, ct);
        var name = participating ? await db.Bodies.AsNoTracking().Where(x => x.Id == input.RecipientBodyId).Select(x => x.Name).SingleAsync(ct) : null;
        var award = MovementCommendation.Award(movement, input.Type, string.IsNullOrWhiteSpace(input.Recipient) ? name ?? "" : input.Recipient,
            participating ? input.RecipientBodyId : null, input.DecisionNumber ?? "", input.DecisionOn, input.Awarder, out var outcome);
        if (!outcome.Succeeded)
        {
            return (outcome, null);
        }

        db.MovementCommendations.Add(award);
        await db.SaveChangesAsync(ct);
        return (Outcome.Done, award);
    }
}
