using System.Linq.Expressions;
using System.Reflection;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Calendar;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Statistics;

/// <summary>One part of a breakdown: its key (for the link to its records), its name, its count.</summary>
public sealed record Slice(string Key, string Name, int Count);

/// <summary>A statistic's value for a scope: the number of records it counts, the measured value (the count, or a median), and its breakdown.</summary>
public sealed record Figure(Statistic Statistic, int Count, double? Value, IReadOnlyList<Slice> Breakdown);

/// <summary>
/// Computes figures from the statistics' own queries: counts and breakdowns in SQL (so a large history is
/// not loaded), medians from the dates of the records counted. The records behind a figure come from the
/// same query, so a figure always equals the length of its list.
/// </summary>
public sealed class Figures(DongThuanDb db, StatisticsCatalogue catalogue, WorkingCalendar calendar)
{
    public const string Unclassified = "-";

    public StatisticsCatalogue Catalogue => catalogue;

    public async Task<Figure> GetAsync(string code, StatisticScope scope, CancellationToken ct) => (await SnapshotAsync(scope, [code], ct))[code];

    /// <summary>
    /// Every figure in <paramref name="codes"/> (all registered when null), by code, in two queries whatever their number:
    /// one counts every statistic's records by slice (each statistic's query a branch of one UNION ALL), one reads the
    /// spans the medians are taken of. The annual report asks for some fifty figures; one query each was most of its cost.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, Figure>> SnapshotAsync(StatisticScope scope, IEnumerable<string>? codes, CancellationToken ct)
    {
        var statistics = (codes ?? catalogue.All.Select(s => s.Code)).Distinct(StringComparer.Ordinal).Select(catalogue.Get).ToList();
        var counted = statistics.Count == 0 ? [] : await ListAsync("counts", statistics, scope, at =>
        {
            IQueryable<SliceCount>? slices = null;
            foreach (var s in statistics)
            {
                // Every record falls in exactly one slice, so a figure is the sum of its slices, broken down or not.
                var code = s.Code;
                var branch = Query(s, at).Select(r => new SliceCount { Statistic = code, Group = r.Group ?? NoGroup, Code = r.Code ?? NoCode });
                slices = slices is null ? branch : slices.Concat(branch);
            }

            return slices!.GroupBy(x => new { x.Statistic, x.Group, x.Code })
                .Select(g => new SliceCount { Statistic = g.Key.Statistic, Group = g.Key.Group, Code = g.Key.Code, Count = g.Count() });
        }, ct);

        var spans = await SpansAsync(statistics.Where(s => s.Measure != Measure.Count).ToList(), scope, ct);
        var byStatistic = counted.ToLookup(c => c.Statistic, StringComparer.Ordinal);
        var result = new Dictionary<string, Figure>(StringComparer.Ordinal);
        foreach (var s in statistics)
        {
            var own = byStatistic[s.Code].ToList();
            var breakdown = s.CodeName is null && s.GroupLabel is null ? [] : Breakdown(s, own);
            var count = own.Sum(c => c.Count);
            var value = s.Measure == Measure.Count ? count : Median(s, spans.Values[s.Code], spans.Days);
            result[s.Code] = new Figure(s, count, value, breakdown);
        }

        return result;
    }

