using System.ComponentModel.DataAnnotations;
using DongThuan.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DongThuan.Web.Modules.Accounts;

/// <summary>
/// Anyone asks for a password reset by user name or email. The answer is the same whether or not the account exists,
/// and the request is throttled by address like sign-in, so the form neither lists accounts nor floods a mailbox.
/// </summary>
[AllowAnonymous]
public sealed class ForgotPasswordModel(PasswordLinks links) : RefusingPage
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vui lòng nhập tên đăng nhập hoặc thư điện tử.")]
        [MaxLength(256)]
        public string UserNameOrEmail { get; set; } = "";
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            RefuseAsShown();
            return Page();
        }

        var outcome = await links.SendResetAsync(Input.UserNameOrEmail, HttpContext.Connection.RemoteIpAddress, ct);
        if (!outcome.Succeeded)
        {
            Refusal = outcome.Refusal!.Message;
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }

        Sent = true;
        return Page();
    }
}
