using System.Security.Claims;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Questions;

/// <summary>
/// The file of a signed answer letter (the scan or the signed PDF), attached to one answer with it or afterwards by the
/// agency that answered or the council office. The file is checked like every upload and stored before it is recorded.
/// Anyone who may read the answer may read its letter: answers are public (<see cref="PublicQuestions"/>).
/// </summary>
public static class AttachAnswerLetter
{
    public static bool MayAct(ClaimsPrincipal user, Question question) => AnswerQuestion.MayAct(user, question);

    public static async Task<Outcome> ExecuteAsync(QuestionDesk desk, FileStore files, Question question, int round, InspectedFile file, CancellationToken ct)
    {
        var answer = await desk.Db.Set<QuestionAnswer>().SingleOrDefaultAsync(a => a.QuestionId == question.Id && a.Round == round, ct);
        if (answer is null)
        {
            return QuestionRefusals.LetterNotFound;
        }

        await files.SaveAsync(file.Sha256, file.Bytes, ct);
        answer.AttachFile(file.Name, file.ContentType, file.Bytes.LongLength, file.Sha256);
        await desk.Db.SaveChangesAsync(ct);
        return Outcome.Done;
    }
}
