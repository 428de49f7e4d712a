using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Coordination.Emulation;

/// <summary>
/// The council office records an emulation movement launched for its unit (the page and the API): who organises it and
/// who launched it, its name, period and criteria, and the bodies of the unit invited to take part (at least one).
/// The caller has checked the office of the unit.
/// </summary>
public static class LaunchMovement
{
    public sealed record Request(Guid UnitId, Guid OrganisedByBodyId, string? LaunchedBy, string? Name, DateOnly LaunchedOn, DateOnly From, DateOnly To, string? Criteria,
        IReadOnlyList<Guid>? Participants);

    public static readonly Refusal BodyOfUnit = new("movement-body", "Cơ quan tổ chức và các đơn vị tham gia phải thuộc đơn vị hành chính này.");

    public static async Task<(Outcome Outcome, EmulationMovement? Movement)> ExecuteAsync(DongThuanDb db, Request input, CancellationToken ct)
    {
        var bodies = await db.Bodies.AsNoTracking().Where(b => b.UnitId == input.UnitId && b.ArchivedAt == null).Select(b => b.Id).ToListAsync(ct);
        var invited = (input.Participants ?? []).Distinct().ToList();
        if (!bodies.Contains(input.OrganisedByBodyId) || invited.Any(p => !bodies.Contains(p)))
        {
            return (BodyOfUnit, null);
        }

        var movement = EmulationMovement.Launch(input.UnitId, input.OrganisedByBodyId, input.LaunchedBy ?? "", input.Name ?? "", input.LaunchedOn, input.From, input.To,
            input.Criteria ?? "", out var outcome);
        if (outcome.Succeeded && invited.Count == 0)
        {
            outcome = CoordinationRefusals.MovementParticipants;
        }

        if (!outcome.Succeeded)
        {
            return (outcome, null);
        }

        db.EmulationMovements.Add(movement);
        db.MovementParticipants.AddRange(invited.Select(b => MovementParticipant.Invite(movement, b)));
        await db.SaveChangesAsync(ct);
        return (Outcome.Done, movement);
    }
}
