using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Obligations;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Questions;

/// <summary>
/// Whose turn a question's step makes it: the council office receives a submitted question and closes an evaluated
/// one; the official (and the body) it is forwarded to answers; the delegate who asked fixes a returned one and
/// evaluates the answer. The delegate and co-signers follow it throughout; the official hears the verdict.
/// </summary>
public sealed class QuestionAudience(DongThuanDb db) : IStepAudience
{
    public string SubjectType => QuestionObligations.SubjectType;

    public async Task<Audience?> OfAsync(StepApplied step, CancellationToken ct)
    {
        var q = await db.Set<Question>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == step.SubjectId, ct);
        if (q is null || !Enum.TryParse<QuestionState>(step.To, out var state))
        {
            return null;
        }

        var office = new Party(q.CouncilId, null, AppRole.CouncilOffice);
        var asker = new Party(null, q.AskedByPersonId);
        var coSigners = (await db.Set<QuestionCoSigner>().AsNoTracking().Where(c => c.QuestionId == q.Id).Select(c => c.PersonId).ToListAsync(ct))
            .Select(p => new Party(null, p)).ToList();
        var respondent = new Party(q.RespondentBodyId ?? q.CouncilId, q.RespondentPersonId);
        var same = step.From == step.To; // an interim answer, an extension: no one's turn changes
        IReadOnlyList<Party> turn = same ? [] : state switch
        {
            QuestionState.Submitted => [office],
            QuestionState.Returned => [asker],
            QuestionState.Forwarded or QuestionState.AwaitingFurtherAnswer => [respondent],
            QuestionState.Answered => [asker],
            QuestionState.Satisfied or QuestionState.NotSatisfied => [office],
            _ => [],
        };
        IReadOnlyList<Party> followers = state switch
        {
            QuestionState.Satisfied or QuestionState.NotSatisfied or QuestionState.Closed => [asker, .. coSigners, respondent],
            _ => [asker, .. coSigners],
        };
        // Once answered in public, those following the public page hear the verdict and what follows it.
        var shown = await PublicQuestions.Answered(db).AnyAsync(x => x.Id == q.Id, ct) ? new PublicSubject(QuestionFollows.Kind, q.Id, QuestionFollows.PublicUrl(q.Id)) : null;
        return new Audience(q.Title, $"/Questions/Details/{q.Id}", $"Chất vấn ({QuestionNames.Of(state)})", turn, followers, shown);
    }
}
