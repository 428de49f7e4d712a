using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DongThuan.Web.Modules.Notifications.Api;

/// <summary><c>POST /api/v1/notifications/{id}/read</c>: marks one of the caller's notifications read (again is no change); another's is not found.</summary>
public static class ReadNotification
{
    public static async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(Guid id, ClaimsPrincipal user, DongThuanDb db, TimeProvider time,
        IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var userId = ListNotifications.UserId(user);
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.UserId == userId, ct);
        if (notification is null)
        {
            return TypedResults.Problem(detail: l["Không tìm thấy thông báo này."], statusCode: StatusCodes.Status404NotFound, title: "notification-not-found");
        }

        notification.MarkRead(time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
