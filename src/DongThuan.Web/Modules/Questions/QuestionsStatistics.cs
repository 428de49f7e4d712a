using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Statistics;

namespace DongThuan.Web.Modules.Questions;

/// <summary>
/// The figures of questioning: questions sent (by channel), answered, answered on time, answered late or
/// overdue (by answering agency), the median days to an answer, delegates not satisfied, explanation sessions held.
/// "On time" is the obligations kernel's one definition: answered no later than the original due date.
/// </summary>
public static class QuestionsStatistics
{
    public const string Asked = "questions.asked", Answered = "questions.answered", AnsweredOnTime = "questions.answered-on-time",
        AnsweredLate = "questions.answered-late", Overdue = "questions.overdue", MedianDays = "questions.median-days",
        NotSatisfied = "questions.not-satisfied", Explanations = "explanations.held";

    public static IServiceCollection AddQuestionsStatistics(this IServiceCollection services) => services
        .AddStatistic(new Statistic(Asked, "Chất vấn của đại biểu gửi đến",
            "Các chất vấn đại biểu gửi Thường trực HĐND (không tính chất vấn bị trả lại) có ngày gửi trong kỳ báo cáo, theo hình thức.",
            (db, s) => Sent(db, s).Select(q => new CountedRecord { Id = q.Id, Title = q.Title, On = q.SubmittedOn, Code = (int)q.Channel }),
            Url, CodeName: c => QuestionNames.Of((QuestionChannel)c), GroupLabel: "Hình thức"))
        .AddStatistic(new Statistic(Answered, "Chất vấn đã được trả lời",
            "Trong số chất vấn nói trên, các chất vấn đã có câu trả lời.",
            (db, s) => Sent(db, s).Where(q => q.AnsweredOn != null).Select(q => new CountedRecord { Id = q.Id, Title = q.Title, On = q.AnsweredOn }), Url))
        .AddStatistic(new Statistic(AnsweredOnTime, "Chất vấn được trả lời đúng hạn",
            "Các chất vấn đã trả lời không muộn hơn hạn trả lời ban đầu (gia hạn không làm một câu trả lời muộn thành đúng hạn).",
            (db, s) =>
            {
                var obligations = db.Set<Obligation>();
                return Sent(db, s).Where(q => obligations.Any(o => o.Id == q.ObligationId && o.State == ObligationState.Fulfilled && o.FulfilledOn <= o.OriginalDueOn))
                    .Select(q => new CountedRecord { Id = q.Id, Title = q.Title, On = q.AnsweredOn });
            }, Url))
        .AddStatistic(new Statistic(AnsweredLate, "Chất vấn được trả lời chậm",
            "Các chất vấn đã trả lời sau hạn trả lời ban đầu, theo cơ quan trả lời.",
            (db, s) =>
            {
                var obligations = db.Set<Obligation>();
                var bodies = db.Set<Body>();
                return Sent(db, s).Where(q => obligations.Any(o => o.Id == q.ObligationId && o.State == ObligationState.Fulfilled && o.FulfilledOn > o.OriginalDueOn))
                    .Select(q => new CountedRecord { Id = q.Id, Title = q.Title, On = q.AnsweredOn, Group = bodies.Where(b => b.Id == q.RespondentBodyId).Select(b => b.Name).FirstOrDefault() });
            }, Url, GroupLabel: "Cơ quan trả lời"))
        .AddStatistic(new Statistic(Overdue, "Chất vấn quá hạn chưa trả lời",
            "Các chất vấn chưa có câu trả lời mà đã quá hạn vào ngày lập báo cáo, theo cơ quan trả lời.",
            (db, s) =>
            {
                var obligations = db.Set<Obligation>();
                var bodies = db.Set<Body>();
                return Sent(db, s).Where(q => obligations.Any(o => o.Id == q.ObligationId && o.State == ObligationState.Open && o.DueOn < s.Today))
                    .Select(q => new CountedRecord { Id = q.Id, Title = q.Title, On = q.SubmittedOn, Group = bodies.Where(b => b.Id == q.RespondentBodyId).Select(b => b.Name).FirstOrDefault() });
            }, Url, GroupLabel: "Cơ quan trả lời"))
        .AddStatistic(new Statistic(MedianDays, "Số ngày trả lời (trung vị)",
            "Trung vị số ngày (theo lịch) từ ngày đại biểu gửi chất vấn đến ngày có câu trả lời, trên các chất vấn đã trả lời.",
            (db, s) => Sent(db, s).Where(q => q.AnsweredOn != null)
                .Select(q => new CountedRecord { Id = q.Id, Title = q.Title, On = q.AnsweredOn, Started = q.SubmittedOn, Ended = q.AnsweredOn }),
            Url, Measure.MedianDays))
        .AddStatistic(new Statistic(NotSatisfied, "Chất vấn đại biểu chưa đồng ý với câu trả lời",
            "Các chất vấn mà đại biểu đánh giá chưa đồng ý với câu trả lời (đề nghị trả lời thêm, đưa ra phiên họp Thường trực hoặc đề xuất giám sát).",
            (db, s) => Sent(db, s).Where(q => q.FollowUp != null)
                .Select(q => new CountedRecord { Id = q.Id, Title = q.Title, On = q.AnsweredOn, Code = (int)q.FollowUp! }),
            Url, CodeName: c => QuestionNames.Of((FollowUp)c), GroupLabel: "Hướng xử lý tiếp theo"))
        .AddStatistic(new Statistic(Explanations, "Phiên giải trình",
            "Các phiên giải trình của Thường trực HĐND tổ chức trong kỳ báo cáo.",
            (db, s) => db.Set<ExplanationSession>().Where(e => e.CouncilId == s.CouncilId && e.HeldOn >= s.From && e.HeldOn <= s.To)
                .Select(e => new CountedRecord { Id = e.Id, Title = e.Topic, On = e.HeldOn }),
            r => $"/Questions/Explanations/Details/{r.Id}"));

    private static string Url(CountedRecord r) => $"/Questions/Details/{r.Id}";

    private static IQueryable<Question> Sent(DongThuanDb db, StatisticScope s) =>
        db.Set<Question>().Where(q => q.CouncilId == s.CouncilId && q.SubmittedOn != null && q.SubmittedOn >= s.From && q.SubmittedOn <= s.To
            && q.State != QuestionState.Returned && q.State != QuestionState.Draft);
}
