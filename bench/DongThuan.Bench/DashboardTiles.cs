using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Calendar;
using DongThuan.Web.Modules.Coordination;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Petitions;
using DongThuan.Web.Modules.Questions;
using DongThuan.Web.Modules.Review;
using DongThuan.Web.Modules.Sessions;
using DongThuan.Web.Modules.Statistics;
using DongThuan.Web.Modules.Supervision;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace DongThuan.Bench;

/// <summary>
/// Each dashboard tile as the application computes it (the statistics registry's query: a range on the
/// indexed date, counted and grouped in SQL) against the naive query a hand-written report would use on the
/// same table and engine: the year taken with a date function, which no index can serve, so the whole
/// 1,000,000-row table is scanned. Reported as ratios to the naive query (the baseline of each tile).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class DashboardTiles : IDisposable
{
    private const int Year = 2022;
    private static readonly DateOnly Today = new(2026, 12, 1);

    private string _path = "";
    private SqliteDongThuanDb _db = null!;
    private Dashboard _dashboard = null!;
    private SqliteConnection _raw = null!;
    private StatisticScope _scope = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _path = await HistoryDatabase.EnsureAsync();
        _db = HistoryDatabase.Open(_path);
        var statistics = new ServiceCollection().AddSessionsStatistics().AddQuestionsStatistics().AddPetitionsStatistics().AddSupervisionStatistics()
            .AddCoordinationStatistics().AddObligationsStatistics()
            .Select(d => d.ImplementationInstance).OfType<Statistic>();
        _dashboard = new Dashboard(new Figures(_db, new StatisticsCatalogue(statistics), new WorkingCalendar(_db)));
        _scope = StatisticScope.Year(HistoryDatabase.Council(3), HistoryDatabase.Unit(3), Year, Today);
        _raw = new SqliteConnection($"Data Source={_path}");
        await _raw.OpenAsync();
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _db.DisposeAsync();
        await _raw.DisposeAsync();
    }

    // Not sealed: BenchmarkDotNet derives from the class it runs.
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _db?.Dispose();
            _raw?.Dispose();
        }
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Petitions by field")]
    public Task<int> NaiveByField() => NaiveAsync(
        "SELECT f.Name, COUNT(*) FROM Petition p LEFT JOIN PetitionField f ON f.Id = p.FieldId WHERE p.CouncilId = $c AND strftime('%Y', p.ReceivedOn) = $y AND p.State <> 7 GROUP BY f.Name");

    [Benchmark, BenchmarkCategory("Petitions by field")]
    public async Task<int> TileByField() => (await _dashboard.PetitionsByFieldAsync(_scope, default)).Breakdown.Count;

    [Benchmark(Baseline = true), BenchmarkCategory("Petitions by month")]
    public Task<int> NaiveByMonth() => NaiveAsync(
        "SELECT strftime('%m', ReceivedOn), COUNT(*) FROM Petition WHERE CouncilId = $c AND strftime('%Y', ReceivedOn) = $y AND State <> 7 GROUP BY 1");

    [Benchmark, BenchmarkCategory("Petitions by month")]
    public async Task<int> TileByMonth() => (await _dashboard.PetitionsByMonthAsync(_scope, default)).Count;

    [Benchmark(Baseline = true), BenchmarkCategory("On time by agency")]
    public Task<int> NaiveAgencies() => NaiveAsync(
        "SELECT b.Name, SUM(o.State = 2 AND o.FulfilledOn <= o.OriginalDueOn), SUM((o.State = 2 AND o.FulfilledOn > o.OriginalDueOn) OR (o.State = 1 AND o.DueOn < $t)) "
        + "FROM Obligation o JOIN Body b ON b.Id = o.OwnerBodyId WHERE o.UnitId = $u AND strftime('%Y', o.OriginalDueOn) = $y GROUP BY b.Name");

    [Benchmark, BenchmarkCategory("On time by agency")]
    public async Task<int> TileAgencies() => (await _dashboard.AgenciesAsync(_scope, default)).Ranked.Count;

    [Benchmark(Baseline = true), BenchmarkCategory("Overdue now by person")]
    public Task<int> NaiveOverdue() => NaiveAsync(
        "SELECT COALESCE(p.FullName, b.Name), COUNT(*) FROM Obligation o LEFT JOIN Person p ON p.Id = o.OwnerPersonId LEFT JOIN Body b ON b.Id = o.OwnerBodyId "
        + "WHERE o.UnitId = $u AND o.State = 1 AND julianday(o.DueOn) < julianday($t) GROUP BY 1");

    [Benchmark, BenchmarkCategory("Overdue now by person")]
    public async Task<int> TileOverdue() => (await _dashboard.OverdueByPersonAsync(_scope, default)).Breakdown.Count;

    private async Task<int> NaiveAsync(string sql)
    {
        await using var command = _raw.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$c", HistoryDatabase.Council(3).ToString().ToUpperInvariant());
        command.Parameters.AddWithValue("$u", HistoryDatabase.Unit(3).ToString().ToUpperInvariant());
        command.Parameters.AddWithValue("$y", Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$t", Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        while (await reader.ReadAsync())
        {
            rows++;
        }

        return rows;
    }
}
