using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions.Meetings;

/// <summary>One voter meeting and the petitions raised there, with what became of each.</summary>
[Authorize(Policy = Permissions.CouncilOffice)]
public sealed class DetailsModel(DongThuanDb db) : PageModel
{
    public VoterMeeting Meeting { get; private set; } = null!;

    public string Group { get; private set; } = "";

    public IReadOnlyList<Petition> Petitions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var meeting = await db.VoterMeetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null || !UnitScope.IsCouncilOfficeOf(User, meeting.UnitId))
        {
            return NotFound();
        }

        Meeting = meeting;
        Group = await db.Bodies.AsNoTracking().Where(b => b.Id == meeting.DelegateGroupId).Select(b => b.Name).SingleAsync(ct);
        Petitions = await db.Petitions.AsNoTracking().Where(p => p.VoterMeetingId == id).OrderBy(p => p.SubmittedAt).ToListAsync(ct);
        return Page();
    }
}
