using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Calendar;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Questions.Explanations;

/// <summary>
/// The council office records a promise an official made at the session (the page and the API): the executive body that
/// owes it, who promised, what, and by when. It becomes that body's obligation from the session's day, and the body is
/// told it is its turn. The caller has checked the office of the session's unit.
/// </summary>
public static class RecordPromise
{
    public sealed record Request(Guid OwnerBodyId, string? Official, string? Text, DateOnly DueOn);

    public static async Task<(Outcome Outcome, ExplanationPromise? Promise)> ExecuteAsync(DongThuanDb db, WorkflowStep step, ExplanationSession session, Request input,
        CancellationToken ct)
    {
        if (!await db.Bodies.AnyAsync(b => b.Id == input.OwnerBodyId && b.UnitId == session.UnitId && b.ArchivedAt == null
            && (b.Kind == BodyKind.PeoplesCommittee || b.Kind == BodyKind.ExecutiveDepartment), ct))
        {
            return (QuestionRefusals.RespondentBodyRequired, null);
        }

        var promise = ExplanationPromise.Record(session, input.OwnerBodyId, input.Official ?? "", input.Text ?? "", input.DueOn, out var outcome);
        if (!outcome.Succeeded)
        {
            return (outcome, null);
        }

        var due = new DueDate(input.DueOn, null, $"Hạn do người giải trình hứa tại phiên giải trình ngày {session.HeldOn:dd/MM/yyyy}.");
        var opening = new ObligationEffect.Open(new ObligationOpening(ExplanationPromise.ObligationKind, promise.Text, session.UnitId, input.OwnerBodyId, null, session.HeldOn),
            new DueBy.Given(due));
        outcome = await step.CreateAsync(promise, promise.State.ToString(), opening, () => db.ExplanationPromises.Add(promise), input.Official, ct, on: session.HeldOn);
        return (outcome, outcome.Succeeded ? promise : null);
    }
}
