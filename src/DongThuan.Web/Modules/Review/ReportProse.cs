using System.Globalization;
using DongThuan.Web.Modules.Coordination;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Petitions;
using DongThuan.Web.Modules.Questions;
using DongThuan.Web.Modules.Sessions;
using DongThuan.Web.Modules.Statistics;
using DongThuan.Web.Modules.Supervision;

namespace DongThuan.Web.Modules.Review;

/// <summary>One part of section I as the office writes it: sentences made from the figures, and a table only where a list of many reads better as one.</summary>
public sealed record ReportPart(string Title, IReadOnlyList<string> Sentences, Infrastructure.OfficialDocuments.Table? Table = null);

/// <summary>
/// Section I of the year-end report written as a council office writes it ("Năm 2022, HĐND quận Cầu Giấy tổ chức 02 kỳ
/// họp thường lệ và 01 kỳ họp chuyên đề, xem xét 66 báo cáo, tờ trình…"): each part opens with sentences built from the
/// same figures as the tables of the page, so the prose can never disagree with them; a figure of zero is left unsaid,
/// and a part with nothing to report is left out. Counts below ten are written with two digits, as such reports do.
/// </summary>
public static class ReportProse
{
    public static IReadOnlyList<ReportPart> Of(AnnualReviewContent c)
    {
        var parts = new List<ReportPart?> { Sessions(c), Questions(c), Petitions(c), Supervision(c), Coordination(c), Obligations(c) };
        return [.. parts.OfType<ReportPart>()];
    }

    /// <summary>Section I's one sentence when the records hold nothing for the year.</summary>
    public static string Nothing(AnnualReviewContent c) => $"Năm {c.Year}, hồ sơ chưa ghi nhận hoạt động nào của {c.Council.Name}.";

    private static ReportPart? Sessions(AnnualReviewContent c)
    {
        int regular = c.Count(SessionsStatistics.Regular), thematic = c.Count(SessionsStatistics.Thematic), urgent = c.Count(SessionsStatistics.Urgent);
        int documents = c.Count(SessionsStatistics.DocumentsReviewed), resolutions = c.Count(SessionsStatistics.Resolutions);
        int opinions = c.Count(SessionsStatistics.GroupOpinions), answered = c.Count(SessionsStatistics.GroupOpinionsAnswered), open = c.Count(SessionsStatistics.GroupOpinionsUnanswered);
        if (regular + thematic + urgent + documents + opinions == 0)
        {
            return null;
        }

        var sentences = new List<string>();
        var held = Join([Some(regular, "kỳ họp thường lệ"), Some(thematic, "kỳ họp chuyên đề"), Some(urgent, "kỳ họp bất thường")]);
        var reviewed = Join([Some(documents, "báo cáo, tờ trình") is { } d ? "xem xét " + d + Kinds(c.Figures[SessionsStatistics.DocumentsReviewed]) : null,
            Some(resolutions, "nghị quyết") is { } r ? "thông qua " + r : null]);
        sentences.Add($"Năm {c.Year}, {c.Council.Name} " + Join([held is null ? null : "tổ chức " + held, reviewed], "; ") + ".");
        if (opinions > 0)
        {
            sentences.Add($"Các tổ đại biểu có {N(opinions)} ý kiến thảo luận gửi Ủy ban nhân dân; {N(answered)} ý kiến đã được tiếp thu, giải trình"
                + (open > 0 ? $", còn {N(open)} ý kiến chưa được trả lời." : "."));
        }

        return new ReportPart("Công tác tổ chức kỳ họp", sentences);
    }

    private static ReportPart? Questions(AnnualReviewContent c)
    {
        int asked = c.Count(QuestionsStatistics.Asked), answered = c.Count(QuestionsStatistics.Answered), onTime = c.Count(QuestionsStatistics.AnsweredOnTime);
        int late = c.Count(QuestionsStatistics.AnsweredLate), overdue = c.Count(QuestionsStatistics.Overdue), unsatisfied = c.Count(QuestionsStatistics.NotSatisfied);
        int explanations = c.Count(QuestionsStatistics.Explanations);
        if (asked + answered + explanations == 0)
        {
            return null;
        }

        var sentences = new List<string>();
        if (asked + answered > 0)
        {
            var median = c.Value(QuestionsStatistics.MedianDays) is { } m && answered > 0 ? $"; thời gian trả lời trung bình (trung vị) là {m.ToString("0.#", Vi)} ngày" : "";
            sentences.Add($"Đại biểu HĐND gửi {N(asked)} chất vấn{Kinds(c.Figures[QuestionsStatistics.Asked])}; {N(answered)} chất vấn đã được trả lời"
                + (answered > 0 ? ", trong đó " + Join([Some(onTime, "đúng hạn"), Some(late, "sau thời hạn")]) : "") + median + ".");
            if (unsatisfied > 0)
            {
                sentences.Add($"Đại biểu chưa đồng ý với câu trả lời ở {N(unsatisfied)} chất vấn.");
            }

            if (overdue > 0)
            {
                sentences.Add($"Còn {N(overdue)} chất vấn đã quá hạn nhưng chưa được trả lời.");
            }
        }

        if (explanations > 0)
        {
            sentences.Add($"Thường trực HĐND tổ chức {N(explanations)} phiên giải trình.");
        }

        return new ReportPart("Hoạt động chất vấn và giải trình", sentences);
    }

