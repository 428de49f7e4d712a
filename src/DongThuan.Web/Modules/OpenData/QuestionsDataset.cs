using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Questions;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.OpenData;

/// <summary>Delegates' answered questions with the answer and the delegate's verdict, by the year of the answer.</summary>
public sealed class QuestionsDataset : IOpenDataset
{
    public string Key => "questions";

    public string Title => "Chất vấn đã trả lời";

    public string Description => "Mỗi dòng một chất vấn đã được trả lời: đại biểu hỏi, nội dung, người trả lời, câu trả lời, trách nhiệm, biện pháp, thời hạn, đánh giá của đại biểu.";

    public IReadOnlyList<string> RecordTypes => ["Question", "QuestionAnswer"];

    private static IQueryable<Question> Of(DongThuanDb db, Body council) => PublicQuestions.Answered(db).Where(q => q.CouncilId == council.Id);

    public async Task<IReadOnlyList<int>> YearsAsync(DongThuanDb db, Body council, CancellationToken ct) =>
        await Of(db, council).Select(q => q.AnsweredOn!.Value.Year).Distinct().ToListAsync(ct);

    public async Task<DatasetTable> TableAsync(DongThuanDb db, Body council, int year, string site, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var questions = await Of(db, council).AsNoTracking().Where(q => q.AnsweredOn >= from && q.AnsweredOn <= to).OrderBy(q => q.AnsweredOn).ThenBy(q => q.Id).ToListAsync(ct);
        var ids = questions.Select(q => q.Id).ToList();
        var verdicts = await QuestionVerdicts.OfAsync(db, ids, ct);
        var askers = questions.Select(q => q.AskedByPersonId).Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => askers.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
        var bodyIds = questions.Where(q => q.RespondentBodyId != null).Select(q => q.RespondentBodyId!.Value).Distinct().ToList();
        var bodies = await db.Bodies.AsNoTracking().Where(b => bodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        return new(["question_id", "asked_by", "channel", "title", "question", "respondent", "respondent_body", "answered_on", "answer", "responsibility",
                "measures", "time_frame", "answer_rounds", "verdict", "url"],
            [.. questions.Select(q => new object?[]
            {
                q.Id, names.GetValueOrDefault(q.AskedByPersonId), q.Channel.ToString(), q.Title, q.Content, q.RespondentName,
                q.RespondentBodyId is { } b ? bodies.GetValueOrDefault(b) : null, OpenDatasets.Day(q.AnsweredOn), q.Answer, q.Responsibility, q.Measures, q.TimeFrame,
                q.AnswerRounds, (verdicts.TryGetValue(q.Id, out var v) ? v : Verdict.NotEvaluated) switch
                {
                    Verdict.Satisfied => "satisfied",
                    Verdict.NotSatisfied => "not_satisfied",
                    _ => "not_evaluated",
                },
                $"{site}/cong-khai/chat-van?id={q.Id:D}",
            })],
            ids);
    }
}
