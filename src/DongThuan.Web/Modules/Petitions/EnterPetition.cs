using System.Security.Claims;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Accounts;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// The council office enters what was raised outside the web (the page and the API): at a voter meeting, a citizen
/// reception, or on a list compiled by the Fatherland Front, with the day it was received (today, or a past day from the
/// paper file; a voter meeting's petitions default to the meeting's day). The petitioner is optional (collective petitions
/// have none). Through the same intake as every channel: stored before it is acknowledged, the same entry twice is one.
/// </summary>
public static class EnterPetition
{
    public static readonly PetitionChannel[] StaffChannels = [PetitionChannel.VoterMeeting, PetitionChannel.Reception, PetitionChannel.FrontList];

    /// <param name="CouncilId">The council it is for; with a voter meeting, the meeting's council.</param>
    /// <param name="Address">The person's own address: identity, kept apart.</param>
    /// <param name="Location">Where the matter is.</param>
    public sealed record Request(Guid? CouncilId, PetitionChannel Channel, PetitionKind Kind, string? Title, string? Content, Guid? VoterMeetingId = null, string? Source = null,
        string? Ward = null, string? Location = null, int Voters = 1, DateOnly? ReceivedOn = null, string? Name = null, string? Email = null, string? Phone = null,
        string? Address = null);

    public static async Task<(Outcome Outcome, PetitionIntake.Receipt? Receipt)> ExecuteAsync(PetitionDesk desk, PetitionIntake intake, ClaimsPrincipal user, Request input,
        CancellationToken ct)
    {
        var db = desk.Db;
        var meeting = input.VoterMeetingId is { } mid ? await db.VoterMeetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == mid, ct) : null;
        var councilId = meeting?.CouncilId ?? input.CouncilId;
        var council = councilId is { } c ? await PetitionIntake.Councils(db).SingleOrDefaultAsync(b => b.Id == c, ct) : null;
        if (input.Channel == PetitionChannel.VoterMeeting && meeting is null)
        {
            return (MeetingRefusals.GroupRequired, null);
        }

        if (council is null || !UnitScope.IsCouncilOfficeOf(user, council.UnitId) || !StaffChannels.Contains(input.Channel)
            || (input.Channel == PetitionChannel.VoterMeeting) != (meeting is not null))
        {
            return (PetitionRefusals.CouncilUnknown, null);
        }

        var (receivedOn, refusal) = RecordedDate.Resolve(input.ReceivedOn ?? meeting?.HeldOn, desk.Today, mayBackdate: true, previous: null);
        if (refusal is not null)
        {
            return (refusal, null);
        }

        var draft = new Petition.Draft(input.Kind, input.Channel, input.Title ?? "", input.Content ?? "", input.Ward, input.Location, input.Voters, meeting?.Id, null, input.Source);
        return await intake.ReceiveAsync(new PetitionIntake.Submission(council.Id, draft, input.Name, input.Email, input.Phone, input.Address, null,
            false, true, !string.IsNullOrWhiteSpace(input.Email), [], receivedOn), ct);
    }
}
