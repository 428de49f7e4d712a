using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Search;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Questions;

/// <summary>
/// Questions and their answers in the search, found by those <see cref="QuestionAccess"/> lets see them: the
/// office of the council, the delegate and co-signers, and the answering agency once it was forwarded. The
/// public finds a question once it is answered, as the public record shows it (<c>/cong-khai/chat-van</c>).
/// </summary>
public sealed class QuestionsSearch : SearchSource
{
    public QuestionsSearch()
    {
        Watch<Question>(q => q.Id);
        Watch<QuestionCoSigner>(c => c.QuestionId);
    }

    public const string KindName = "question";

    public override string Kind => KindName;

    public override string Name => "Chất vấn";

    public override IReadOnlyDictionary<string, string> States { get; } = StatesOf<QuestionState>(QuestionNames.Of);

    public override IQueryable<Guid> All(DongThuanDb db) => db.Questions.Select(q => q.Id);

    public override async Task<IReadOnlyList<SearchDocument>> DescribeAsync(DongThuanDb db, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var questions = await db.Questions.AsNoTracking().Where(q => ids.Contains(q.Id)).ToListAsync(ct);
        var answered = await PublicQuestions.Answered(db).Where(q => ids.Contains(q.Id)).Select(q => q.Id).ToListAsync(ct);
        var coSigners = (await db.QuestionCoSigners.AsNoTracking().Where(c => ids.Contains(c.QuestionId)).ToListAsync(ct)).ToLookup(c => c.QuestionId, c => c.PersonId);
        return [.. questions.Select(q =>
        {
            var isPublic = answered.Contains(q.Id);
            List<string> audience = [SearchAudience.Office(q.UnitId), SearchAudience.Delegate(q.AskedByPersonId), .. coSigners[q.Id].Select(SearchAudience.Delegate)];
            if (q.RespondentBodyId is { } body && q.State >= QuestionState.Forwarded)
            {
                audience.Add(SearchAudience.Executive(body));
            }

            var text = isPublic ? Join(q.Content, q.RespondentName, q.Answer, q.Responsibility, q.Measures, q.TimeFrame)
                : Join(q.Content, q.RespondentName, q.InterimAnswer);
            return new SearchDocument(q.Id, q.Title, text, q.UnitId, q.RespondentBodyId, q.SubmittedOn, q.State.ToString(), $"/Questions/Details/{q.Id}",
                isPublic ? $"/cong-khai/chat-van?id={q.Id}" : null, isPublic ? DateTimeOffset.UnixEpoch : null, audience);
        })];
    }
}
