using DongThuan.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace DongThuan.Web.Modules.Accounts;

/// <summary>The link of the registration email confirms the address; the account can then sign in.</summary>
[AllowAnonymous]
public sealed class ConfirmEmailModel(UserManager<AppUser> users) : RefusingPage
{
    public bool Confirmed { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery] string? id, [FromQuery] string? token)
    {
        var outcome = await RegisterCitizen.ConfirmAsync(users, id, token);
        if (!outcome.Succeeded)
        {
            return Refused(outcome);
        }

        Confirmed = true;
        return Page();
    }
}
