using System.Security.Claims;
using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Modules.Questions;

/// <summary>The delegate who asked says whether the answer satisfies them and, if not, what should happen next. The page and the API both call it.</summary>
public static class EvaluateQuestion
{
    /// <param name="On">The day the delegate gave the verdict, when the office records it later; today when left out.</param>
    public sealed record Request(bool Satisfied = true, FollowUp? FollowUp = null, string? Note = null, DateOnly? On = null);

    /// <summary>The delegate who asked; the office records a verdict given at a meeting or on paper.</summary>
    public static bool MayAct(ClaimsPrincipal user, Question question) => QuestionAccess.IsAuthor(user, question) || QuestionAccess.IsOffice(user, question);

    public static Task<Outcome> ExecuteAsync(QuestionDesk desk, ClaimsPrincipal user, Question question, Request request, CancellationToken ct) =>
        desk.ApplyOnAsync(question, user, request.On, question.AnsweredOn, (q, _) => q.Evaluate(request.Satisfied, request.FollowUp, request.Note), request.Note, ct);
}
