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
        var query = db.Notifications.AsNoTracking().Where(n => n.UserId == id);
        if (unread == true)
        {
            query = query.Where(n => n.ReadAt == null);
        }

        var items = await query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(200)
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
