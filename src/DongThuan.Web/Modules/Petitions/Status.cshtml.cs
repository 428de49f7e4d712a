using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using System.Security.Claims;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>The public status page: a tracking code and the contact it was filed with show its progress and answer; the petitioner rates the answer here.</summary>
[AllowAnonymous]
[EnableRateLimiting(PetitionsModule.PublicPolicy)]
public sealed class StatusModel(DongThuanDb db, PetitionDesk desk) : RefusingPage
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    /// <summary>Posted, never in the address: a contact in a URL ends up in histories and proxy logs.</summary>
    [BindProperty]
    public string? Contact { get; set; }

    [BindProperty]
    public PetitionRating? Rating { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public PetitionStatus.View? Found { get; private set; }


    public string? Notice { get; private set; }

    /// <summary>A signed-in citizen opens their own petition by its code alone (the link from "my petitions", or a bookmark).</summary>
    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(Code) && OwnerId is { } userId)
        {
            Found = (await PetitionStatus.LookupOwnAsync(db, Code, userId, ct))?.View;
        }
    }

    public async Task<IActionResult> OnPostLookupAsync(CancellationToken ct)
    {
        await LookupAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRateAsync(CancellationToken ct)
    {
        var outcome = Rating is { } r ? await PetitionStatus.RateAsync(desk, Code, Contact, OwnerId, r, Note, ct) : PetitionRefusals.RatingRequired;
        if (outcome.Succeeded)
        {
            Notice = "Cảm ơn bạn đã đánh giá kết quả giải quyết.";
        }
        else
        {
            Refuse(outcome.Refusal!.Message);
        }

        db.ChangeTracker.Clear();
        await LookupAsync(ct);
        return Page();
    }

    /// <summary>The signed-in account, which may hold the petition (then no contact is asked).</summary>
    private string? OwnerId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    private async Task LookupAsync(CancellationToken ct)
    {
        Found = (string.IsNullOrWhiteSpace(Contact) && OwnerId is { } owner
            ? await PetitionStatus.LookupOwnAsync(db, Code, owner, ct)
            : await PetitionStatus.LookupAsync(db, Code, Contact, ct))?.View;
        if (Found is null)
        {
            Refusal ??= PetitionRefusals.NotFound.Message;
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}
