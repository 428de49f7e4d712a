using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Accounts;

/// <summary>
/// The first account of an install (the <c>create-admin</c> verb): an administrator, with the same password
/// rules as every account, in one transaction with its role.
/// </summary>
public sealed class CreateAdministrator(UserManager<AppUser> users, DongThuanDb db)
{
    public async Task<Outcome> RunAsync(string userName, string password, CancellationToken ct)
    {
        var name = userName.Trim();
        if (name.Length == 0)
        {
            return AccountRefusals.NameRequired;
        }

        if (await users.FindByNameAsync(name) is not null)
        {
            return AccountRefusals.NameTaken;
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var user = new AppUser { UserName = name, DisplayName = "Quản trị hệ thống" };
        if (!(await users.CreateAsync(user, password)).Succeeded)
        {
            return AccountRefusals.PasswordWeak;
        }

        db.RoleAssignments.Add(RoleAssignment.Grant(user, AppRole.Administrator, null, out _));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Outcome.Done;
    }

    /// <summary>Is there an administrator who can sign in?</summary>
    public static Task<bool> AnyAsync(DongThuanDb db, CancellationToken ct) =>
        db.RoleAssignments.AnyAsync(r => r.Role == AppRole.Administrator && r.ArchivedAt == null
                                         && db.Users.Any(u => u.Id == r.UserId && u.ArchivedAt == null), ct);
}
