using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Notifications;
using DongThuan.Web.Modules.Obligations;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Bench;

/// <summary>
/// The reads nearly every signed-in page runs, as ordinary LINQ and as the application runs them, compiled (ADR 0045):
/// the header's unread count, and a list's obligations by id (twenty ids). On the application's schema in a small file
/// with no rows, so what is measured is what EF Core does around the statement, which is what compiling removes. The
/// context has the application's options (<c>DatabaseSetup.UseDongThuanSqlite</c>): a list is one parameter.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CompiledReads : IDisposable
{
    private readonly Guid[] _ids = [.. Enumerable.Range(0, 20).Select(_ => Guid.NewGuid())];
    private readonly System.Security.Claims.ClaimsPrincipal _someone =
        new(new System.Security.Claims.ClaimsIdentity([new(System.Security.Claims.ClaimTypes.NameIdentifier, "someone")], "bench"));

    private string _path = "";
    private SqliteDongThuanDb _db = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _path = Path.Combine(Path.GetTempPath(), $"dongthuan-compiled-{Environment.ProcessId}.db");
        _db = new SqliteDongThuanDb(new DbContextOptionsBuilder<SqliteDongThuanDb>().UseDongThuanSqlite($"Data Source={_path}").Options);
        await _db.Database.EnsureCreatedAsync();
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
            _db?.Dispose();
        }
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Unread count")]
    public Task<int> UnreadBuilt() => _db.Set<Notification>().CountAsync(n => n.UserId == "someone" && n.ReadAt == null);

    [Benchmark, BenchmarkCategory("Unread count")]
    public Task<int> UnreadCompiled() => new UnreadCount(_db).ForAsync(_someone);

    [Benchmark(Baseline = true), BenchmarkCategory("Obligations by id")]
    public async Task<int> ByIdBuilt()
    {
        var wanted = _ids.Distinct().ToList();
        return (await _db.Set<Obligation>().AsNoTracking().Where(o => wanted.Contains(o.Id)).ToDictionaryAsync(o => o.Id)).Count;
    }

    [Benchmark, BenchmarkCategory("Obligations by id")]
    public async Task<int> ByIdCompiled() => (await _db.ObligationsByIdAsync(_ids, default)).Count;
}
