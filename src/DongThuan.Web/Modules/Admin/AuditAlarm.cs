using DongThuan.Web.Infrastructure.Audit;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Notifications;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Admin;

/// <summary>
/// A broken audit trail is the administrators' turn: the first failed check after a good one (or after the app
/// starts) tells every active administrator, in the app and by email as each chose, what was found and where
/// to look. A trail that stays broken is not announced again at every hourly check; one that is mended and
/// broken again is. Each instance remembers for itself, so behind several instances each tells once.
/// </summary>
public sealed class AuditAlarm(IServiceScopeFactory scopes, ILogger<AuditAlarm> log) : IAuditObserver
{
    private string? _announced;

    public async Task CheckedAsync(ChainVerification result, CancellationToken ct)
    {
        if (result.Intact)
        {
            _announced = null;
            return;
        }

        var problem = result.Problem ?? "";
        if (_announced == problem)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DongThuanDb>();
        var administrators = await db.RoleAssignments.AsNoTracking().Where(r => r.Role == AppRole.Administrator && r.ArchivedAt == null)
            .Select(r => r.UserId).Where(id => db.Users.Any(u => u.Id == id && u.ArchivedAt == null)).Distinct().ToListAsync(ct);
        var notifier = scope.ServiceProvider.GetRequiredService<Notifier>();
        var staged = notifier.Stage(administrators,
            $"Nhật ký kiểm toán không còn nguyên vẹn: {problem} Hãy kiểm tra tại trang Nhật ký kiểm toán và khôi phục từ bản sao lưu nếu cần. "
            + "/ The audit trail is no longer intact: check it on the audit page.", "/Admin/Audit");
        await notifier.SaveAndSendAsync(staged, ct);
        _announced = problem;
        log.LogWarning("Told {Count} administrators that the audit trail is broken", staged.Count);
    }
}

public static class AdminModule
{
    public static IServiceCollection AddAdmin(this IServiceCollection services) => services.AddSingleton<IAuditObserver, AuditAlarm>();
}
