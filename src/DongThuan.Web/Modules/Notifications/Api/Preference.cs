using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DongThuan.Web.Modules.Notifications.Api;

/// <summary><c>GET/PUT /api/v1/notifications/preference</c>: how the caller gets notifications by email, <c>Immediate</c> (the default) or <c>Digest</c>.</summary>
public static class Preference
{
    public sealed record Body(DeliveryMode Mode);

    public static readonly Infrastructure.Domain.Refusal ModeInvalid = new("notification-mode", "Cách nhận email phải là ngay khi có thông báo (Immediate) hoặc tóm tắt mỗi ngày (Digest).");

    public static async Task<Body> GetAsync(ClaimsPrincipal user, DongThuanDb db, CancellationToken ct)
    {
        var id = ListNotifications.UserId(user);
        return new Body(await db.NotificationPreferences.AsNoTracking().Where(p => p.UserId == id).Select(p => (DeliveryMode?)p.Mode).SingleOrDefaultAsync(ct) ?? DeliveryMode.Immediate);
    }

    public static async Task<IResult> SetAsync(Body input, ClaimsPrincipal user, DongThuanDb db, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (!Enum.IsDefined(input.Mode))
        {
            return Problems.Refused(ModeInvalid, l);
        }

        var id = ListNotifications.UserId(user);
        var preference = await db.NotificationPreferences.SingleOrDefaultAsync(p => p.UserId == id, ct);
        if (preference is null)
        {
            db.NotificationPreferences.Add(NotificationPreference.For(id, input.Mode));
        }
        else
        {
            preference.Change(input.Mode);
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