    private static ReportPart? Petitions(AnnualReviewContent c)
    {
        int received = c.Count(PetitionsStatistics.Received), answered = c.Count(PetitionsStatistics.Answered), onTime = c.Count(PetitionsStatistics.AnsweredOnTime);
        int late = c.Count(PetitionsStatistics.AnsweredLate), overdue = c.Count(PetitionsStatistics.Overdue), reopened = c.Count(PetitionsStatistics.Reopened);
        if (received + answered == 0)
        {
            return null;
        }

        var byField = c.Figures[PetitionsStatistics.ByField].Breakdown.Where(s => s.Count > 0).ToList();
        var top = byField.Where(s => s.Key != "" && s.Name is not ("Chưa phân loại" or "Khác")).Take(3).Select(s => $"{Lower(s.Name)} ({N(s.Count)})").ToList();
        var sentences = new List<string>
        {
            $"Thường trực HĐND tiếp nhận {N(received)} kiến nghị của cử tri{Kinds(c.Figures[PetitionsStatistics.Received], "qua ")}"
                + (top.Count > 0 ? ", nhiều nhất về " + Join(top) : "") + ".",
        };
        if (answered > 0)
        {
            var median = c.Value(PetitionsStatistics.MedianWorkingDays) is { } m ? $"; thời gian giải quyết trung bình (trung vị) là {m.ToString("0.#", Vi)} ngày làm việc" : "";
            sentences.Add($"Các cơ quan đã trả lời {N(answered)} kiến nghị, trong đó " + Join([Some(onTime, "đúng hạn"), Some(late, "sau thời hạn")]) + median + ".");
        }

        if (overdue > 0)
        {
            sentences.Add($"Còn {N(overdue)} kiến nghị đã quá hạn nhưng chưa được trả lời.");
        }

        if (reopened > 0)
        {
            sentences.Add($"Cử tri đánh giá {N(reopened)} kiến nghị chưa được giải quyết, phải giải quyết lại.");
        }

        // Many fields read better as a table than as a sentence of thirteen figures.
        var table = byField.Count > 3
            ? new Infrastructure.OfficialDocuments.Table(["Lĩnh vực", "Số kiến nghị"], [.. byField.Select(s => (IReadOnlyList<string>)[s.Name, N(s.Count)])])
            : null;
        return new ReportPart("Tiếp nhận, giải quyết kiến nghị của cử tri", sentences, table);
    }

    private static ReportPart? Supervision(AnnualReviewContent c)
    {
        int missions = c.Count(SupervisionStatistics.Missions), recommendations = c.Count(SupervisionStatistics.Recommendations), done = c.Count(SupervisionStatistics.Done);
        int overdue = c.Count(SupervisionStatistics.Overdue), again = c.Count(SupervisionStatistics.ReSupervised);
        if (missions + recommendations + again == 0)
        {
            return null;
        }

        var sentences = new List<string>
        {
            $"HĐND, Thường trực và các Ban HĐND tổ chức {N(missions)} cuộc giám sát{Kinds(c.Figures[SupervisionStatistics.Missions])}, đưa ra {N(recommendations)} kiến nghị"
                + (recommendations > 0 ? $"; {N(done)} kiến nghị đã được thực hiện xong" + (overdue > 0 ? $", {N(overdue)} kiến nghị đã quá hạn nhưng chưa hoàn thành." : ".") : "."),
        };
        if (again > 0)
        {
            sentences.Add($"Giám sát lại việc thực hiện {N(again)} kiến nghị{Kinds(c.Figures[SupervisionStatistics.ReSupervised])}.");
        }

        return new ReportPart("Hoạt động giám sát", sentences);
    }

