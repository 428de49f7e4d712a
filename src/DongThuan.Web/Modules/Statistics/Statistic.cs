using DongThuan.Web.Infrastructure.Database;

namespace DongThuan.Web.Modules.Statistics;

/// <summary>The council (through its unit) and the period a figure is counted for, and the day "overdue" is judged on.</summary>
public sealed record StatisticScope(Guid CouncilId, Guid UnitId, DateOnly From, DateOnly To, DateOnly Today)
{
    public static StatisticScope Year(Guid councilId, Guid unitId, int year, DateOnly today) => new(councilId, unitId, new(year, 1, 1), new(year, 12, 31), today);

    /// <summary>The same span a year earlier: for "against last year".</summary>
    public StatisticScope YearBefore() => this with { From = From.AddYears(-1), To = To.AddYears(-1) };
}

/// <summary>How a statistic turns its records into a figure.</summary>
public enum Measure
{
    /// <summary>The number of records.</summary>
    Count,

    /// <summary>The median of calendar days from <see cref="CountedRecord.Started"/> to <see cref="CountedRecord.Ended"/>.</summary>
    MedianDays,

    /// <summary>The same in working days (weekends and holidays of the calendar left out).</summary>
    MedianWorkingDays,
}

/// <summary>
/// One record a statistic counts, as the owning module projects it in its query. <see cref="Group"/> (a name
/// made in SQL) or <see cref="Code"/> (an enum value the statistic names) splits the figure into a breakdown.
/// </summary>
public sealed class CountedRecord
{
    public Guid Id { get; init; }

    /// <summary>The record's page is under this id when it is not the record's own (a document's session).</summary>
    public Guid? ParentId { get; init; }

    public string Title { get; init; } = "";

    public DateOnly? On { get; init; }

    public string? Group { get; init; }

    public int? Code { get; init; }

    public DateOnly? Started { get; init; }

    public DateOnly? Ended { get; init; }
}

/// <summary>
/// A figure with one definition: its code, its name and written meaning, and the query of the records it
/// counts. The module that owns the data registers it (<see cref="StatisticsRegistration.AddStatistic"/>);
/// the annual report, the dashboard and the API read figures only through it, so no two of them can disagree,
/// and each figure links to exactly the records it counts.
/// </summary>
public sealed record Statistic(
    string Code,
    string Name,
    string Meaning,
    Func<DongThuanDb, StatisticScope, IQueryable<CountedRecord>> Records,
    Func<CountedRecord, string> Url,
    Measure Measure = Measure.Count,
    Func<int, string>? CodeName = null,
    string? GroupLabel = null);

public static class StatisticsRegistration
{
    public static IServiceCollection AddStatistic(this IServiceCollection services, Statistic statistic) => services.AddSingleton(statistic);
}

/// <summary>The registered statistics by code.</summary>
public sealed class StatisticsCatalogue(IEnumerable<Statistic> statistics)
{
    private readonly Dictionary<string, Statistic> _all = statistics.ToDictionary(s => s.Code, StringComparer.Ordinal);

    public IReadOnlyCollection<Statistic> All => _all.Values;

    public Statistic? Find(string code) => _all.GetValueOrDefault(code);

    public Statistic Get(string code) => _all.TryGetValue(code, out var s) ? s : throw new KeyNotFoundException($"No statistic '{code}' is registered.");
}
