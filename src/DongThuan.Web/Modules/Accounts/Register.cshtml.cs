using System.ComponentModel.DataAnnotations;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Notifications;
using DongThuan.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace DongThuan.Web.Modules.Accounts;

/// <summary>A citizen opens an account (<see cref="RegisterCitizen"/>); the page says the same whatever the address.</summary>
[AllowAnonymous]
public sealed class RegisterModel(DongThuanDb db, UserManager<AppUser> users, IMailer mailer, SignInThrottle throttle, IConfiguration configuration) : RefusingPage
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vui lòng nhập họ và tên (tối đa 200 ký tự).")]
        [MaxLength(200)]
        public string Name { get; set; } = "";

        [Required(ErrorMessage = "Địa chỉ thư điện tử không hợp lệ.")]
        [MaxLength(256)]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Mật khẩu có ít nhất 10 ký tự, gồm chữ hoa, chữ thường, chữ số và ký tự đặc biệt.")]
        [MaxLength(256)]
        public string Password { get; set; } = "";
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

        var outcome = await RegisterCitizen.ExecuteAsync(db, users, mailer, throttle, configuration, new RegisterCitizen.Request(Input.Name, Input.Email, Input.Password),
            HttpContext.Connection.RemoteIpAddress, ct);
        if (!outcome.Succeeded)
        {
            Refused(outcome);
            if (outcome.Refusal == AccountRefusals.TooManyAttempts)
            {
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
            }

            return Page();
        }

        Sent = true;
        Input = new InputModel();
        return Page();
    }
}
