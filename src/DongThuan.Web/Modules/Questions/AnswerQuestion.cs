using System.Security.Claims;
using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Modules.Questions;

/// <summary>
/// The official's agency answers, naming responsibility, measures and a time frame; an interim answer keeps the
/// question open and its deadline unchanged. The page and the API both call it.
/// </summary>
public static class AnswerQuestion
{
    /// <param name="On">The day of the answer letter, when the office records it later; today when left out.</param>
    public sealed record Request(string? Answer = null, string? Responsibility = null, string? Measures = null, string? TimeFrame = null, bool Interim = false,
        DateOnly? On = null);

    /// <summary>The agency answers; the office records an answer that came on paper.</summary>
    public static bool MayAct(ClaimsPrincipal user, Question question) => QuestionAccess.CanAnswer(user, question) || QuestionAccess.IsOffice(user, question);

    public static Task<Outcome> ExecuteAsync(QuestionDesk desk, ClaimsPrincipal user, Question question, Request request, CancellationToken ct) =>
        desk.ApplyOnAsync(question, user, request.On, question.ForwardedOn, (q, day) => request.Interim
                ? q.RecordInterim(request.Answer ?? "")
                : q.AnswerWith(request.Answer ?? "", request.Responsibility ?? "", request.Measures ?? "", request.TimeFrame ?? "", day),
            request.Interim ? request.Answer : null, ct);
}
