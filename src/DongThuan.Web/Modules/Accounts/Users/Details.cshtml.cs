using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Accounts.Users;

/// <summary>An account's roles: grant one in a body of the right kind, or revoke one (archived, not deleted).</summary>
[Authorize(Policy = Permissions.Administer)]
public sealed class DetailsModel(DongThuanDb db, UserManager<AppUser> users, TimeProvider time) : RefusingPage
{
    public sealed record Line(Guid Id, AppRole Role, string? Body);

    public AppUser? Account { get; private set; }

    public IReadOnlyList<Line> Roles { get; private set; } = [];

    public IReadOnlyList<Body> Bodies { get; private set; } = [];


    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostGrantAsync(string id, AppRole role, Guid? bodyId, CancellationToken ct)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
        {
            return NotFound();
        }

        var body = bodyId is { } b ? await db.Bodies.FindAsync([b], ct) : null;
        var grant = RoleAssignment.Grant(user, role, body, out var outcome);
        if (!outcome.Succeeded)
        {
            Refuse(outcome.Refusal!.Message);
            await LoadAsync(id, ct);
            return Page();
        }

        db.RoleAssignments.Add(grant);
        await db.SaveChangesAsync(ct);
        // A new security stamp makes the user's cookies fail their next stamp check (within 5 minutes),
        // so the role change applies without waiting for the user to sign out.
        await users.UpdateSecurityStampAsync(user);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRevokeAsync(string id, Guid assignmentId, CancellationToken ct)
    {
        var assignment = await db.RoleAssignments.SingleOrDefaultAsync(a => a.Id == assignmentId && a.UserId == id, ct);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id, ct);
        if (assignment is null || user is null)
        {
            return NotFound();
        }

        assignment.Archive(time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        await users.UpdateSecurityStampAsync(user);
        return RedirectToPage(new { id });
    }

    /// <summary>Disables the account: its cookies and tokens stop working at their next stamp check (within a minute).</summary>
    public Task<IActionResult> OnPostDisableAsync(string id, CancellationToken ct) => SetDisabledAsync(id, true, ct);

    public Task<IActionResult> OnPostEnableAsync(string id, CancellationToken ct) => SetDisabledAsync(id, false, ct);

    private async Task<IActionResult> SetDisabledAsync(string id, bool disabled, CancellationToken ct)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
        {
            return NotFound();
        }

        if (disabled && user.Id == users.GetUserId(User))
        {
            // The last way in must not be closed by a slip of the hand: another administrator disables this account.
            Refuse(AccountRefusals.OwnAccount.Message);
            await LoadAsync(id, ct);
            return Page();
        }

        user.ArchivedAt = disabled ? time.GetUtcNow() : null;
        await db.SaveChangesAsync(ct);
        await users.UpdateSecurityStampAsync(user);
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        Account = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct);
        if (Account is null)
        {
            return false;
        }

        var assignments = await db.RoleAssignments.AsNoTracking().Where(a => a.UserId == id && a.ArchivedAt == null).ToListAsync(ct);
        Bodies = await db.Bodies.AsNoTracking().Where(b => b.ArchivedAt == null).OrderBy(b => b.UnitId).ThenBy(b => b.Kind).ThenBy(b => b.Name).ToListAsync(ct);
        var names = Bodies.ToDictionary(b => b.Id, b => b.Name);
        Roles = [.. assignments.Select(a => new Line(a.Id, a.Role, a.BodyId is { } b ? names.GetValueOrDefault(b) : null))];
        return true;
    }
}
