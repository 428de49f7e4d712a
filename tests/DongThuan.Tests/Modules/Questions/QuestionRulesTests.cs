using DongThuan.Web.Modules.Questions;

namespace DongThuan.Tests.Modules.Questions;

/// <summary>Every illegal transition of a question is refused, with its own reason.</summary>
public sealed class QuestionRulesTests
{
    private static readonly DateOnly Day = new(2026, 3, 2);

    private static Question Draft()
    {
        var q = Question.Draft(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), QuestionChannel.BetweenSessions, "Vấn đề", "Nội dung", out var o);
        Assert.True(o.Succeeded);
        return q;
    }

    private static Question Forwarded()
    {
        var q = Draft();
        Assert.True(q.Submit(Day).Succeeded);
        Assert.True(q.Forward(RespondentRole.PeoplesCommitteeChair, Guid.NewGuid(), null, "Chủ tịch UBND", Day).Succeeded);
        return q;
    }

    private static Question Answered()
    {
        var q = Forwarded();
        Assert.True(q.AnswerWith("Trả lời", "UBND quận", "Biện pháp", "Quý II", Day).Succeeded);
        return q;
    }

    [Fact]
    public void A_question_never_forwarded_cannot_be_answered()
    {
        var q = Draft();
        Assert.Equal(QuestionRefusals.AnswerOnlyForwarded, q.AnswerWith("x", "y", "z", "t", Day).Refusal);
        Assert.True(q.Submit(Day).Succeeded);
        Assert.Equal(QuestionRefusals.AnswerOnlyForwarded, q.AnswerWith("x", "y", "z", "t", Day).Refusal);
        Assert.Equal(QuestionRefusals.AnswerOnlyForwarded, q.RecordInterim("x").Refusal);
    }

    [Fact]
    public void Steps_out_of_order_are_refused()
    {
        Assert.Equal(QuestionRefusals.OnlySubmitted, Draft().Forward(RespondentRole.DepartmentHead, Guid.NewGuid(), null, "x", Day).Refusal);
        Assert.Equal(QuestionRefusals.OnlySubmitted, Draft().Return("lý do").Refusal);
        Assert.Equal(QuestionRefusals.EvaluateOnlyAnswered, Forwarded().Evaluate(true, null, null).Refusal);
        Assert.Equal(QuestionRefusals.CloseOnlyEvaluated, Answered().Close().Refusal);
        Assert.Equal(QuestionRefusals.SubmitOnlyDraft, Forwarded().Submit(Day).Refusal);
        Assert.Equal(QuestionRefusals.OnlySubmitted, Forwarded().Forward(RespondentRole.DepartmentHead, Guid.NewGuid(), null, "x", Day).Refusal);
        Assert.Equal(QuestionRefusals.EditOnlyDraft, Forwarded().Edit("Vấn đề khác", "Nội dung khác").Refusal);
    }

    [Fact]
    public void An_answer_must_name_responsibility_measures_and_time_frame()
    {
        Assert.Equal(QuestionRefusals.AnswerPartsRequired, Forwarded().AnswerWith("Trả lời", "", "Biện pháp", "Quý II", Day).Refusal);
        Assert.Equal(QuestionRefusals.AnswerRequired, Forwarded().AnswerWith(" ", "a", "b", "c", Day).Refusal);
    }

    [Fact]
    public void Returning_needs_a_reason_and_executive_respondents_need_their_agency()
    {
        var q = Draft();
        q.Submit(Day);
        Assert.Equal(QuestionRefusals.ReasonRequired, q.Return("  ").Refusal);
        Assert.Equal(QuestionRefusals.RespondentBodyRequired, q.Forward(RespondentRole.DepartmentHead, null, null, "Trưởng phòng", Day).Refusal);
        Assert.True(q.Forward(RespondentRole.CourtPresident, null, null, "Chánh án TAND quận", Day).Succeeded);
    }

    [Fact]
    public void Not_satisfied_needs_a_follow_up_and_a_further_answer_goes_back_to_the_official()
    {
        var q = Answered();
        Assert.Equal(QuestionRefusals.FollowUpRequired, q.Evaluate(false, null, "chưa rõ").Refusal);
        Assert.True(q.Evaluate(false, FollowUp.FurtherAnswer, "chưa rõ thời hạn").Succeeded);
        Assert.Equal(QuestionState.AwaitingFurtherAnswer, q.State);
        Assert.True(q.OwesAnswer);

        var other = Answered();
        Assert.True(other.Evaluate(false, FollowUp.SupervisionProposal, null).Succeeded);
        Assert.Equal(QuestionState.NotSatisfied, other.State);
        Assert.True(other.Close().Succeeded);
        Assert.Equal(QuestionRefusals.CloseOnlyEvaluated, other.Close().Refusal);
    }
}
