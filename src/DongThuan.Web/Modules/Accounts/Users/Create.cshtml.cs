using DongThuan.Web.Infrastructure.Web;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DongThuan.Web.Modules.Accounts.Users;

/// <summary>An administrator creates an account; roles are granted on the account's page.</summary>
[Authorize(Policy = Permissions.Administer)]
public sealed class CreateModel(UserManager<AppUser> users) : RefusingPage
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vui lòng nhập tên đăng nhập.")]
        [RegularExpression("^[a-zA-Z0-9._-]{3,64}$", ErrorMessage = "Tên đăng nhập gồm 3–64 chữ cái không dấu, chữ số, dấu chấm, gạch dưới hoặc gạch ngang.")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "Tên không được để trống.")]
        [MaxLength(200)]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = "Vui lòng nhập mật khẩu.")]
        [MaxLength(256)]
        public string Password { get; set; } = "";
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();


    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = new AppUser { UserName = Input.UserName, DisplayName = Input.DisplayName.Trim() };
        var result = await users.CreateAsync(user, Input.Password);
        if (!result.Succeeded)
        {
            return Refused((result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName))
                ? AccountRefusals.NameTaken
                : AccountRefusals.PasswordWeak).Message);
        }

        return RedirectToPage("Details", new { id = user.Id });
    }
}
