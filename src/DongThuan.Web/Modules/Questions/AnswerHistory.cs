using DongThuan.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Questions;

/// <summary>Every answer given to some questions, each question's in order of its rounds: for the question's page, the public page and the API.</summary>
public static class AnswerHistory
{
    public static async Task<ILookup<Guid, QuestionAnswer>> OfAsync(DongThuanDb db, IReadOnlyCollection<Guid> questionIds, CancellationToken ct) =>
        (await db.Set<QuestionAnswer>().AsNoTracking().Where(a => questionIds.Contains(a.QuestionId)).OrderBy(a => a.Round).ToListAsync(ct)).ToLookup(a => a.QuestionId);
}
