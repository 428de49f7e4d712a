using DongThuan.Web.Modules.Calendar;
using DongThuan.Web.Modules.Obligations;

namespace DongThuan.Web.Modules.Questions;

/// <summary>
/// The answer a question is owed, step by step: opened when the office forwards it (counted from the day it was
/// submitted), an interim answer keeps it open, the answer fulfils it, a further answer asked for reopens it.
/// </summary>
public static class QuestionObligations
{
    public const string SubjectType = "Question";
    public const string Answer = "question.answer";

    public static ObligationEffect Of(QuestionState from, Question q, DateOnly today) => (from, q.State) switch
    {
        (QuestionState.Submitted, QuestionState.Forwarded) => new ObligationEffect.Open(
            new ObligationOpening(Answer, q.Title, q.UnitId, q.RespondentBodyId ?? q.CouncilId, q.RespondentPersonId, q.SubmittedOn ?? today),
            new DueBy.Rule(DeadlineCodes.WrittenQuestionAnswer, q.SubmittedOn ?? today, QuestionRefusals.NoDeadlineRule)),
        (QuestionState.Forwarded, QuestionState.Forwarded) or (QuestionState.AwaitingFurtherAnswer, QuestionState.AwaitingFurtherAnswer) => new ObligationEffect.Interim(today),
        (QuestionState.Forwarded, QuestionState.Answered) or (QuestionState.AwaitingFurtherAnswer, QuestionState.Answered) => new ObligationEffect.Fulfil(today),
        // A further answer is owed: the same rule, counted from the delegate's request, a due date of its own.
        (QuestionState.Answered, QuestionState.AwaitingFurtherAnswer) => new ObligationEffect.Reopen(
            new DueBy.Rule(DeadlineCodes.WrittenQuestionAnswer, today, QuestionRefusals.NoDeadlineRule)),
        _ => ObligationEffect.None,
    };
}
