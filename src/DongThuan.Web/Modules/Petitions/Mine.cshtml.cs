using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// "My petitions": what a signed-in citizen sent, signed in or added here by code and contact, newest first, each with
/// the agency that holds it, its state and its due date, and a link to its status page (by code alone).
/// </summary>
[Authorize]
[EnableRateLimiting(PetitionsModule.PublicPolicy)]
public sealed class MineModel(DongThuanDb db, TimeProvider time) : RefusingPage
{
    [BindProperty]
    public string? Code { get; set; }

    /// <summary>Posted, never in the address.</summary>
    [BindProperty]
    public string? Contact { get; set; }

    [TempData]
    public string? Added { get; set; }

    public IReadOnlyList<MyPetitions.Row> Rows { get; private set; } = [];

    public DateOnly Today { get; private set; }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = VietnamTime.Today(time);
        Rows = await MyPetitions.ListAsync(db, UserId, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await ClaimPetition.ExecuteAsync(db, UserId, Code, Contact, ct);
        if (!outcome.Succeeded)
        {
            db.ChangeTracker.Clear();
            await OnGetAsync(ct);
            Refuse(outcome.Refusal!);
            return Page();
        }

        Added = TrackingCodes.Normalise(Code);
        return RedirectToPage();
    }
}
