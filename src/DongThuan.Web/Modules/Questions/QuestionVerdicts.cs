using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Obligations;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Questions;

/// <summary>What the delegate said of the answer.</summary>
public enum Verdict
{
    NotEvaluated = 0,
    Satisfied = 1,
    NotSatisfied = 2,
}

/// <summary>
/// The delegate's verdict on each answered question. A question closed afterwards no longer says it in its state, so the
/// verdict is read from the step that recorded it: the last evaluation on the question's timeline.
/// </summary>
public static class QuestionVerdicts
{
    private static readonly string[] Evaluations = [nameof(QuestionState.Satisfied), nameof(QuestionState.NotSatisfied), nameof(QuestionState.AwaitingFurtherAnswer)];

    public static async Task<IReadOnlyDictionary<Guid, Verdict>> OfAsync(DongThuanDb db, IReadOnlyCollection<Guid> questionIds, CancellationToken ct)
    {
        var steps = await db.Timeline.AsNoTracking()
            // Not agreed and a further answer asked for is an evaluation too; an interim answer while it is awaited is not.
            .Where(e => e.SubjectType == QuestionObligations.SubjectType && questionIds.Contains(e.SubjectId) && Evaluations.Contains(e.To)
                        && e.From == nameof(QuestionState.Answered))
            .Select(e => new { e.SubjectId, e.At, e.To }).ToListAsync(ct);
        return steps.GroupBy(s => s.SubjectId).ToDictionary(g => g.Key,
            g => g.MaxBy(s => s.At)!.To == nameof(QuestionState.Satisfied) ? Verdict.Satisfied : Verdict.NotSatisfied);
    }

    public static string Name(Verdict verdict) => verdict switch
    {
        Verdict.Satisfied => "Đồng ý",
        Verdict.NotSatisfied => "Chưa đồng ý",
        _ => "Chưa đánh giá",
    };
}
