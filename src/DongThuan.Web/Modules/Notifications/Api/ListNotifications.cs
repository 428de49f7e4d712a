using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Notifications.Api;

/// <summary><c>GET /api/v1/notifications</c>: the caller's own notifications, newest first (the latest 200); and the count of unread ones.</summary>
public static class ListNotifications
{
    public sealed record Item(Guid Id, string Kind, string? SubjectKind, Guid? SubjectId, string Text, string Url, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

    /// <summary>The unread notices, counted no further than <see cref="UnreadCount.Cap"/>; <c>Capped</c>: at least that many.</summary>
    public sealed record Unread(int Count, bool Capped);

    public static async Task<Ok<IReadOnlyList<Item>>> HandleAsync(bool? unread, ClaimsPrincipal user, DongThuanDb db, CancellationToken ct)
    {
        var id = UserId(user);
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == id);
        // Every unread notice has the same ReadAt (none), so ordering by it first changes nothing, except that it tells
        // PostgreSQL the unread index (user, read, time, id) is already in the order asked: PostgreSQL does not take
        // "IS NULL" as fixing a column the way "=" does, and without it sorted every unread notice to return 200.
        var query = unread == true
            ? mine.Where(n => n.ReadAt == null).OrderByDescending(n => n.ReadAt).ThenByDescending(n => n.CreatedAt)
            : mine.OrderByDescending(n => n.CreatedAt);
        var items = await query.ThenByDescending(n => n.Id).Take(200)
            .Select(n => new Item(n.Id, n.Kind, n.SubjectType, n.SubjectId, n.Text, n.Url, n.CreatedAt, n.ReadAt)).ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<Item>>(items);
    }

    public static async Task<Ok<Unread>> UnreadAsync(ClaimsPrincipal user, UnreadCount count)
    {
        var unread = await count.ForAsync(user);
        return TypedResults.Ok(new Unread(unread, UnreadCount.IsCapped(unread)));
    }

    internal static string UserId(ClaimsPrincipal user) => user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? "";
}
