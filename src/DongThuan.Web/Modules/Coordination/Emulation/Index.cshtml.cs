using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Coordination.Emulation;

/// <summary>Emulation movements, newest first, with how many units registered and how many commendations were awarded.</summary>
[Authorize(Policy = Permissions.Staff)]
public sealed class IndexModel(DongThuanDb db) : PageModel
{
    public sealed record Row(EmulationMovement Movement, string OrganisedBy, int Invited, int Registered, int Commendations);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyList<Guid> OfficeUnits { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var movements = await db.EmulationMovements.AsNoTracking().StaffScoped(User).OrderByDescending(m => m.From).Take(200).ToListAsync(ct);
        var ids = movements.Select(m => m.Id).ToList();
        var participants = await db.MovementParticipants.AsNoTracking().Where(p => ids.Contains(p.MovementId)).Select(p => new { p.MovementId, p.RegisteredOn }).ToListAsync(ct);
        var awards = await db.MovementCommendations.AsNoTracking().Where(c => ids.Contains(c.MovementId)).GroupBy(c => c.MovementId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var bodies = movements.Select(m => m.OrganisedByBodyId).ToList();
        var names = await db.Bodies.AsNoTracking().Where(b => bodies.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        Rows = [.. movements.Select(m => new Row(m, names.GetValueOrDefault(m.OrganisedByBodyId) ?? "", participants.Count(p => p.MovementId == m.Id),
            participants.Count(p => p.MovementId == m.Id && p.RegisteredOn != null), awards.GetValueOrDefault(m.Id)))];
        OfficeUnits = UnitScope.IsAdministrator(User)
            ? await db.Bodies.AsNoTracking().Where(b => b.Kind == BodyKind.Council && b.ArchivedAt == null).Select(b => b.UnitId).Distinct().ToListAsync(ct)
            : UnitScope.OfficeUnits(User);
    }
}
