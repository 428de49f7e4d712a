using DongThuan.Web.Modules.Notifications.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DongThuan.Web.Modules.Notifications;

/// <summary>
/// What the signed-in person follows, each with a way to stop; and the follow and unfollow buttons of the public pages post
/// here, then return to the page they were pressed on.
/// </summary>
public sealed class FollowsModel(Following following) : PageModel
{
    public IReadOnlyList<Follow> Items { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    private string UserId => ListNotifications.UserId(User);

    public async Task OnGetAsync(CancellationToken ct) => Items = await following.OfAsync(UserId, ct);

    public async Task<IActionResult> OnPostFollowAsync(string? kind, Guid id, string? returnUrl, CancellationToken ct)
    {
        var outcome = await following.FollowAsync(UserId, kind ?? "", id, ct);
        if (!outcome.Succeeded)
        {
            return outcome.Refusal == FollowRefusals.NotFollowable ? NotFound() : Back(returnUrl, outcome.Refusal!.Message);
        }

        return Back(returnUrl, "Đã theo dõi. Quý vị sẽ nhận thông báo khi có cập nhật.");
    }

    public async Task<IActionResult> OnPostUnfollowAsync(string? kind, Guid id, string? returnUrl, CancellationToken ct)
    {
        await following.UnfollowAsync(UserId, kind ?? "", id, ct);
        return Back(returnUrl, "Đã bỏ theo dõi.");
    }

    private LocalRedirectResult Back(string? returnUrl, string notice)
    {
        Notice = notice;
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/Notifications/Follows");
    }
}
