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
        var admin = UnitScope.IsAdministrator(User);
        var units = UnitScope.OfficeUnits(User);
        Conferences = await db.Dialogues.AsNoTracking().Where(d => admin || units.Contains(d.UnitId)).OrderByDescending(d => d.HeldOn).ToListAsync(ct);
    }
}
