using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>The receipt, shown once after a petition is stored; it carries the tracking code the petitioner needs.</summary>
[AllowAnonymous]
public sealed class ReceiptModel : PageModel
{
    public string? Code { get; private set; }

    public bool Emailed { get; private set; }

    public IActionResult OnGet()
    {
        Code = TempData["receipt"] as string;
        Emailed = TempData["receipt-email"] is true;
        return Code is null ? RedirectToPage("/Petitions/Status") : Page();
    }
}
