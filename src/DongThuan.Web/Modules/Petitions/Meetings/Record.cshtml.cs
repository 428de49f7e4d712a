using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions.Meetings;

/// <summary>The office records a voter meeting: date, place, delegate group and delegates present, voters attending, and the session it is before or after.</summary>
[Authorize(Policy = Permissions.CouncilOffice)]
public sealed class RecordModel(DongThuanDb db) : RefusingPage
{
    public sealed class InputModel
    {
        public Guid? GroupId { get; set; }

        public DateOnly HeldOn { get; set; } = DateOnly.FromDateTime(DateTime.Today);

        public string Place { get; set; } = "";

        public string? DelegatesPresent { get; set; }

        public int VotersAttending { get; set; }

        public MeetingTiming Timing { get; set; } = MeetingTiming.BeforeSession;

        public Guid? SessionId { get; set; }
    }

    public sealed record Choice(Guid Id, string Name);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<Choice> Groups { get; private set; } = [];

    public IReadOnlyList<Choice> Sessions { get; private set; } = [];


    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var group = Input.GroupId is { } gid ? await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == gid && b.Kind == BodyKind.DelegateGroup, ct) : null;
        var council = group?.ParentBodyId is { } cid ? await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == cid, ct) : null;
        if (group is null || council is null || !UnitScope.IsCouncilOfficeOf(User, council.UnitId))
        {
            return Refused(MeetingRefusals.GroupRequired.Message);
        }

        var session = Input.SessionId is { } sid && await db.Set<Sessions.Session>().AnyAsync(s => s.Id == sid && s.CouncilId == council.Id, ct) ? sid : (Guid?)null;
        var meeting = VoterMeeting.Record(council.UnitId, council.Id, group.Id, Input.HeldOn, Input.Place, Input.DelegatesPresent ?? "", Input.VotersAttending, Input.Timing, session, out var outcome);
        if (!outcome.Succeeded)
        {
            return Refused(outcome.Refusal!.Message);
        }

        db.VoterMeetings.Add(meeting);
        await db.SaveChangesAsync(ct);
        return Redirect($"/Petitions/Meetings/Details/{meeting.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Groups = await db.Bodies.AsNoTracking().OfficeScoped(User).Where(b => b.Kind == BodyKind.DelegateGroup && b.ArchivedAt == null)
            .OrderBy(b => b.Name).Select(b => new Choice(b.Id, b.Name)).ToListAsync(ct);
        var sessions = await db.Set<Sessions.Session>().AsNoTracking().OfficeScoped(User).OrderByDescending(s => s.StartsOn).Take(50).ToListAsync(ct);
        Sessions = [.. sessions.Select(s => new Choice(s.Id, $"{s.Label} ({s.StartsOn:dd/MM/yyyy})"))];
    }
}