    /// <summary>
    /// Runs a query built from statistics for a scope, compiled once for the process per kind and list of statistics.
    /// The annual report's queries are UNION ALLs of some fifty branches; EF Core otherwise walks each whole tree on every
    /// request to find its parameters and to look up its cached plan, and the branches were built again each time: most
    /// of the page's own CPU (ADR 0042). <see cref="CompiledQueries"/> says when a list cannot be compiled; then the query
    /// runs as built.
    /// </summary>
    private async Task<List<T>> ListAsync<T>(string kind, IReadOnlyList<Statistic> statistics, StatisticScope scope, Func<StatisticScope, IQueryable<T>> build, CancellationToken ct)
    {
        // By provider too: a compiled query keeps the SQL of the first context it ran on (the tests run both in one process).
        var key = (db.GetType(), typeof(T), kind + "\n" + string.Join("\n", statistics.Select(s => s.Code)));
        var compiled = (Func<DongThuanDb, StatisticScope, IAsyncEnumerable<T>>?)Compiled.GetOrAdd(key, _ => CompiledQueries.Compile(build));
        if (compiled is null)
        {
            return await build(scope).ToListAsync(ct);
        }

        return await compiled(db, scope).ToListAsync(ct);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(Type, Type, string), object?> Compiled = new();

    /// <summary>
    /// The statistics whose count cannot be compiled (<see cref="CompiledQueries.Compile"/>). Their figures stay right,
    /// as every query that includes them runs as built, only slower; a test keeps the list empty.
    /// </summary>
    internal IReadOnlyList<string> Uncompiled() =>
        [.. catalogue.All.Where(s => CompiledQueries.Compile(at => Query(s, at).Select(r => r.Id)) is null).Select(s => s.Code)];

    // NULL stands for "no group" and "no code" in SQL; in a UNION ALL whose every branch leaves a column NULL, PostgreSQL
    // cannot tell the column's type, so the branches write these instead (no group is named so, no enum has this value).
    private const string NoGroup = "\u0001";
    private const int NoCode = int.MinValue;

    private sealed class SliceCount
    {
        public string Statistic { get; init; } = "";
        public string Group { get; init; } = "";
        public int Code { get; init; }
        public int Count { get; init; }
    }

    private sealed class Span
    {
        public string Statistic { get; init; } = "";
        public DateOnly Started { get; init; }
        public DateOnly Ended { get; init; }
    }

    /// <summary>A page of the records a figure counts, optionally one slice of its breakdown, with the total.</summary>
    public async Task<(IReadOnlyList<CountedRecord> Items, int Total)> RecordsAsync(Statistic s, StatisticScope scope, string? key, int page, int pageSize, CancellationToken ct)
    {
        var records = Slice(Query(s, scope), key);
        var total = await records.CountAsync(ct);
        var items = await records.OrderBy(r => r.On).ThenBy(r => r.Title).ThenBy(r => r.Id).Skip(Math.Max(0, page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return (items, total);
    }

    /// <summary>
    /// The first <paramref name="count"/> titles of each statistic's records, in the order of <see cref="RecordsAsync"/>,
    /// in one query (each statistic a branch of a UNION ALL): what the report's shortcomings name.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> FirstTitlesAsync(IEnumerable<string> codes, StatisticScope scope, int count, CancellationToken ct)
    {
        var statistics = codes.Distinct(StringComparer.Ordinal).Select(catalogue.Get).ToList();
        var rows = statistics.Count == 0 ? [] : await ListAsync($"titles {count}", statistics, scope, at =>
        {
            IQueryable<Titled>? titles = null;
            foreach (var s in statistics)
            {
                var code = s.Code;
                var branch = Query(s, at).OrderBy(r => r.On).ThenBy(r => r.Title).ThenBy(r => r.Id).Take(count)
                    .Select(r => new Titled { Statistic = code, Title = r.Title, On = r.On ?? NoDay, Id = r.Id });
                titles = titles is null ? branch : titles.Concat(branch);
            }

            return titles!;
        }, ct);
        return rows.GroupBy(r => r.Statistic, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.OrderBy(r => r.On).ThenBy(r => r.Title, StringComparer.Ordinal).ThenBy(r => r.Id).Select(r => r.Title)],
                StringComparer.Ordinal);
    }

    /// <summary>"No date", for the same reason as <see cref="NoGroup"/>; it sorts first, as SQL sorts a missing date.</summary>
    private static readonly DateOnly NoDay = DateOnly.MinValue;

    private sealed class Titled
    {
        public string Statistic { get; init; } = "";
        public string Title { get; init; } = "";
        public DateOnly On { get; init; }
        public Guid Id { get; init; }
    }

    /// <summary>
    /// The statistic's query, with every member of <see cref="CountedRecord"/> it leaves out bound to null, so
    /// that grouping or filtering on one (a statistic without a breakdown has no <c>Group</c>) still translates to SQL.
    /// </summary>
    private IQueryable<CountedRecord> Query(Statistic s, StatisticScope scope)
    {
        var records = s.Records(db, scope).AsNoTracking();
        return records.Provider.CreateQuery<CountedRecord>(new CompleteRecords().Visit(records.Expression));
    }

    private sealed class CompleteRecords : ExpressionVisitor
    {
        private static readonly PropertyInfo[] Members = typeof(CountedRecord).GetProperties();

        protected override Expression VisitMemberInit(MemberInitExpression node)
        {
            var visited = (MemberInitExpression)base.VisitMemberInit(node);
            if (visited.Type != typeof(CountedRecord))
            {
                return visited;
            }

            var bound = visited.Bindings.Select(b => b.Member.Name).ToHashSet(StringComparer.Ordinal);
            var missing = Members.Where(m => !bound.Contains(m.Name)).Select(m => (MemberBinding)Expression.Bind(m, Expression.Default(m.PropertyType)));
            return Expression.MemberInit(visited.NewExpression, visited.Bindings.Concat(missing));
        }
    }

    public static string SliceName(Statistic s, string key) =>
        key == Unclassified ? "Chưa phân loại"
        : key.StartsWith('#') && int.TryParse(key.AsSpan(1), out var code) && s.CodeName is { } name ? name(code)
        : key;

    private static IQueryable<CountedRecord> Slice(IQueryable<CountedRecord> records, string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return records;
        }

        if (key == Unclassified)
        {
            return records.Where(r => r.Group == null && r.Code == null);
        }

        if (key.StartsWith('#') && int.TryParse(key.AsSpan(1), out var code))
        {
            return records.Where(r => r.Code == code);
        }

        return records.Where(r => r.Group == key);
    }

    private static IReadOnlyList<Slice> Breakdown(Statistic s, IEnumerable<SliceCount> counts) =>
        [.. counts
            .Select(g => g.Group != NoGroup ? new Slice(g.Group, g.Group, g.Count)
                : g.Code != NoCode ? new Slice("#" + g.Code, s.CodeName?.Invoke(g.Code) ?? g.Code.ToString(System.Globalization.CultureInfo.InvariantCulture), g.Count)
                : new Slice(Unclassified, "Chưa phân loại", g.Count))
            .OrderByDescending(x => x.Count).ThenBy(x => x.Name, StringComparer.Ordinal)];

    /// <summary>The spans of every median statistic, in one query, and the working days from the earliest (when any statistic counts them).</summary>
    private async Task<(ILookup<string, Span> Values, WorkingDays? Days)> SpansAsync(List<Statistic> medians, StatisticScope scope, CancellationToken ct)
    {
        var values = medians.Count == 0 ? [] : await ListAsync("spans", medians, scope, at =>
        {
            IQueryable<Span>? spans = null;
            foreach (var s in medians)
            {
                var code = s.Code;
                var branch = Query(s, at).Where(r => r.Started != null && r.Ended != null).Select(r => new Span { Statistic = code, Started = r.Started!.Value, Ended = r.Ended!.Value });
                spans = spans is null ? branch : spans.Concat(branch);
            }

            return spans!;
        }, ct);
        WorkingDays? days = values.Count > 0 && medians.Any(s => s.Measure == Measure.MedianWorkingDays) ? await calendar.FromAsync(values.Min(x => x.Started), ct) : null;
        return (values.ToLookup(v => v.Statistic, StringComparer.Ordinal), days);
    }

    private static double? Median(Statistic s, IEnumerable<Span> spans, WorkingDays? days)
    {
        var values = spans.Select(x => s.Measure == Measure.MedianWorkingDays ? days!.Between(x.Started, x.Ended) : x.Ended.DayNumber - x.Started.DayNumber).Order().ToList();
        if (values.Count == 0)
        {
            return null;
        }

        var mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
    }
}
