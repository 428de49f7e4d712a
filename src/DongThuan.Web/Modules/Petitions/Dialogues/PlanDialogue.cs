using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;
using System.Security.Claims;

namespace DongThuan.Web.Modules.Petitions.Dialogues;

/// <summary>
/// The council office plans a dialogue conference (the page and the API): the council, the body that hosts it (the
/// people's committee, the council or its standing committee, the Front), the topic, who chairs it, with whom, where and
/// when. Citizens then register questions through the petition form until the office closes registration.
/// </summary>
public static class PlanDialogue
{
    public sealed record Request(Guid? CouncilId, Guid? HostBodyId, string? Topic, string? Host, string? Audience, string? Place, DateOnly HeldOn);

    public static readonly BodyKind[] HostKinds = [BodyKind.PeoplesCommittee, BodyKind.Council, BodyKind.CouncilStandingCommittee, BodyKind.FrontCommittee];

    public static async Task<(Outcome Outcome, DialogueConference? Dialogue)> ExecuteAsync(DongThuanDb db, ClaimsPrincipal user, Request input, CancellationToken ct)
    {
        var council = input.CouncilId is { } cid ? await PetitionIntake.Councils(db).SingleOrDefaultAsync(b => b.Id == cid, ct) : null;
        var host = input.HostBodyId is { } hid && council is not null
            ? await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == hid && b.UnitId == council.UnitId && b.ArchivedAt == null && HostKinds.Contains(b.Kind), ct)
            : null;
        if (council is null || host is null || !UnitScope.IsCouncilOfficeOf(user, council.UnitId))
        {
            return (MeetingRefusals.DialogueFields, null);
        }

        var d = DialogueConference.Plan(council.UnitId, council.Id, host.Id, input.Topic ?? "", input.Host ?? "", input.Audience ?? "", input.Place ?? "", input.HeldOn, out var outcome);
        if (!outcome.Succeeded)
        {
            return (outcome, null);
        }

        db.Dialogues.Add(d);
        await db.SaveChangesAsync(ct);
        return (Outcome.Done, d);
    }
}
