using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
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
    public sealed record Row(Petition Petition, string? Agency, Obligation? Obligation);

    [BindProperty]
    public string? Code { get; set; }

    /// <summary>Posted, never in the address.</summary>
    [BindProperty]
    public string? Contact { get; set; }

    [TempData]
    public string? Added { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public DateOnly Today { get; private set; }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = VietnamTime.Today(time);
        var userId = UserId;
        var ids = db.PetitionerIdentities.Where(i => i.UserId == userId && i.ErasedAt == null).Select(i => i.PetitionId);
        var petitions = await db.Petitions.AsNoTracking().Where(p => ids.Contains(p.Id)).OrderByDescending(p => p.ReceivedOn).ThenByDescending(p => p.SubmittedAt).Take(200).ToListAsync(ct);
        var obligations = await db.ObligationsByIdAsync(petitions.Select(p => p.ObligationId), ct);
        var agencyIds = petitions.Where(p => p.AgencyBodyId != null).Select(p => p.AgencyBodyId!.Value).Distinct().ToList();
        var agencies = await db.Bodies.AsNoTracking().Where(b => agencyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        Rows = [.. petitions.Select(p => new Row(p, p.AgencyBodyId is { } a ? agencies.GetValueOrDefault(a) : null, p.ObligationId is { } o ? obligations.GetValueOrDefault(o) : null))];
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
