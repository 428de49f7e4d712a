using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Calendar;
using DongThuan.Web.Modules.Obligations;

namespace DongThuan.Web.Modules.Petitions.Dialogues;

/// <summary>
/// The council office records a promise made at a dialogue conference (the page and the API): what, by which agency of
/// the unit, said by whom, by when. It becomes that agency's obligation from the conference's day, and the agency is
/// told it is its turn. The caller has checked the office of the conference's unit.
/// </summary>
public static class RecordDialoguePromise
{
    public sealed record Request(string? Text, Guid? OwnerBodyId, string? Official, DateOnly? DueOn);

    public static async Task<(Outcome Outcome, DialoguePromise? Promise)> ExecuteAsync(DongThuanDb db, WorkflowStep step, DialogueConference conference, Request input,
        CancellationToken ct)
    {
        var agencies = await RoutingChoices.AgenciesAsync(db, conference.UnitId, ct);
        if (input.OwnerBodyId is not { } owner || input.DueOn is not { } due || !agencies.Any(a => a.Id == owner))
        {
            return (MeetingRefusals.PromiseFields, null);
        }

        var promise = DialoguePromise.Record(conference, input.Text ?? "", owner, input.Official ?? "", due, out var outcome);
        if (!outcome.Succeeded)
        {
            return (outcome, null);
        }

        var opening = new ObligationEffect.Open(new ObligationOpening(DialoguePromise.ObligationKind, promise.Text, conference.UnitId, owner, null, conference.HeldOn),
            new DueBy.Given(new DueDate(due, null, $"Hạn do {promise.Official} cam kết tại hội nghị đối thoại ngày {conference.HeldOn:dd/MM/yyyy}.")));
        outcome = await step.CreateAsync(promise, "Open", opening, () => db.DialoguePromises.Add(promise), promise.Official, ct, on: conference.HeldOn);
        return (outcome, outcome.Succeeded ? promise : null);
    }
}
