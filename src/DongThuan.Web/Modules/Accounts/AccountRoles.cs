using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Accounts;

/// <summary>
/// Granting and revoking an account's roles, by an administrator or by the council office that manages the account
/// (<see cref="AccountScope"/>). A new security stamp ends the account's sessions at their next check (within a
/// minute), so the change applies without waiting for its owner to sign out.
/// </summary>
public static class AccountRoles
{
    public sealed record GrantRequest(AppRole Role, Guid? BodyId);

    public static async Task<Outcome> GrantAsync(DongThuanDb db, UserManager<AppUser> users, ClaimsPrincipal actor, AppUser account, GrantRequest input, CancellationToken ct)
    {
        var body = input.BodyId is { } b ? await db.Bodies.SingleOrDefaultAsync(x => x.Id == b && x.ArchivedAt == null, ct) : null;
        if (input.BodyId is not null && body is null)
        {
            return AccountRefusals.RoleNeedsBody;
        }

        if (!await AccountScope.MayManageAsync(db, actor, account, ct))
        {
            return AccountRefusals.AccountOutOfScope;
        }

        if (!AccountScope.MayGrant(actor, input.Role, body))
        {
            return AccountRefusals.RoleOutOfScope;
        }

        var grant = RoleAssignment.Grant(account, input.Role, body, out var outcome);
        if (!outcome.Succeeded)
        {
            return outcome;
        }

        db.RoleAssignments.Add(grant);
        await db.SaveChangesAsync(ct);
        await users.UpdateSecurityStampAsync(account);
        return Outcome.Done;
    }

    public static async Task<Outcome> RevokeAsync(DongThuanDb db, UserManager<AppUser> users, TimeProvider time, ClaimsPrincipal actor, AppUser account, Guid assignmentId, CancellationToken ct)
    {
        var assignment = await db.RoleAssignments.SingleOrDefaultAsync(a => a.Id == assignmentId && a.UserId == account.Id && a.ArchivedAt == null, ct);
        if (assignment is null || !await AccountScope.MayManageAsync(db, actor, account, ct))
        {
            return AccountRefusals.AccountOutOfScope;
        }

        assignment.Archive(time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        await users.UpdateSecurityStampAsync(account);
        return Outcome.Done;
    }
}
