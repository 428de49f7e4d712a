using DongThuan.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DongThuan.Tests.Harness;

/// <summary>
/// The real application on a real database of its own: a fresh SQLite file, or a fresh PostgreSQL
/// database when <c>DONGTHUAN_TEST_POSTGRES</c> names a server. Demo data is seeded, as on a first run.
/// </summary>
public abstract class AppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public abstract DatabaseProvider Provider { get; }

    /// <summary>Why this database cannot be tested here, or null when it can.</summary>
    public virtual string? Unavailable => null;

    protected abstract IEnumerable<KeyValuePair<string, string?>> DatabaseSettings();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in DatabaseSettings())
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Every test talks from the same address; the rate limit has a test of its own (PetitionAbuseTests).
        builder.UseSetting("Petitions:RateLimit:PermitLimit", "100000");
        // Tests run the reminders themselves, with a clock of their own (ReminderTests).
        builder.UseSetting("Reminders:Enabled", "false");
    }

    public virtual ValueTask InitializeAsync() => ValueTask.CompletedTask;

    /// <summary>Runs <paramref name="work"/> with the application's own database context.</summary>
    public async Task<T> WithDb<T>(Func<DongThuanDb, IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<DongThuanDb>(), scope.ServiceProvider);
    }

    public Task WithDb(Func<DongThuanDb, Task> work) => WithDb(async (db, _) =>
    {
        await work(db);
        return 0;
    });

    /// <summary>Skips the calling test when this database is not available, or fails it when the run requires everything.</summary>
    public void RequireAvailable()
    {
        if (Unavailable is { } why)
        {
            if (Environment.GetEnvironmentVariable("DONGTHUAN_REQUIRE_ALL") == "1")
            {
                Assert.Fail($"{why} (DONGTHUAN_REQUIRE_ALL=1 requires it)");
            }

            Assert.Skip(why);
        }
    }
}

/// <summary>Unsealed so a test can run the same app with a twist (an extra endpoint, a stricter option).</summary>
public class SqliteApp : AppFactory
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "dongthuan-tests", Guid.NewGuid().ToString("N"));

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    /// <summary>The data folder: the SQLite file, attachments, secrets and audit checkpoints of this host.</summary>
    public string DataDirectory => _dir;

    protected override IEnumerable<KeyValuePair<string, string?>> DatabaseSettings() =>
    [
        new("Database:Provider", "Sqlite"),
        new("DataDirectory", _dir),
    ];

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; a failed test run is not.
        }

        GC.SuppressFinalize(this);
    }
}

public sealed class PostgresApp : AppFactory
{
    private static readonly string? PostgresServer = Environment.GetEnvironmentVariable("DONGTHUAN_TEST_POSTGRES");
    private readonly string _database = "dongthuan_test_" + Guid.NewGuid().ToString("N")[..12];

    // Files and mail go to a folder of this test's own, not to the source tree's data folder.
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "dongthuan-tests", Guid.NewGuid().ToString("N"));

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public override string? Unavailable => string.IsNullOrWhiteSpace(PostgresServer)
        ? "PostgreSQL tests skipped: set DONGTHUAN_TEST_POSTGRES to a connection string (see README)."
        : null;

    private string ConnectionString => new NpgsqlConnectionStringBuilder(PostgresServer) { Database = _database, Pooling = false }.ConnectionString;

    protected override IEnumerable<KeyValuePair<string, string?>> DatabaseSettings() =>
    [
        new("Database:Provider", "Postgres"),
        new("ConnectionStrings:Postgres", ConnectionString),
        new("DataDirectory", _dir),
    ];

    public override async ValueTask InitializeAsync()
    {
        if (Unavailable is not null)
        {
            return;
        }

        await using var conn = new NpgsqlConnection(PostgresServer);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", conn);
        await cmd.ExecuteNonQueryAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Unavailable is null)
        {
            await using var conn = new NpgsqlConnection(PostgresServer);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // Nothing was written, or a temp folder is left behind: harmless either way.
        }

        GC.SuppressFinalize(this);
    }
}
