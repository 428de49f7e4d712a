using DongThuan.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Notifications;

/// <summary>The signed-in user's notifications, newest first; reading them marks them read; the email preference is set here.</summary>
public sealed class IndexModel(DongThuanDb db, TimeProvider time) : PageModel
{
    public IReadOnlyList<Notification> Items { get; private set; } = [];

    [BindProperty]
    public DeliveryMode Mode { get; set; } = DeliveryMode.Immediate;

    private string UserId => User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Items = await db.Notifications.AsNoTracking().Where(n => n.UserId == UserId).OrderByDescending(n => n.CreatedAt).Take(200).ToListAsync(ct);
        Mode = await db.NotificationPreferences.AsNoTracking().Where(p => p.UserId == UserId).Select(p => (DeliveryMode?)p.Mode).SingleOrDefaultAsync(ct) ?? DeliveryMode.Immediate;
    }

    public async Task<IActionResult> OnPostReadAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await db.WriteAloneAsync(t => db.Notifications.Where(n => n.UserId == UserId && n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), t), ct);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostModeAsync(CancellationToken ct)
    {
        if (!Enum.IsDefined(Mode))
        {
            return BadRequest();
        }

        var preference = await db.NotificationPreferences.SingleOrDefaultAsync(p => p.UserId == UserId, ct);
        if (preference is null)
        {
            db.NotificationPreferences.Add(NotificationPreference.For(UserId, Mode));
        }
        else
        {
            preference.Change(Mode);
        }

        await db.SaveChangesAsync(ct);
        return RedirectToPage();
    }
}
