using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// For a delegate group, what its voters raised and what was answered: the list the delegates take to their
/// next voter meetings to report back. A petition merged into a consolidated one shows the consolidated answer.
/// </summary>
[Authorize(Policy = Permissions.Staff)]
public sealed class ReportBackModel(DongThuanDb db) : PageModel
{
    public sealed record Line(Petition Raised, VoterMeeting Meeting, Petition Carrier);

    public sealed record Choice(Guid Id, string Name);

    [BindProperty(SupportsGet = true)]
    public Guid? GroupId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    public IReadOnlyList<Choice> Groups { get; private set; } = [];

    public IReadOnlyList<Line> Lines { get; private set; } = [];

    public string? GroupName { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var admin = UnitScope.IsAdministrator(User);
        var units = UnitScope.OfficeUnits(User);
        var myGroups = UnitScope.Scopes(User).Where(s => s.Role == AppRole.Delegate && s.BodyId != null).Select(s => s.BodyId!.Value).ToList();
        Groups = await db.Bodies.AsNoTracking().Where(b => b.Kind == BodyKind.DelegateGroup && (admin || units.Contains(b.UnitId) || myGroups.Contains(b.Id)))
            .OrderBy(b => b.Name).Select(b => new Choice(b.Id, b.Name)).ToListAsync(ct);
        if (GroupId is not { } group)
        {
            return Page();
        }

        if (Groups.FirstOrDefault(g => g.Id == group) is not { } chosen)
        {
            return NotFound();
        }

        GroupName = chosen.Name;
        var meetings = await db.VoterMeetings.AsNoTracking().Where(m => m.DelegateGroupId == group && (From == null || m.HeldOn >= From)).ToDictionaryAsync(m => m.Id, ct);
        var meetingIds = meetings.Keys.ToList();
        var raised = await db.Petitions.AsNoTracking().Where(p => p.VoterMeetingId != null && meetingIds.Contains(p.VoterMeetingId.Value)).ToListAsync(ct);
        var carrierIds = raised.Where(p => p.ConsolidatedIntoId != null).Select(p => p.ConsolidatedIntoId!.Value).Distinct().ToList();
        var carriers = await db.Petitions.AsNoTracking().Where(p => carrierIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        Lines = [.. raised.OrderBy(p => meetings[p.VoterMeetingId!.Value].HeldOn).ThenBy(p => p.SubmittedAt)
            .Select(p => new Line(p, meetings[p.VoterMeetingId!.Value], p.ConsolidatedIntoId is { } c ? carriers[c] : p))];
        return Page();
    }
}
