using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Notifications;
using DongThuan.Web.Modules.Obligations;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Bench;

/// <summary>
/// What EF Core does around each small query, and what the application takes off it, on the application's schema in a
/// small file with no rows (so the figure is the work around the statement), one context reused as the pool reuses it:
/// <list type="bullet">
/// <item>EF Core's SQLite connection registers its decimal and regular-expression functions with the native connection
/// at every open and removes them at every close; the application's does not (ADR 0044). An open and a close alone, and
/// the header's unread count.</item>
/// <item>The reads nearly every signed-in page runs, as LINQ and compiled as the application runs them (ADR 0045): the
/// unread count, and a list's obligations by id (twenty ids).</item>
/// </list>
/// The application's contexts have its options (<c>DatabaseSetup.UseDongThuanSqlite</c>: the lean connection, a list as
/// one parameter); the other has EF Core's defaults but for the list.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PerQueryCosts : IDisposable
{
    private readonly Guid[] _ids = [.. Enumerable.Range(0, 20).Select(_ => Guid.NewGuid())];
    private readonly System.Security.Claims.ClaimsPrincipal _someone =
        new(new System.Security.Claims.ClaimsIdentity([new(System.Security.Claims.ClaimTypes.NameIdentifier, "someone")], "bench"));

    private string _path = "";
    private SqliteDongThuanDb _efCores = null!;
    private SqliteDongThuanDb _app = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _path = Path.Combine(Path.GetTempPath(), $"dongthuan-per-query-{Environment.ProcessId}.db");
        var file = $"Data Source={_path}";
        _efCores = new SqliteDongThuanDb(new DbContextOptionsBuilder<SqliteDongThuanDb>()
            .UseSqlite(file, q => q.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)).Options);
        _app = new SqliteDongThuanDb(new DbContextOptionsBuilder<SqliteDongThuanDb>().UseDongThuanSqlite(file).Options);
        await _efCores.Database.EnsureCreatedAsync();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_path);
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
            _efCores?.Dispose();
            _app?.Dispose();
        }
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Open and close")]
    public void OpenCloseEfCores() => OpenClose(_efCores);

    [Benchmark, BenchmarkCategory("Open and close")]
    public void OpenCloseApp() => OpenClose(_app);

    [Benchmark(Baseline = true), BenchmarkCategory("Unread count")]
    public Task<int> UnreadEfCoresLinq() => UnreadLinq(_efCores);

    [Benchmark, BenchmarkCategory("Unread count")]
    public Task<int> UnreadAppLinq() => UnreadLinq(_app);

    [Benchmark, BenchmarkCategory("Unread count")]
    public Task<int> UnreadAppCompiled() => new UnreadCount(_app).ForAsync(_someone);

    [Benchmark(Baseline = true), BenchmarkCategory("Obligations by id")]
    public async Task<int> ByIdAppLinq()
    {
        var wanted = _ids.Distinct().ToList();
        return (await _app.Set<Obligation>().AsNoTracking().Where(o => wanted.Contains(o.Id)).ToDictionaryAsync(o => o.Id)).Count;
    }

    [Benchmark, BenchmarkCategory("Obligations by id")]
    public async Task<int> ByIdAppCompiled() => (await _app.ObligationsByIdAsync(_ids, default)).Count;

    private static void OpenClose(SqliteDongThuanDb db)
    {
        db.Database.OpenConnection();
        db.Database.CloseConnection();
    }

    private static Task<int> UnreadLinq(SqliteDongThuanDb db) => db.Set<Notification>().CountAsync(n => n.UserId == "someone" && n.ReadAt == null);
}
