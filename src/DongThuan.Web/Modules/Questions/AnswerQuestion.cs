using System.Security.Claims;
using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Modules.Questions;

/// <summary>
/// The official's agency answers, naming responsibility, measures and a time frame; an interim answer keeps the
/// question open and its deadline unchanged. The page and the API both call it.
/// </summary>
public static class AnswerQuestion
{
    public sealed record Request(string? Answer = null, string? Responsibility = null, string? Measures = null, string? TimeFrame = null, bool Interim = false);

    public static bool MayAct(ClaimsPrincipal user, Question question) => QuestionAccess.CanAnswer(user, question);

    public static Task<Outcome> ExecuteAsync(QuestionDesk desk, Question question, Request request, CancellationToken ct) =>
        desk.ApplyAsync(question, q => request.Interim
                ? q.RecordInterim(request.Answer ?? "")
                : q.AnswerWith(request.Answer ?? "", request.Responsibility ?? "", request.Measures ?? "", request.TimeFrame ?? "", desk.Today),
            request.Interim ? request.Answer : null, ct);
}
