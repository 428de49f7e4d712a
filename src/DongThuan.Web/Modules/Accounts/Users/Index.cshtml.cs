using DongThuan.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Accounts.Users;

/// <summary>The accounts the user manages (<see cref="AccountScope"/>: all for an administrator, the unit's for a council office), with their roles.</summary>
[Authorize(Policy = Permissions.CouncilOffice)]
public sealed class IndexModel(DongThuanDb db, TimeProvider time) : PageModel
{
    public sealed record RoleLine(string Role, string? Body);

    public sealed record Row(string Id, string UserName, string DisplayName, IReadOnlyList<RoleLine> Roles, bool Archived, bool LockedOut);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var users = await AccountScope.ListAsync(db, User, ct);
        var ids = users.Select(u => u.Id).ToList();
        var roles = (await db.RoleAssignments.AsNoTracking().Where(a => a.ArchivedAt == null && ids.Contains(a.UserId)).ToListAsync(ct)).ToLookup(r => r.UserId);
        // A role is named with its body: one officer may hold the same role in two agencies.
        var bodyIds = roles.SelectMany(g => g).Where(r => r.BodyId != null).Select(r => r.BodyId!.Value).Distinct().ToList();
        var bodies = await db.Bodies.AsNoTracking().Where(b => bodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        Rows = [.. users.Select(u => new Row(u.Id, u.UserName ?? "", u.DisplayName,
            [.. roles[u.Id].Select(r => new RoleLine(RoleNames.Of(r.Role), r.BodyId is { } b ? bodies.GetValueOrDefault(b) : null))],
            u.ArchivedAt is not null, u.LockoutEnd is { } end && end > now))];
    }
}
