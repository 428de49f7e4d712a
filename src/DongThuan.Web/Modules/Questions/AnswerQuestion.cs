using System.Security.Claims;
using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Modules.Questions;

/// <summary>
/// The official's agency answers, naming responsibility, measures and a time frame; an interim answer keeps the
/// question open and its deadline unchanged. The page and the API both call it.
/// </summary>
public static class AnswerQuestion
{
    /// <param name="On">The day of the answer, when the office records it later; today when left out.</param>
    /// <param name="LetterNumber">The signed answer letter's number and symbol ("125/UBND-VP"); with its date, signer and signer's title, or none of them.</param>
    public sealed record Request(string? Answer = null, string? Responsibility = null, string? Measures = null, string? TimeFrame = null, bool Interim = false,
        DateOnly? On = null, string? LetterNumber = null, DateOnly? LetterDate = null, string? SignerName = null, string? SignerTitle = null)
    {
        public AnswerLetter Letter() => new(LetterNumber, LetterDate, SignerName, SignerTitle);
    }

    /// <summary>The agency answers; the office records an answer that came on paper.</summary>
    public static bool MayAct(ClaimsPrincipal user, Question question) => QuestionAccess.CanAnswer(user, question) || QuestionAccess.IsOffice(user, question);

    /// <param name="letterFile">The signed letter's file, already checked and stored; attached to the answer in the same save.</param>
    public static Task<Outcome> ExecuteAsync(QuestionDesk desk, ClaimsPrincipal user, Question question, Request request, CancellationToken ct,
        Infrastructure.Files.InspectedFile? letterFile = null) =>
        desk.ApplyOnAsync(question, user, request.On, question.ForwardedOn, (q, day) =>
            {
                if (request.Interim)
                {
                    return q.RecordInterim(request.Answer ?? "");
                }

                var outcome = q.AnswerWith(request.Answer ?? "", request.Responsibility ?? "", request.Measures ?? "", request.TimeFrame ?? "", day, request.Letter());
                if (outcome.Succeeded && letterFile is not null)
                {
                    q.Answers[^1].AttachFile(letterFile.Name, letterFile.ContentType, letterFile.Bytes.LongLength, letterFile.Sha256);
                }

                return outcome;
            },
            request.Interim ? request.Answer : null, ct);
}
