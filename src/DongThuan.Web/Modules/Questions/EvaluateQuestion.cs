using System.Security.Claims;
using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Modules.Questions;

/// <summary>The delegate who asked says whether the answer satisfies them and, if not, what should happen next. The page and the API both call it.</summary>
public static class EvaluateQuestion
{
    public sealed record Request(bool Satisfied = true, FollowUp? FollowUp = null, string? Note = null);

    public static bool MayAct(ClaimsPrincipal user, Question question) => QuestionAccess.IsAuthor(user, question);

    public static Task<Outcome> ExecuteAsync(QuestionDesk desk, Question question, Request request, CancellationToken ct) =>
        desk.ApplyAsync(question, q => q.Evaluate(request.Satisfied, request.FollowUp, request.Note), request.Note, ct);
}
