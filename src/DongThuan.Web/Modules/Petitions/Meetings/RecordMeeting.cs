using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;
using System.Security.Claims;

namespace DongThuan.Web.Modules.Petitions.Meetings;

/// <summary>
/// The council office records a voter meeting (the page and the API): the delegate group that held it, the day and place,
/// the delegates present, the voters attending, and the session it comes before or after. The petitions raised there are
/// entered with the meeting named. A group of another unit is refused as no group.
/// </summary>
public static class RecordMeeting
{
    public sealed record Request(Guid? GroupId, DateOnly HeldOn, string? Place, string? DelegatesPresent, int VotersAttending, MeetingTiming Timing = MeetingTiming.BeforeSession,
        Guid? SessionId = null);

    public static async Task<(Outcome Outcome, VoterMeeting? Meeting)> ExecuteAsync(DongThuanDb db, ClaimsPrincipal user, Request input, CancellationToken ct)
    {
        var group = input.GroupId is { } gid ? await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == gid && b.Kind == BodyKind.DelegateGroup && b.ArchivedAt == null, ct) : null;
        var council = group?.ParentBodyId is { } cid ? await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == cid, ct) : null;
        if (group is null || council is null || !UnitScope.IsCouncilOfficeOf(user, council.UnitId))
        {
            return (MeetingRefusals.GroupRequired, null);
        }

        var session = input.SessionId is { } sid && await db.Set<Sessions.Session>().AnyAsync(s => s.Id == sid && s.CouncilId == council.Id, ct) ? sid : (Guid?)null;
        var meeting = VoterMeeting.Record(council.UnitId, council.Id, group.Id, input.HeldOn, input.Place ?? "", input.DelegatesPresent ?? "", input.VotersAttending, input.Timing,
            session, out var outcome);
        if (!outcome.Succeeded)
        {
            return (outcome, null);
        }

        db.VoterMeetings.Add(meeting);
        await db.SaveChangesAsync(ct);
        return (Outcome.Done, meeting);
    }
}
