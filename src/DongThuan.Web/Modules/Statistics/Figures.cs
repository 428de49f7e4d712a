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

    public async Task<Figure> GetAsync(string code, StatisticScope scope, CancellationToken ct)
    {
        var s = catalogue.Get(code);
        var records = Query(s, scope);

        // Every record falls in exactly one slice, so a broken-down figure is the sum of its slices: one query, not two.
        var breakdown = s.CodeName is null && s.GroupLabel is null ? [] : await BreakdownAsync(s, records, ct);
        var count = s.CodeName is null && s.GroupLabel is null ? await records.CountAsync(ct) : breakdown.Sum(x => x.Count);
        var value = s.Measure == Measure.Count ? count : await MedianAsync(s, records, ct);
        return new Figure(s, count, value, breakdown);
    }

    /// <summary>Every figure in <paramref name="codes"/> (all registered when null), by code.</summary>
    public async Task<IReadOnlyDictionary<string, Figure>> SnapshotAsync(StatisticScope scope, IEnumerable<string>? codes, CancellationToken ct)
    {
        var result = new Dictionary<string, Figure>(StringComparer.Ordinal);
        foreach (var code in codes ?? catalogue.All.Select(s => s.Code))
        {
            result[code] = await GetAsync(code, scope, ct);
        }

        return result;
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

    private static async Task<IReadOnlyList<Slice>> BreakdownAsync(Statistic s, IQueryable<CountedRecord> records, CancellationToken ct)
    {
        var groups = await records.GroupBy(r => new { r.Group, r.Code }).Select(g => new { g.Key.Group, g.Key.Code, Count = g.Count() }).ToListAsync(ct);
        return [.. groups
            .Select(g => g.Group is { } name ? new Slice(name, name, g.Count)
                : g.Code is { } code ? new Slice("#" + code, s.CodeName?.Invoke(code) ?? code.ToString(System.Globalization.CultureInfo.InvariantCulture), g.Count)
                : new Slice(Unclassified, "Chưa phân loại", g.Count))
            .OrderByDescending(x => x.Count).ThenBy(x => x.Name, StringComparer.Ordinal)];
    }

    private async Task<double?> MedianAsync(Statistic s, IQueryable<CountedRecord> records, CancellationToken ct)
    {
        var spans = await records.Where(r => r.Started != null && r.Ended != null).Select(r => new { r.Started, r.Ended }).ToListAsync(ct);
        if (spans.Count == 0)
        {
            return null;
        }

        WorkingDays? days = s.Measure == Measure.MedianWorkingDays ? await calendar.FromAsync(spans.Min(x => x.Started!.Value), ct) : null;
        var values = spans.Select(x => days is null ? x.Ended!.Value.DayNumber - x.Started!.Value.DayNumber : days.Between(x.Started!.Value, x.Ended!.Value))
            .Order().ToList();
        var mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
    }
}
