using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DongThuan.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Bench;

/// <summary>
/// What EF Core's SQLite connection costs around each query outside a transaction, against the application's
/// (ADR 0044): EF Core's own registers its decimal and regular-expression functions with the native connection at
/// every open and removes them at every close. Measured on the application's schema in a small file, one context
/// reused as the pool reuses it: an open and a close alone, and the header's unread count (one small query).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ConnectionCycles : IDisposable
{
    private string _path = "";
    private SqliteDongThuanDb _efCores = null!;
    private SqliteDongThuanDb _lean = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _path = Path.Combine(Path.GetTempPath(), $"dongthuan-connections-{Environment.ProcessId}.db");
        _efCores = new SqliteDongThuanDb(new DbContextOptionsBuilder<SqliteDongThuanDb>().UseSqlite($"Data Source={_path}").Options);
        _lean = new SqliteDongThuanDb(new DbContextOptionsBuilder<SqliteDongThuanDb>().UseSqlite($"Data Source={_path}").UseLeanSqliteConnections().Options);
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
            _lean?.Dispose();
        }
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Open and close")]
    public void OpenCloseEfCores() => OpenClose(_efCores);

    [Benchmark, BenchmarkCategory("Open and close")]
    public void OpenCloseLean() => OpenClose(_lean);

    [Benchmark(Baseline = true), BenchmarkCategory("Unread count")]
    public Task<int> UnreadEfCores() => Unread(_efCores);

    [Benchmark, BenchmarkCategory("Unread count")]
    public Task<int> UnreadLean() => Unread(_lean);

    private static void OpenClose(SqliteDongThuanDb db)
    {
        db.Database.OpenConnection();
        db.Database.CloseConnection();
    }

    private static Task<int> Unread(SqliteDongThuanDb db) => db.Set<DongThuan.Web.Modules.Notifications.Notification>().CountAsync(n => n.UserId == "someone" && n.ReadAt == null);
}
