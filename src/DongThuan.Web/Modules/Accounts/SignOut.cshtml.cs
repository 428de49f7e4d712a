using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DongThuan.Web.Modules.Accounts;

/// <summary>Sign out. Only by POST (with the antiforgery token), so a link on another site cannot sign a user out.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Permissions.SignedIn)]
public sealed class SignOutModel(SignInManager<AppUser> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
