using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions.Dialogues;

/// <summary>The dialogue conferences of the office's councils.</summary>
[Authorize(Policy = Permissions.CouncilOffice)]
public sealed class IndexModel(DongThuanDb db) : PageModel
{
    public IReadOnlyList<DialogueConference> Conferences { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Conferences = await db.Dialogues.AsNoTracking().OfficeScoped(User).OrderByDescending(d => d.HeldOn).ToListAsync(ct);
    }
}
