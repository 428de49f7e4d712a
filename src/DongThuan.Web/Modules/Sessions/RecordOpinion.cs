using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Calendar;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Sessions;

/// <summary>
/// The office records a delegate group's discussion opinion at a session (the page and the API). The people's committee
/// then owes an acceptance and explanation, due by the rule in force, counted from the session's closing day; the
/// kernel's step opens it, records it on the opinion's timeline and tells whoever listens for steps. The caller has
/// checked that the user is council office staff of the session's unit. Saved here, or nothing is.
/// </summary>
public static class RecordOpinion
{
    public sealed record Request(Guid DelegateGroupId, Guid? DocumentId, string? Content);

    public static async Task<(Outcome Outcome, GroupOpinion? Opinion)> ExecuteAsync(DongThuanDb db, WorkflowStep step, Session session, Request input, CancellationToken ct)
    {
        var group = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == input.DelegateGroupId && b.ParentBodyId == session.CouncilId && b.Kind == BodyKind.DelegateGroup, ct);
        var document = input.DocumentId is { } d ? await db.Documents.AsNoTracking().SingleOrDefaultAsync(x => x.Id == d && x.SessionId == session.Id, ct) : null;
        var opinion = GroupOpinion.Record(session, input.DelegateGroupId, document, input.Content ?? "", out var outcome);
        if (!outcome.Succeeded)
        {
            return (outcome, null);
        }

        if (group is null || (input.DocumentId is not null && document is null))
        {
            return (SessionRefusals.OpinionSource, null);
        }

        var executive = await db.Bodies.AsNoTracking().FirstOrDefaultAsync(b => b.UnitId == session.UnitId && b.Kind == BodyKind.PeoplesCommittee && b.ArchivedAt == null, ct);
        if (executive is null)
        {
            return (SessionRefusals.NoExecutive, null);
        }

        var opening = new ObligationOpening(GroupOpinion.ObligationKind, opinion.Content.Length > 200 ? opinion.Content[..200] : opinion.Content,
            session.UnitId, executive.Id, null, session.EndsOn);
        outcome = await step.CreateAsync(opinion, opinion.State.ToString(),
            new ObligationEffect.Open(opening, new DueBy.Rule(DeadlineCodes.GroupOpinionResponse, session.EndsOn, SessionRefusals.NoDeadlineRule)),
            () => db.GroupOpinions.Add(opinion), null, ct);
        return (outcome, outcome.Succeeded ? opinion : null);
    }
}
