using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// Office staff enter what was raised outside the web: at a voter meeting, a citizen reception, or on a list
/// compiled by the Fatherland Front. The petitioner is optional (collective petitions have none).
/// </summary>
[Authorize(Policy = Permissions.CouncilOffice)]
public sealed class EnterModel(DongThuanDb db, PetitionDesk desk, PetitionIntake intake, TimeProvider time) : RefusingPage
{
    public sealed class InputModel
    {
        public Guid? CouncilId { get; set; }

        public PetitionChannel Channel { get; set; } = PetitionChannel.VoterMeeting;

        public Guid? VoterMeetingId { get; set; }

        public string? Source { get; set; }

        public PetitionKind Kind { get; set; } = PetitionKind.Feedback;

        public string Title { get; set; } = "";

        public string Content { get; set; } = "";

        public string? Ward { get; set; }

        public int Voters { get; set; } = 1;

        public DateOnly? ReceivedOn { get; set; }

        public string? Name { get; set; }

        public string? Email { get; set; }

        public string? Phone { get; set; }

        /// <summary>The person's own address: identity, kept apart.</summary>
        public string? Address { get; set; }

        /// <summary>Where the matter is.</summary>
        public string? Location { get; set; }
    }

    public sealed record Choice(Guid Id, string Name);

    public static IReadOnlyList<PetitionChannel> StaffChannels => EnterPetition.StaffChannels;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public Guid? MeetingId { get; set; }

    public IReadOnlyList<Choice> Councils { get; private set; } = [];

    public IReadOnlyList<Choice> Meetings { get; private set; } = [];


    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input.VoterMeetingId = MeetingId;
        Input.ReceivedOn = VietnamTime.Today(time);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var (outcome, receipt) = await EnterPetition.ExecuteAsync(desk, intake, User, new(Input.CouncilId, Input.Channel, Input.Kind, Input.Title, Input.Content,
            Input.VoterMeetingId, Input.Source, Input.Ward, Input.Location, Input.Voters, Input.ReceivedOn, Input.Name, Input.Email, Input.Phone, Input.Address), ct);
        return outcome.Succeeded ? Redirect($"/Petitions/Details/{receipt!.Petition.Id}") : Refused(outcome.Refusal!.Message);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Councils = await PetitionIntake.Councils(db).OfficeScoped(User).OrderBy(b => b.Name).Select(b => new Choice(b.Id, b.Name)).ToListAsync(ct);
        var meetings = await db.VoterMeetings.AsNoTracking().OfficeScoped(User).OrderByDescending(m => m.HeldOn).Take(200).ToListAsync(ct);
        Meetings = [.. meetings.Select(m => new Choice(m.Id, $"{m.HeldOn:dd/MM/yyyy} — {m.Place}"))];
    }
}
