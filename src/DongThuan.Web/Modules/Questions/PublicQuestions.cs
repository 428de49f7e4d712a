using DongThuan.Web.Infrastructure.Database;

namespace DongThuan.Web.Modules.Questions;

/// <summary>The one definition of the questions the public sees: those answered, with the answer recorded.</summary>
public static class PublicQuestions
{
    public static IQueryable<Question> Answered(DongThuanDb db) =>
        db.Questions.Where(q => q.Answer != null && q.AnsweredOn != null && q.State >= QuestionState.Answered);
}
