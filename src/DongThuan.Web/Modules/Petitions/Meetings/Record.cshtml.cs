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
        var (outcome, meeting) = await RecordMeeting.ExecuteAsync(db, User,
            new(Input.GroupId, Input.HeldOn, Input.Place, Input.DelegatesPresent, Input.VotersAttending, Input.Timing, Input.SessionId), ct);
        if (!outcome.Succeeded)
        {
            return Refused(outcome.Refusal!.Message);
        }

        return Redirect($"/Petitions/Meetings/Details/{meeting!.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Groups = await db.Bodies.AsNoTracking().OfficeScoped(User).Where(b => b.Kind == BodyKind.DelegateGroup && b.ArchivedAt == null)
            .OrderBy(b => b.Name).Select(b => new Choice(b.Id, b.Name)).ToListAsync(ct);
        var sessions = await db.Set<Sessions.Session>().AsNoTracking().OfficeScoped(User).OrderByDescending(s => s.StartsOn).Take(50).ToListAsync(ct);
        Sessions = [.. sessions.Select(s => new Choice(s.Id, $"{s.Label} ({s.StartsOn:dd/MM/yyyy})"))];
    }
}
