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

        var outcome = await ChangePassword.ExecuteAsync(users, user, new ChangePassword.Request(Input.Current, Input.New));
        if (!outcome.Succeeded)
        {
            return Refused(outcome.Refusal!.Message);
        }

        await signIn.RefreshSignInAsync(user);
        Changed = true;
        return Page();
    }
}
