using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Questions.Explanations;

/// <summary>The council office schedules an explanation session; officials must be notified at least 10 days ahead.</summary>
[Authorize(Policy = Permissions.CouncilOffice)]
public sealed class PlanModel(DongThuanDb db) : RefusingPage
{
    [BindProperty(SupportsGet = true)]
    public Guid CouncilId { get; set; }

    [BindProperty]
    public string? Topic { get; set; }

    [BindProperty]
    public string? Officials { get; set; }

    [BindProperty]
    public DateOnly NoticeOn { get; set; }

    [BindProperty]
    public DateOnly HeldOn { get; set; }

    [BindProperty]
    public bool IsPublic { get; set; } = true;

    public Body? Council { get; private set; }


    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop)
        {
            return stop;
        }

        var (outcome, session) = await PlanExplanation.ExecuteAsync(db, Council!, new(Council!.Id, Topic, Officials, NoticeOn, HeldOn, IsPublic), ct);
        if (!outcome.Succeeded)
        {
            Refuse(outcome.Refusal!.Message);
            return Page();
        }

        return Redirect($"/Questions/Explanations/Details/{session!.Id}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        (Council, var stop) = await OfficeCouncil.LoadAsync(db, User, CouncilId, ct);
        return stop;
    }
}
