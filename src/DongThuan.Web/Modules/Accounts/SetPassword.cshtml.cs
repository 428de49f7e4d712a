using System.ComponentModel.DataAnnotations;
using DongThuan.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DongThuan.Web.Modules.Accounts;

/// <summary>The page an invitation or a reset link opens: choose a password, then sign in with it.</summary>
[AllowAnonymous]
public sealed class SetPasswordModel(PasswordLinks links) : RefusingPage
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vui lòng nhập mật khẩu mới.")]
        [MaxLength(256)]
        public string New { get; set; } = "";
    }

    [BindProperty(SupportsGet = true)]
    [MaxLength(64)]
    public string Id { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    [MaxLength(2000)]
    public string Token { get; set; } = "";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Done { get; private set; }

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

        var outcome = await links.SetAsync(Id, Token, Input.New);
        if (!outcome.Succeeded)
        {
            return Refused(outcome);
        }

        Done = true;
        return Page();
    }
}
