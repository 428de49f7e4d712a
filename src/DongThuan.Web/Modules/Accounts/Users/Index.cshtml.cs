using DongThuan.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Accounts.Users;

/// <summary>The accounts the user manages (<see cref="AccountScope"/>: all for an administrator, the unit's for a council office), with their roles.</summary>
[Authorize(Policy = Permissions.CouncilOffice)]
public sealed class IndexModel(DongThuanDb db, TimeProvider time) : PageModel
{
    public sealed record Row(string Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, bool Archived, bool LockedOut);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var users = await AccountScope.ListAsync(db, User, ct);
        var ids = users.Select(u => u.Id).ToList();
        var roles = (await db.RoleAssignments.AsNoTracking().Where(a => a.ArchivedAt == null && ids.Contains(a.UserId)).ToListAsync(ct)).ToLookup(r => r.UserId);
        Rows = [.. users.Select(u => new Row(u.Id, u.UserName ?? "", u.DisplayName,
            [.. roles[u.Id].Select(r => RoleNames.Of(r.Role))],
            u.ArchivedAt is not null, u.LockoutEnd is { } end && end > now))];
    }
}
