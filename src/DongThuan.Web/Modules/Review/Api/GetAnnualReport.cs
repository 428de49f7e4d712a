using System.Security.Claims;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Coordination;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Petitions;
using DongThuan.Web.Modules.Questions;
using DongThuan.Web.Modules.Sessions;
using DongThuan.Web.Modules.Supervision;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace DongThuan.Web.Modules.Review.Api;

/// <summary>
/// <c>GET /api/v1/reports/annual?councilId=…&amp;year=2022</c>: the year-end figures of a council, for staff of
/// its unit. The named fields are the headline figures; <c>figures</c> lists every registered figure with
/// its meaning, breakdown and the link to its records; <c>limitations</c> the derived shortcomings.
/// </summary>
public static class GetAnnualReport
{
    public sealed record SessionCounts(int Regular, int Thematic, int Urgent);

    public sealed record QuestionCounts(int Total, int Answered, int AnsweredOnTime, int AnsweredLate, int Overdue, double? MedianDaysToAnswer, int NotSatisfied);

    public sealed record PetitionCounts(int Received, IReadOnlyDictionary<string, int> ByChannel, IReadOnlyDictionary<string, int> ByField,
        IReadOnlyDictionary<string, int> ByLevel, IReadOnlyDictionary<string, int> ByState, int Answered, int AnsweredOnTime, int AnsweredLate, int Overdue,
        double? MedianWorkingDays, int Reopened);

    public sealed record SupervisionCounts(int Missions, int Recommendations, int Done, int Overdue, int ReSupervised);

    public sealed record CoordinationCounts(int Tasks, int DoneOnTime, int DoneLate, int NotDone, int Overdue);

    public sealed record EmulationCounts(int Movements, int Commendations);

    public sealed record ObligationCounts(int Due, int OnTime, int Late);

    public sealed record FigureItem(string Code, string Name, string Meaning, int Count, double? Value, IReadOnlyDictionary<string, int>? Breakdown, string Url);

    public sealed record LimitationItem(string Text, string Statistic, int Count, IReadOnlyList<string> Items, string Url);

    public sealed record Response(int Year, Guid CouncilId, string Council, DateOnly AsOf, SessionCounts Sessions, int DocumentsReviewed,
        IReadOnlyDictionary<string, int> DocumentsByType, int ResolutionsPassed, int GroupDiscussionOpinions, int GroupDiscussionOpinionsAnswered, int GroupDiscussionOpinionsUnanswered,
        QuestionCounts WrittenQuestions, int ExplanationSessions, PetitionCounts Petitions, SupervisionCounts Supervision, CoordinationCounts Coordination,
        EmulationCounts Emulation, ObligationCounts Obligations, IReadOnlyList<LimitationItem> Limitations, IReadOnlyList<FigureItem> Figures);

    public static async Task<Results<Ok<Response>, ProblemHttpResult>> HandleAsync(Guid? councilId, int? year, ClaimsPrincipal user, AnnualReview review,
        IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (councilId is null || year is not (>= 2000 and <= 2100))
        {
            return Problems.BadRequest(l["Cần tham số councilId và year (2000–2100)."]);
        }

        if (await review.CouncilAsync(councilId.Value, ct) is not { } found)
        {
            return Problems.NotFound(l["Không có HĐND này."]);
        }

        if (!UnitScope.IsStaffOf(user, found.Council.UnitId))
        {
            return Problems.Forbidden(l["Chỉ cán bộ của HĐND này và đơn vị hành chính của nó xem được báo cáo."]);
        }

        var c = await review.BuildAsync(found.Council, found.Unit, year.Value, ct);
        IReadOnlyDictionary<string, int> By(string code) => c.Figures[code].Breakdown.ToDictionary(s => s.Name, s => s.Count);
        return TypedResults.Ok(new Response(c.Year, c.Council.Id, c.Council.Name, c.Scope.Today,
            new SessionCounts(c.Count(SessionsStatistics.Regular), c.Count(SessionsStatistics.Thematic), c.Count(SessionsStatistics.Urgent)),
            c.Count(SessionsStatistics.DocumentsReviewed), By(SessionsStatistics.DocumentsReviewed), c.Count(SessionsStatistics.Resolutions),
            c.Count(SessionsStatistics.GroupOpinions), c.Count(SessionsStatistics.GroupOpinionsAnswered), c.Count(SessionsStatistics.GroupOpinionsUnanswered),
            new QuestionCounts(c.Count(QuestionsStatistics.Asked), c.Count(QuestionsStatistics.Answered), c.Count(QuestionsStatistics.AnsweredOnTime),
                c.Count(QuestionsStatistics.AnsweredLate), c.Count(QuestionsStatistics.Overdue), c.Value(QuestionsStatistics.MedianDays), c.Count(QuestionsStatistics.NotSatisfied)),
            c.Count(QuestionsStatistics.Explanations),
            new PetitionCounts(c.Count(PetitionsStatistics.Received), By(PetitionsStatistics.Received), By(PetitionsStatistics.ByField), By(PetitionsStatistics.ByLevel),
                By(PetitionsStatistics.ByState), c.Count(PetitionsStatistics.Answered), c.Count(PetitionsStatistics.AnsweredOnTime), c.Count(PetitionsStatistics.AnsweredLate),
                c.Count(PetitionsStatistics.Overdue), c.Value(PetitionsStatistics.MedianWorkingDays), c.Count(PetitionsStatistics.Reopened)),
            new SupervisionCounts(c.Count(SupervisionStatistics.Missions), c.Count(SupervisionStatistics.Recommendations), c.Count(SupervisionStatistics.Done),
                c.Count(SupervisionStatistics.Overdue), c.Count(SupervisionStatistics.ReSupervised)),
            new CoordinationCounts(c.Count(CoordinationStatistics.Tasks), c.Count(CoordinationStatistics.DoneOnTime), c.Count(CoordinationStatistics.DoneLate),
                c.Count(CoordinationStatistics.NotDone), c.Count(CoordinationStatistics.Overdue)),
            new EmulationCounts(c.Count(CoordinationStatistics.Movements), c.Count(CoordinationStatistics.Commendations)),
            new ObligationCounts(c.Count(ObligationsStatistics.Due), c.Count(ObligationsStatistics.OnTime), c.Count(ObligationsStatistics.Late)),
            [.. c.Limitations.Select(x => new LimitationItem(x.Text, x.Code, x.Count, x.Items, AnnualReview.RecordsUrl(c.Council.Id, c.Year, x.Code)))],
            [.. c.Figures.Values.Select(f => new FigureItem(f.Statistic.Code, f.Statistic.Name, f.Statistic.Meaning, f.Count, f.Value,
                f.Breakdown.Count == 0 ? null : f.Breakdown.ToDictionary(s => s.Name, s => s.Count), AnnualReview.RecordsUrl(c.Council.Id, c.Year, f.Statistic.Code)))]));
    }
}
