using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions.Meetings;

/// <summary>The voter meetings of the office's councils, newest first, with how many petitions each raised.</summary>
[Authorize(Policy = Permissions.CouncilOffice)]
public sealed class IndexModel(DongThuanDb db) : PageModel
{
    public sealed record Row(VoterMeeting Meeting, string Group, int Petitions);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var meetings = await db.VoterMeetings.AsNoTracking().OfficeScoped(User).OrderByDescending(m => m.HeldOn).Take(500).ToListAsync(ct);
        var ids = meetings.Select(m => m.Id).ToList();
        var counts = await db.Petitions.AsNoTracking().Where(p => p.VoterMeetingId != null && ids.Contains(p.VoterMeetingId.Value))
            .GroupBy(p => p.VoterMeetingId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var groups = await db.Bodies.AsNoTracking().Where(b => meetings.Select(m => m.DelegateGroupId).Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        Rows = [.. meetings.Select(m => new Row(m, groups.GetValueOrDefault(m.DelegateGroupId) ?? "", counts.GetValueOrDefault(m.Id)))];
    }
}
