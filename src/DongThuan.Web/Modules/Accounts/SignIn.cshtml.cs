using DongThuan.Web.Infrastructure.Web;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DongThuan.Web.Modules.Accounts;

/// <summary>Sign in with user name and password, throttled per address (<see cref="SignInThrottle"/>); no account is ever locked by others' failures.</summary>
[AllowAnonymous]
public sealed class SignInModel(SignInManager<AppUser> signIn, PasswordCheck check, ILogger<SignInModel> log) : RefusingPage
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


    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (result, user) = await check.CheckAsync(Input.UserName, Input.Password, HttpContext.Connection.RemoteIpAddress);
        if (result == PasswordCheck.Result.Throttled)
        {
            log.LogWarning("Sign-in refused: too many failures from {Address}", HttpContext.Connection.RemoteIpAddress);
            Refusal = AccountRefusals.TooManyAttempts.Message;
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }

        if (result == PasswordCheck.Result.Failed)
        {
            // Not refused input but a failed attempt: the form again with the one message (200), as before the throttle.
            Refusal = AccountRefusals.SignInFailed.Message;
            return Page();
        }

        if (result == PasswordCheck.Result.Unconfirmed)
        {
            Refusal = AccountRefusals.Unconfirmed.Message;
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        await signIn.SignInAsync(user!, isPersistent: false);

        // Only local addresses: a crafted link cannot bounce a user to another site after signing in.
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
