using DongThuan.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DongThuan.Web.Modules.Accounts;

/// <summary>
/// Switches the language; the choice is kept in a cookie for a year. It takes no antiforgery token: another site
/// that makes a browser post here can only change the language it reads in, and the switch sits on every public page,
/// which must carry no token to be cached.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class LanguageModel(TimeProvider time) : PageModel
{
    public void OnGet()
    {
    }

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        var chosen = Localization.Cultures.FirstOrDefault(c => c.Name.Equals(culture, StringComparison.OrdinalIgnoreCase)) ?? Localization.Cultures[0];
        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = time.GetUtcNow().AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
    }
}
