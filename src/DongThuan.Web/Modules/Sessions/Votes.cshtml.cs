using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Sessions;

/// <summary>The office records how the delegates voted on a resolution; it passes with more than half of them for it.</summary>
[Authorize(Policy = Permissions.CouncilOffice)]
public sealed class VotesModel(DongThuanDb db) : RefusingPage
{
    [BindProperty]
    public int For { get; set; }

    [BindProperty]
    public int Against { get; set; }

    [BindProperty]
    public int Abstaining { get; set; }

    [BindProperty]
    public int Absent { get; set; }

    public Document? Document { get; private set; }


    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop)
        {
            return stop;
        }

        var outcome = Document!.RecordVotes(For, Against, Abstaining, Absent);
        if (!outcome.Succeeded)
        {
            Refuse(outcome.Refusal!.Message);
            return Page();
        }

        await db.SaveChangesAsync(ct);
        return Redirect($"/Sessions/Details/{Document.SessionId}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        Document = await db.Documents.SingleOrDefaultAsync(d => d.Id == id, ct);
        if (Document is null)
        {
            return NotFound();
        }

        return UnitScope.IsCouncilOfficeOf(User, Document.UnitId) ? null : Forbid();
    }
}
