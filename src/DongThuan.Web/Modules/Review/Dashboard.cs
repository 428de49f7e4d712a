using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Petitions;
using DongThuan.Web.Modules.Questions;
using DongThuan.Web.Modules.Statistics;
using DongThuan.Web.Modules.Supervision;
using DongThuan.Web.Modules.Coordination;

namespace DongThuan.Web.Modules.Review;

/// <summary>
/// The dashboard's tiles, each one figure (or two) of the statistics registry, so a tile and the report
/// can never disagree. Agencies are ranked on time only once they have <see cref="MinimumToRank"/> decided
/// items: one late answer does not put a small office at the bottom.
/// </summary>
public sealed class Dashboard(Figures figures)
{
    public const int MinimumToRank = 5;

    /// <summary>An agency with a smaller share done on time is drawn in the warning colour.</summary>
    public const double GoodRate = 0.8;

    /// <summary>The year's figures the dashboard shows first: petitions received and answered on time, questions asked, items done late.</summary>
    public static readonly string[] HeadlineCodes = [PetitionsStatistics.Received, PetitionsStatistics.AnsweredOnTime, QuestionsStatistics.Asked, ObligationsStatistics.Late];

    public sealed record AgencyRow(string Agency, int OnTime, int Late, double Rate, string Key);

    public sealed record AgencyTile(IReadOnlyList<AgencyRow> Ranked, IReadOnlyList<AgencyRow> TooFew);

    public sealed record TrendRow(string Code, string Name, int ThisYear, int LastYear, DateOnly To, DateOnly LastTo);

    /// <summary>Obligations due this year done on time and late, by agency, as counts and rates.</summary>
    public async Task<AgencyTile> AgenciesAsync(StatisticScope scope, CancellationToken ct)
    {
        var onTime = (await figures.GetAsync(ObligationsStatistics.OnTime, scope, ct)).Breakdown.ToDictionary(s => s.Key, s => s);
        var late = (await figures.GetAsync(ObligationsStatistics.Late, scope, ct)).Breakdown.ToDictionary(s => s.Key, s => s);
        var rows = onTime.Keys.Union(late.Keys).Select(k =>
        {
            var good = onTime.GetValueOrDefault(k)?.Count ?? 0;
            var bad = late.GetValueOrDefault(k)?.Count ?? 0;
            return new AgencyRow(onTime.GetValueOrDefault(k)?.Name ?? late[k].Name, good, bad, good + bad == 0 ? 0 : (double)good / (good + bad), k);
        }).ToList();
        return new AgencyTile(
            [.. rows.Where(r => r.OnTime + r.Late >= MinimumToRank).OrderByDescending(r => r.Rate).ThenByDescending(r => r.OnTime + r.Late).ThenBy(r => r.Agency, StringComparer.Ordinal)],
            [.. rows.Where(r => r.OnTime + r.Late < MinimumToRank).OrderBy(r => r.Agency, StringComparer.Ordinal)]);
    }

    public Task<Figure> PetitionsByFieldAsync(StatisticScope scope, CancellationToken ct) => figures.GetAsync(PetitionsStatistics.ByField, scope, ct);

    /// <summary>Petitions per month, all twelve months present (a month with none shows as zero).</summary>
    public async Task<IReadOnlyList<Slice>> PetitionsByMonthAsync(StatisticScope scope, CancellationToken ct)
    {
        var f = await figures.GetAsync(PetitionsStatistics.ByMonth, scope, ct);
        return [.. Enumerable.Range(1, 12).Select(m => f.Breakdown.FirstOrDefault(s => s.Key == "#" + m) ?? new Slice("#" + m, $"Tháng {m}", 0))];
    }

    public Task<Figure> OverdueByPersonAsync(StatisticScope scope, CancellationToken ct) => figures.GetAsync(ObligationsStatistics.OverdueNow, scope, ct);

    private static readonly string[] TrendCodes =
    [
        PetitionsStatistics.Received, PetitionsStatistics.AnsweredOnTime, QuestionsStatistics.Asked, QuestionsStatistics.NotSatisfied,
        ObligationsStatistics.Due, ObligationsStatistics.Late, SupervisionStatistics.Recommendations, SupervisionStatistics.Done, CoordinationStatistics.DoneLate,
    ];

    /// <summary>Key figures this year against the same span of last year (to today, while the year is running).</summary>
    public async Task<IReadOnlyList<TrendRow>> TrendAsync(StatisticScope scope, CancellationToken ct)
    {
        var current = scope.Today < scope.To && scope.Today >= scope.From ? scope with { To = scope.Today } : scope;
        var previous = current.YearBefore();
        var rows = new List<TrendRow>();
        foreach (var code in TrendCodes)
        {
            var now = await figures.GetAsync(code, current, ct);
            var before = await figures.GetAsync(code, previous, ct);
            rows.Add(new TrendRow(code, now.Statistic.Name, now.Count, before.Count, current.To, previous.To));
        }

        return rows;
    }
}
