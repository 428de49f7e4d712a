using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using Microsoft.AspNetCore.Identity;

namespace DongThuan.Web.Modules.Accounts;

/// <summary>
/// Disabling an account (someone left the office) and enabling it again, by an administrator or the council office that
/// manages it. A disabled account's cookies and tokens stop working at their next stamp check (within a minute); its
/// records and the history of what it did stay.
/// </summary>
public static class DisableAccount
{
    public static async Task<Outcome> SetAsync(DongThuanDb db, UserManager<AppUser> users, TimeProvider time, ClaimsPrincipal actor, AppUser account, bool disabled, CancellationToken ct)
    {
        if (!await AccountScope.MayManageAsync(db, actor, account, ct))
        {
            return AccountRefusals.AccountOutOfScope;
        }

        if (disabled && account.Id == users.GetUserId(actor))
        {
            // The last way in must not be closed by a slip of the hand: someone else disables this account.
            return AccountRefusals.OwnAccount;
        }

        account.ArchivedAt = disabled ? time.GetUtcNow() : null;
        await db.SaveChangesAsync(ct);
        await users.UpdateSecurityStampAsync(account);
        return Outcome.Done;
    }
}
