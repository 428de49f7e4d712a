using DongThuan.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Notifications;

/// <summary>
/// What happened lately to what a person follows: their newest notices of kind <see cref="NotificationKinds.Update"/>,
/// as "my work" shows them. Read from the index on (user, kind, time), so it costs the same for an office that has
/// been told of ten thousand petitions as for one told of ten.
/// </summary>
public static class LatestUpdates
{
    public static async Task<IReadOnlyList<Notification>> ForAsync(DongThuanDb db, string? userId, int count, CancellationToken ct) =>
        userId is null
            ? []
            : await db.Notifications.AsNoTracking().Where(n => n.UserId == userId && n.Kind == NotificationKinds.Update)
                .OrderByDescending(n => n.CreatedAt).Take(count).ToListAsync(ct);
}
