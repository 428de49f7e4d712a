using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Notifications;

/// <summary>
/// What happened lately to what a person follows: their newest notices of kind <see cref="NotificationKinds.Update"/>,
/// as "my work" shows them. Read from the index on (user, kind, time), so it costs the same for an office that has
/// been told of ten thousand petitions as for one told of ten (ADR 0049).
/// </summary>
public static class LatestUpdates
{
    public static async Task<IReadOnlyList<Notification>> ForAsync(DongThuanDb db, ClaimsPrincipal user, int count, CancellationToken ct) =>
        Api.ListNotifications.UserId(user) is { Length: > 0 } id ? await Latest.For(db)(db, id, count).ToListAsync(ct) : [];

    // Compiled (ADR 0045): "my work" asks it on every visit, in the same shape.
    private static readonly CompiledPerEngine<Func<DongThuanDb, string, int, IAsyncEnumerable<Notification>>> Latest =
        new(() => EF.CompileAsyncQuery((DongThuanDb db, string id, int count) => db.Set<Notification>().AsNoTracking()
            .Where(n => n.UserId == id && n.Kind == NotificationKinds.Update).OrderByDescending(n => n.CreatedAt).Take(count)));
}
