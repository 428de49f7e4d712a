using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Infrastructure.Operations;

/// <summary>
/// <c>create-admin USER</c>: the first account of a production install. The password never appears on the
/// command line (where <c>ps</c> and shell history would keep it): it is read from
/// <c>DONGTHUAN_ADMIN_PASSWORD</c> or the first line of standard input.
/// </summary>
public static class CreateAdmin
{
    public static async Task<int> RunAsync(WebApplication app, string[] operands, CancellationToken ct)
    {
        if (operands.Length != 1 || string.IsNullOrWhiteSpace(operands[0]))
        {
            return OperatorVerbs.Fail("Cách dùng: create-admin TÊN_ĐĂNG_NHẬP (mật khẩu qua đầu vào chuẩn)", "Usage: create-admin USER (password on standard input)");
        }

        var password = Environment.GetEnvironmentVariable("DONGTHUAN_ADMIN_PASSWORD");
        if (string.IsNullOrEmpty(password))
        {
            if (!Console.IsInputRedirected)
            {
                Console.Error.Write("Mật khẩu / password: ");
            }

            password = Console.In.ReadLine()?.TrimEnd('\r', '\n');
        }

        if (string.IsNullOrEmpty(password))
        {
            return OperatorVerbs.Fail("Chưa có mật khẩu: nhập qua đầu vào chuẩn hoặc DONGTHUAN_ADMIN_PASSWORD.", "No password: give it on standard input or in DONGTHUAN_ADMIN_PASSWORD.");
        }

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<DongThuanDb>();
        var name = operands[0].Trim();
        if (await users.FindByNameAsync(name) is not null)
        {
            return OperatorVerbs.Fail($"Tài khoản '{name}' đã có.", $"An account named '{name}' already exists.");
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var user = new AppUser { UserName = name, DisplayName = "Quản trị hệ thống" };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return OperatorVerbs.Fail("Mật khẩu cần ít nhất 10 ký tự, có chữ hoa, chữ thường, chữ số và ký tự đặc biệt.",
                string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        db.RoleAssignments.Add(RoleAssignment.Grant(user, AppRole.Administrator, null, out _));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        Console.WriteLine($"Đã tạo quản trị viên / administrator created: {name}");
        return 0;
    }

    /// <summary>Is there any administrator who can sign in? A production start without one says how to make one.</summary>
    public static Task<bool> AnyAsync(DongThuanDb db, CancellationToken ct) =>
        db.RoleAssignments.AnyAsync(r => r.Role == AppRole.Administrator && r.ArchivedAt == null
                                         && db.Users.Any(u => u.Id == r.UserId && u.ArchivedAt == null), ct);
}
