using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Organisation;

namespace DongThuan.Web.Modules.Questions.Explanations;

/// <summary>
/// The council office schedules an explanation session (the page and the API): the topic, the officials who must explain,
/// the day they were notified (at least ten days ahead) and the day it is held. The caller has checked that the user is
/// council office staff of the council's unit.
/// </summary>
public static class PlanExplanation
{
    public sealed record Request(Guid CouncilId, string? Topic, string? Officials, DateOnly NoticeOn, DateOnly HeldOn, bool IsPublic = true);

    public static async Task<(Outcome Outcome, ExplanationSession? Session)> ExecuteAsync(DongThuanDb db, Body council, Request input, CancellationToken ct)
    {
        var session = ExplanationSession.Plan(council.UnitId, council.Id, input.Topic ?? "", input.Officials ?? "", input.NoticeOn, input.HeldOn, input.IsPublic, out var outcome);
        if (!outcome.Succeeded)
        {
            return (outcome, null);
        }

        db.ExplanationSessions.Add(session);
        await db.SaveChangesAsync(ct);
        return (Outcome.Done, session);
    }
}
