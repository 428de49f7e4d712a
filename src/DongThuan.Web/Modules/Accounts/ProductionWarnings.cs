using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Accounts;

/// <summary>
/// Outside Development, once the app has started: says how to create the first administrator when there is
/// none, and names every account still on the demo password, which the README publishes. Off the start path:
/// each check of a password costs a hash.
/// </summary>
public sealed class ProductionWarnings(IServiceScopeFactory scopes, IHostEnvironment environment, ILogger<ProductionWarnings> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (environment.IsDevelopment())
        {
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DongThuanDb>();
            if (!await CreateAdministrator.AnyAsync(db, stoppingToken))
            {
                log.LogWarning("No administrator yet. Create one with: dongthuan create-admin USER (password on standard input). "
                               + "/ Chưa có quản trị viên: chạy 'create-admin TÊN' để tạo.");
            }

            var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<AppUser>>();
            var users = await db.Users.AsNoTracking().Where(u => u.PasswordHash != null && u.ArchivedAt == null).ToListAsync(stoppingToken);
            var onDemoPassword = users.Where(u => hasher.VerifyHashedPassword(u, u.PasswordHash!, DemoAccounts.Password) != PasswordVerificationResult.Failed)
                .Select(u => u.UserName).ToList();
            if (onDemoPassword.Count > 0)
            {
                log.LogWarning("{Count} accounts still have the demo password, which is published in the README: {Accounts}. Change or disable them. "
                               + "/ Có tài khoản còn dùng mật khẩu demo.", onDemoPassword.Count, string.Join(", ", onDemoPassword));
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A database not reachable yet is the health check's to report.
            log.LogWarning(e, "The production start checks could not run");
        }
    }
}
