using System.Globalization;
using DongThuan.Web.Modules.Coordination;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Petitions;
using DongThuan.Web.Modules.Questions;
using DongThuan.Web.Modules.Sessions;
using DongThuan.Web.Modules.Statistics;
using DongThuan.Web.Modules.Supervision;

namespace DongThuan.Web.Modules.Review;

/// <summary>A shortcoming the records show, in the report's words, with the figure it rests on and the items it names.</summary>
public sealed record Limitation(string Text, string Code, int Count, IReadOnlyList<string> Items);

/// <summary>
/// The report's "hạn chế" section, derived from the figures rather than written from memory: each rule
/// fires only when its figure is above zero, states the figure, names the agencies or the items, and links
/// to the records, in the way a council's report names "phối hợp có lúc chưa kịp thời" or "chất vấn có lúc
/// hiệu quả chưa cao".
/// </summary>
public static class Limitations
{
    private const int Named = 5;

    public static async Task<IReadOnlyList<Limitation>> DeriveAsync(Figures figures, StatisticScope scope, IReadOnlyDictionary<string, Figure> f, CancellationToken ct)
    {
        // Each rule that fires names up to five of the records it rests on: the rules are gathered first, then the titles of
        // all their records are read in one query.
        var found = new List<(string Text, string Code, int Count, string[] Named)>();

        void Add(string code, string text) => found.Add((text, code, f[code].Count, [code]));

        var answered = f[QuestionsStatistics.Answered].Count;
        if (f[QuestionsStatistics.AnsweredLate] is { Count: > 0 } late)
        {
            Add(late.Statistic.Code, $"Việc trả lời chất vấn có lúc chưa kịp thời: {N(late.Count)}/{N(answered)} chất vấn được trả lời sau thời hạn ({Agencies(late)}).");
        }

        if (f[QuestionsStatistics.NotSatisfied] is { Count: > 0 } unsatisfied)
        {
            Add(unsatisfied.Statistic.Code, $"Hoạt động chất vấn có lúc, có nơi hiệu quả chưa cao: đại biểu chưa đồng ý với câu trả lời ở {N(unsatisfied.Count)}/{N(answered)} chất vấn.");
        }

        if (f[QuestionsStatistics.Overdue] is { Count: > 0 } overdueQ)
        {
            Add(overdueQ.Statistic.Code, $"Còn {N(overdueQ.Count)} chất vấn đã quá hạn nhưng chưa được trả lời ({Agencies(overdueQ)}).");
        }

        if (f[SessionsStatistics.GroupOpinionsUnanswered] is { Count: > 0 } unanswered)
        {
            Add(unanswered.Statistic.Code,
                $"Còn {N(unanswered.Count)}/{N(f[SessionsStatistics.GroupOpinions].Count)} ý kiến thảo luận tổ chưa được tiếp thu, giải trình ({Agencies(unanswered)}).");
        }

        var petitionsAnswered = f[PetitionsStatistics.Answered].Count;
        if (f[PetitionsStatistics.AnsweredLate] is { Count: > 0 } lateP)
        {
            Add(lateP.Statistic.Code, $"Việc giải quyết kiến nghị của cử tri có lúc còn chậm: {N(lateP.Count)}/{N(petitionsAnswered)} kiến nghị được trả lời sau thời hạn ({Agencies(lateP)}).");
        }

        if (f[PetitionsStatistics.Overdue] is { Count: > 0 } overdueP)
        {
            Add(overdueP.Statistic.Code, $"Còn {N(overdueP.Count)} kiến nghị của cử tri đã quá hạn nhưng chưa được trả lời ({Agencies(overdueP)}).");
        }

        if (f[PetitionsStatistics.Reopened] is { Count: > 0 } reopened)
        {
            Add(reopened.Statistic.Code, $"{N(reopened.Count)} kiến nghị cử tri đánh giá chưa được giải quyết, phải giải quyết lại.");
        }

        if (f[SupervisionStatistics.Overdue] is { Count: > 0 } overdueR)
        {
            Add(overdueR.Statistic.Code, $"Việc thực hiện kiến nghị sau giám sát chưa triệt để: {N(overdueR.Count)}/{N(f[SupervisionStatistics.Recommendations].Count)} kiến nghị đã quá hạn nhưng chưa hoàn thành ({Agencies(overdueR)}).");
        }

        var recheck = f[SupervisionStatistics.ReSupervised];
        var notFully = recheck.Breakdown.Where(s => s.Key is "#2" or "#3").ToList();
        if (notFully.Sum(s => s.Count) > 0)
        {
            Add(recheck.Statistic.Code, $"Giám sát lại {N(recheck.Count)} kiến nghị: {string.Join(", ", notFully.Select(s => $"{N(s.Count)} {s.Name.ToLower(CultureInfo.GetCultureInfo("vi-VN"))}"))}.");
        }

        var tasksLate = f[CoordinationStatistics.DoneLate];
        var tasksNotDone = f[CoordinationStatistics.NotDone];
        if (tasksLate.Count + tasksNotDone.Count > 0)
        {
            found.Add((
                $"Công tác phối hợp có lúc chưa kịp thời: trong {N(f[CoordinationStatistics.Tasks].Count)} nhiệm vụ của chương trình phối hợp, {N(tasksLate.Count)} nhiệm vụ hoàn thành chậm ({Agencies(tasksLate)}), {N(tasksNotDone.Count)} nhiệm vụ chưa thực hiện ({Agencies(tasksNotDone)}).",
                tasksLate.Count > 0 ? tasksLate.Statistic.Code : tasksNotDone.Statistic.Code, tasksLate.Count + tasksNotDone.Count,
                [.. new[] { tasksLate, tasksNotDone }.Where(x => x.Count > 0).Select(x => x.Statistic.Code)]));
        }

        if (f[CoordinationStatistics.Overdue] is { Count: > 0 } overdueT)
        {
            Add(overdueT.Statistic.Code, $"Còn {N(overdueT.Count)} nhiệm vụ của chương trình phối hợp đã quá thời hạn nhưng chưa được báo cáo hoàn thành ({Agencies(overdueT)}).");
        }

        if (f[ObligationsStatistics.Late] is { Count: > 0 } lateAll)
        {
            found.Add((
                $"Tính chung, {N(lateAll.Count)}/{N(f[ObligationsStatistics.Due].Count)} việc phải trả lời, giải quyết, thực hiện đến hạn trong năm bị trễ hạn; nhiều nhất ở: {Agencies(lateAll, 3)}.",
                lateAll.Statistic.Code, lateAll.Count, []));
        }

        var titles = await figures.FirstTitlesAsync(found.SelectMany(x => x.Named), scope, Named, ct);
        return [.. found.Select(x => new Limitation(x.Text, x.Code, x.Count,
            [.. x.Named.SelectMany(code => titles.GetValueOrDefault(code) ?? []).Take(Named)]))];
    }

    /// <summary>Counts as the report's prose writes them: "06", "38".</summary>
    private static string N(int count) => ReportProse.N(count);

    /// <summary>"Phòng Tài nguyên và Môi trường: 2; Phòng Quản lý đô thị: 1": the breakdown by agency, largest first.</summary>
    private static string Agencies(Figure f, int top = int.MaxValue) =>
        f.Count == 0 ? "không có" : string.Join("; ", f.Breakdown.Take(top).Select(s => $"{s.Name}: {N(s.Count)}"));
}
