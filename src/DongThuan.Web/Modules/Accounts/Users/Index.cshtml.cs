using DongThuan.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Accounts.Users;

/// <summary>Every account with its roles: two queries.</summary>
[Authorize(Policy = Permissions.Administer)]
public sealed class IndexModel(DongThuanDb db, TimeProvider time) : PageModel
{
    public sealed record Row(string Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, bool Archived, bool LockedOut);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var users = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct);
        var roles = await db.RoleAssignments.AsNoTracking().Where(a => a.ArchivedAt == null).ToListAsync(ct);
        Rows = [.. users.Select(u => new Row(u.Id, u.UserName ?? "", u.DisplayName,
            [.. roles.Where(r => r.UserId == u.Id).Select(r => RoleNames.Of(r.Role))],
            u.ArchivedAt is not null, u.LockoutEnd is { } end && end > now))];
    }
}
