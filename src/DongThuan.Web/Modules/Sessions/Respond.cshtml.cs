using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Obligations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Sessions;

/// <summary>The executive accepts or explains a group's opinion; that fulfils its obligation.</summary>
[Authorize(Roles = nameof(AppRole.ExecutiveOfficer) + "," + nameof(AppRole.Administrator))]
public sealed class RespondModel(DongThuanDb db, TimeProvider time, WorkflowStep step) : RefusingPage
{
    [BindProperty]
    public string? Text { get; set; }

    public GroupOpinion? Opinion { get; private set; }


    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop)
        {
            return stop;
        }

        var outcome = await RespondToOpinion.ExecuteAsync(db, step, User, Opinion!, VietnamTime.Today(time), new RespondToOpinion.Request(Text), ct);
        if (!outcome.Succeeded)
        {
            Refuse(outcome.Refusal!.Message);
            return Page();
        }

        return Redirect($"/Sessions/Details/{Opinion!.SessionId}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        Opinion = await db.GroupOpinions.SingleOrDefaultAsync(o => o.Id == id, ct);
        if (Opinion is null)
        {
            return NotFound();
        }

        return UnitScope.IsExecutiveOf(User, Opinion.UnitId) ? null : Forbid();
    }
}
