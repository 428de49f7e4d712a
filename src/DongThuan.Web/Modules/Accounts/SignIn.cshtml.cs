using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DongThuan.Web.Modules.Accounts;

/// <summary>Sign in with user name and password; five failures lock the account for 15 minutes.</summary>
[AllowAnonymous]
public sealed class SignInModel(SignInManager<AppUser> signIn, ILogger<SignInModel> log) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vui lòng nhập tên đăng nhập.")]
        [MaxLength(256)]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "Vui lòng nhập mật khẩu.")]
        [MaxLength(256)]
        public string Password { get; set; } = "";
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Refusal { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await signIn.UserManager.FindByNameAsync(Input.UserName.Trim());
        if (user is null || user.ArchivedAt is not null)
        {
            Refusal = AccountRefusals.SignInFailed.Message;
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            log.LogWarning("Account {UserId} locked out after failed sign-ins", user.Id);
            Refusal = AccountRefusals.LockedOut.Message;
            return Page();
        }

        if (!result.Succeeded)
        {
            Refusal = AccountRefusals.SignInFailed.Message;
            return Page();
        }

        // Only local addresses: a crafted link cannot bounce a user to another site after signing in.
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
