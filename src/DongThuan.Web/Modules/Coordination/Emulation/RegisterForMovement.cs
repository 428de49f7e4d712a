using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Coordination.Emulation;

/// <summary>
/// An invited body registers its commitment to a movement (the page and the API), by its own officers or by the council
/// office for it, once, before the movement ends.
/// </summary>
public static class RegisterForMovement
{
    public sealed record Request(Guid ParticipantId, string? Commitment);

    public static readonly Refusal NotInvited = new("movement-not-invited", "Đơn vị này không có trong danh sách được mời tham gia phong trào.");

    /// <summary>Whether the user may register for the body: its own officers, or the office of the movement's unit.</summary>
    public static bool MayAct(ClaimsPrincipal user, EmulationMovement movement, MovementParticipant participant) =>
        CoordinationAccess.IsOffice(user, movement.UnitId) || CoordinationAccess.Bodies(user).Contains(participant.BodyId);

    /// <returns>Null when the caller may not register for that body.</returns>
    public static async Task<Outcome?> ExecuteAsync(DongThuanDb db, ClaimsPrincipal user, EmulationMovement movement, Request input, DateOnly today, CancellationToken ct)
    {
        var participant = await db.MovementParticipants.SingleOrDefaultAsync(p => p.Id == input.ParticipantId && p.MovementId == movement.Id, ct);
        if (participant is null)
        {
            return NotInvited;
        }

        if (!MayAct(user, movement, participant))
        {
            return null;
        }

        var outcome = participant.Register(movement, input.Commitment ?? "", today);
        if (outcome.Succeeded)
        {
            await db.SaveChangesAsync(ct);
        }
        else
        {
            db.ChangeTracker.Clear();
        }

        return outcome;
    }
}
