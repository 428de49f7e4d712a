using DongThuan.Web.Modules.Calendar;
using DongThuan.Web.Modules.Obligations;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// The answer a petition is owed, step by step: opened on routing (counted from receipt or routing, as the deadline rule
/// says: <see cref="DeadlineRule.Starts"/>), moved with the petition
/// on a transfer (same dates), kept open by an interim answer, fulfilled by the accepted answer (on the day the
/// agency sent it), reopened when the petitioner or office finds it not resolved.
/// </summary>
public static class PetitionObligations
{
    public const string SubjectType = "Petition";
    public const string Answer = "petition.answer";

    public static ObligationEffect Of(PetitionState from, Petition p, Obligation? owed, DateOnly today, string? field) => (from, p.State) switch
    {
        (PetitionState.Received, PetitionState.Routed) => new ObligationEffect.Open(
            new ObligationOpening(Answer, p.Title, p.UnitId, p.AgencyBodyId!.Value, p.OfficialPersonId, p.RoutedOn ?? today, field),
            new DueBy.Rule(DeadlineCodes.PetitionAnswer, p.RoutedOn ?? today, PetitionRefusals.NoDeadlineRule, p.ReceivedOn)),
        (PetitionState.Routed, PetitionState.Routed) when owed is not null && owed.OwnerBodyId != p.AgencyBodyId =>
            new ObligationEffect.Reassign(p.AgencyBodyId!.Value, p.OfficialPersonId),
        (PetitionState.Routed, PetitionState.Routed) => new ObligationEffect.Interim(today),
        (PetitionState.AnswerSubmitted or PetitionState.Received or PetitionState.Routed, PetitionState.Answered) =>
            new ObligationEffect.Fulfil(p.AnswerSubmittedOn ?? today, OnlyIfOpen: true),
        (PetitionState.NotResolved, PetitionState.Routed) => new ObligationEffect.Reopen(
            new DueBy.Rule(DeadlineCodes.PetitionAnswer, today, PetitionRefusals.NoDeadlineRule)),
        _ => ObligationEffect.None,
    };
}