    private static ReportPart? Coordination(AnnualReviewContent c)
    {
        int tasks = c.Count(CoordinationStatistics.Tasks), onTime = c.Count(CoordinationStatistics.DoneOnTime), late = c.Count(CoordinationStatistics.DoneLate);
        int notDone = c.Count(CoordinationStatistics.NotDone), overdue = c.Count(CoordinationStatistics.Overdue);
        int movements = c.Count(CoordinationStatistics.Movements), commendations = c.Count(CoordinationStatistics.Commendations);
        if (tasks + movements + commendations == 0)
        {
            return null;
        }

        var sentences = new List<string>();
        if (tasks > 0)
        {
            var outcome = Join([Some(onTime, "nhiệm vụ hoàn thành đúng hạn"), Some(late, "nhiệm vụ hoàn thành chậm"), Some(notDone, "nhiệm vụ chưa thực hiện")]);
            sentences.Add($"Chương trình phối hợp giữa Thường trực HĐND, UBND và Ban Thường trực Ủy ban MTTQ có {N(tasks)} nhiệm vụ" + (outcome is null ? "." : ": " + outcome + "."));
            if (overdue > 0)
            {
                sentences.Add($"Còn {N(overdue)} nhiệm vụ đã quá thời hạn nhưng chưa được báo cáo hoàn thành.");
            }
        }

        if (movements + commendations > 0)
        {
            sentences.Add("Công tác thi đua, khen thưởng: " + Join([Some(movements, "phong trào thi đua được phát động"), Some(commendations, "tập thể, cá nhân được khen thưởng")]) + ".");
        }

        return new ReportPart("Phối hợp công tác và thi đua, khen thưởng", sentences);
    }

    private static ReportPart? Obligations(AnnualReviewContent c)
    {
        int due = c.Count(ObligationsStatistics.Due), onTime = c.Count(ObligationsStatistics.OnTime), late = c.Count(ObligationsStatistics.Late);
        if (due == 0)
        {
            return null;
        }

        var worst = c.Figures[ObligationsStatistics.Late].Breakdown.Where(s => s.Count > 0).Take(3).Select(s => $"{s.Name} ({N(s.Count)})").ToList();
        var share = (double)onTime / due * 100;
        return new ReportPart("Thực hiện nghĩa vụ trả lời, giải quyết",
        [
            $"Trong năm có {N(due)} việc phải trả lời, giải quyết, thực hiện đến hạn (trả lời chất vấn, kiến nghị của cử tri, ý kiến thảo luận, kiến nghị giám sát, nhiệm vụ phối hợp); "
                + $"{N(onTime)} việc hoàn thành đúng hạn, đạt {share.ToString("0.#", Vi)}%"
                + (late > 0 ? $"; {N(late)} việc trễ hạn" + (worst.Count > 0 ? ", nhiều nhất ở " + Join(worst) : "") + "." : "."),
        ]);
    }

    private static readonly CultureInfo Vi = AnnualReview.Vietnamese;

    /// <summary>"02", "66": counts below ten with two digits, as the council's reports write them.</summary>
    public static string N(int count) => count.ToString(count < 10 ? "00" : "N0", Vi);

    /// <summary>"02 kỳ họp thường lệ", or nothing for a zero.</summary>
    private static string? Some(int count, string what) => count == 0 ? null : $"{N(count)} {what}";

    /// <summary>" (40 báo cáo, 26 tờ trình)": a figure's breakdown in brackets, when it has more than one part; "76 qua tiếp xúc cử tri" with a <paramref name="link"/>.</summary>
    private static string Kinds(Figure f, string link = "")
    {
        var slices = f.Breakdown.Where(s => s.Count > 0).ToList();
        return slices.Count < 2 ? "" : " (" + string.Join(", ", slices.Select(s => $"{N(s.Count)} {link}{Lower(s.Name)}")) + ")";
    }

    /// <summary>"a, b và c": the Vietnamese way of listing, skipping what is not there.</summary>
    private static string? Join(IEnumerable<string?> items, string separator = ", ")
    {
        var list = items.OfType<string>().ToList();
        return list.Count switch
        {
            0 => null,
            1 => list[0],
            _ => separator == ", " ? string.Join(", ", list[..^1]) + " và " + list[^1] : string.Join(separator, list),
        };
    }

    // Names of bodies keep their capital inside a sentence ("Ủy ban MTTQ tổng hợp"); other labels are lower-cased ("tiếp xúc cử tri").
    private static readonly string[] Proper = ["Ủy ban", "Hội đồng", "Ban ", "Thường trực", "Mặt trận", "Tổ đại biểu", "Văn phòng", "Phòng ", "UBND", "HĐND", "MTTQ"];

    private static string Lower(string s) =>
        s.Length > 1 && char.IsUpper(s[0]) && !char.IsUpper(s[1]) && !Proper.Any(p => s.StartsWith(p, StringComparison.Ordinal)) ? char.ToLower(s[0], Vi) + s[1..] : s;
}
