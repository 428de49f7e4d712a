using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using DongThuan.Web.Infrastructure.Web;

namespace DongThuan.Web.Modules.Accounts;

/// <summary>
/// A signed-in user changes their own password. The new security stamp ends every other session and token of
/// the account within a minute; this browser's session is renewed so its owner stays signed in.
/// </summary>
public sealed class PasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn) : RefusingPage
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vui lòng nhập mật khẩu hiện tại.")]
        [MaxLength(256)]
        public string Current { get; set; } = "";

        [Required(ErrorMessage = "Vui lòng nhập mật khẩu mới.")]
        [MaxLength(256)]
        public string New { get; set; } = "";
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Changed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            RefuseAsShown();
            return Page();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, Input.Current, Input.New);
        if (!result.Succeeded)
        {
            // Identity's own descriptions are English; the page says the two things a person can act on.
            return Refused((result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
                ? AccountRefusals.PasswordWrong
                : AccountRefusals.PasswordWeak).Message);
        }

        await signIn.RefreshSignInAsync(user);
        Changed = true;
        return Page();
    }
}
