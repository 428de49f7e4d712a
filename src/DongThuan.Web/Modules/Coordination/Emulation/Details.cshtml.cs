using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Coordination.Emulation;

/// <summary>
/// One movement: its criteria and the invited units; a unit registers its commitment (its own officers, or
/// the office for it); the office records the commendations awarded, each by a numbered decision.
/// </summary>
[Authorize(Policy = Permissions.Staff)]
public sealed class DetailsModel(DongThuanDb db, TimeProvider time) : RefusingPage
{
    public EmulationMovement Movement { get; private set; } = null!;

    public string OrganisedBy { get; private set; } = "";

    public IReadOnlyList<(MovementParticipant Participant, string Name, bool CanRegister)> Participants { get; private set; } = [];

    public IReadOnlyList<MovementCommendation> Commendations { get; private set; } = [];

    public bool IsOffice { get; private set; }

    private DateOnly Today => VietnamTime.Today(time);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRegisterAsync(Guid id, Guid participantId, string? commitment, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var outcome = await RegisterForMovement.ExecuteAsync(db, User, Movement, new(participantId, commitment), Today, ct);
        return outcome is not { } done ? Forbid()
            : done.Refusal == RegisterForMovement.NotInvited ? NotFound()
            : await SaveAsync(id, done, ct);
    }

    public async Task<IActionResult> OnPostAwardAsync(Guid id, CommendationType type, string? recipient, Guid? recipientBodyId, string? decisionNumber, DateOnly decisionOn, string? awarder,
        CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!IsOffice)
        {
            return Forbid();
        }

        var (outcome, _) = await AwardCommendation.ExecuteAsync(db, Movement, new(type, recipient, recipientBodyId, decisionNumber, decisionOn, awarder), ct);
        return await SaveAsync(id, outcome, ct);
    }

    private async Task<IActionResult> SaveAsync(Guid id, Outcome outcome, CancellationToken ct)
    {
        if (outcome.Succeeded)
        {
            await db.SaveChangesAsync(ct);
            return RedirectToPage(new { id });
        }

        db.ChangeTracker.Clear();
        return Refused(outcome.Refusal!.Message);
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var m = await db.EmulationMovements.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (m is null || !Accounts.UnitScope.IsStaffOf(User, m.UnitId))
        {
            return false; // another unit's movement is not this user's to see
        }

        Movement = m;
        IsOffice = CoordinationAccess.IsOffice(User, m.UnitId);
        var bodies = await db.Bodies.AsNoTracking().Where(b => b.UnitId == m.UnitId).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        OrganisedBy = bodies.GetValueOrDefault(m.OrganisedByBodyId) ?? "";
        var mine = CoordinationAccess.Bodies(User);
        Participants = [.. (await db.MovementParticipants.AsNoTracking().Where(p => p.MovementId == id).ToListAsync(ct))
            .Select(p => (p, bodies.GetValueOrDefault(p.BodyId) ?? "", IsOffice || mine.Contains(p.BodyId))).OrderBy(x => x.Item2, StringComparer.Ordinal)];
        Commendations = await db.MovementCommendations.AsNoTracking().Where(c => c.MovementId == id).OrderBy(c => c.DecisionOn).ThenBy(c => c.Type).ToListAsync(ct);
        return true;
    }
}
