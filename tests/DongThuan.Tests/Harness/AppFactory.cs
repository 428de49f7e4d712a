using DongThuan.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DongThuan.Tests.Harness;

/// <summary>
/// The real application on a real database of its own: a fresh SQLite file, or a fresh PostgreSQL
/// database when <c>DONGTHUAN_TEST_POSTGRES</c> names a server. Demo data is seeded, as on a first run.
/// </summary>
public abstract class AppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    static AppFactory() => QueryCounter.Listen();

    public abstract DatabaseProvider Provider { get; }

    /// <summary>
    /// Passwords hashed with few PBKDF2 rounds. Every test signs in, and the full cost (about 60 ms of CPU each) was
    /// a visible share of the suite; a host that measures sign-in timing keeps the real cost.
    /// </summary>
    protected virtual bool CheapPasswordHash => true;

    /// <summary>
    /// What the host logged as an error, for tests that check a situation is handled without alarming the operator
    /// (an error line is what a log watcher pages someone for). Errors are rare, so keeping them all costs nothing.
    /// </summary>
    public LogCapture Errors { get; } = new(LogLevel.Error);

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
        builder.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(Errors));
        // Every test talks from the same address; the rate limit has a test of its own (PetitionAbuseTests).
        builder.UseSetting("Petitions:RateLimit:PermitLimit", "100000");
        builder.UseSetting("Portal:Comments:PerAddressLimit", "100000"); // its own test: CommentAddressLimitTests
        // Tests run the reminders themselves, with a clock of their own (ReminderTests).
        builder.UseSetting("Reminders:Enabled", "false");
        // The copied template was checked when it was built; AuditTests runs the check itself.
        builder.UseSetting("Audit:CheckOnStart", "false");
        if (CheapPasswordHash)
        {
            builder.ConfigureServices(s => s.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000));
        }
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

/// <summary>
/// Unsealed so a test can run the same app with a twist (an extra endpoint, a stricter option). It starts from a
/// copy of the demo seeded once for the run (<see cref="DemoTemplate"/>), as if it had seeded it itself.
/// </summary>
public class SqliteApp : AppFactory
{
    private readonly string _dir;

    public SqliteApp()
        : this(Path.Combine(Path.GetTempPath(), "dongthuan-tests", Guid.NewGuid().ToString("N")))
    {
    }

    internal SqliteApp(string dataDirectory) => _dir = dataDirectory;

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    /// <summary>False for a host that must seed (or not seed) for itself: the template's own builder, a production start.</summary>
    protected virtual bool StartsFromDemoTemplate => true;

    /// <summary>The template's builder keeps its folder for the copies.</summary>
    internal virtual bool KeepsDataDirectory => false;

    public override async ValueTask InitializeAsync()
    {
        if (StartsFromDemoTemplate)
        {
            DemoTemplate.CopyInto(await DemoTemplate.SqliteAsync(), _dir);
        }
    }

    /// <summary>The data folder: the SQLite file, attachments, secrets and audit checkpoints of this host.</summary>
    public string DataDirectory => _dir;

    protected override IEnumerable<KeyValuePair<string, string?>> DatabaseSettings() =>
    [
        new("Database:Provider", "Sqlite"),
        new("DataDirectory", _dir),
        // A copy of the template is migrated already: checking it again cost every host a tenth of a second.
        new("Database:MigrateOnStart", StartsFromDemoTemplate ? "false" : "true"),
    ];

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (!KeepsDataDirectory)
        {
            DemoTemplate.DeleteFolder(_dir);
        }

        GC.SuppressFinalize(this);
    }
}

/// <summary>A PostgreSQL database of its own, created from the demo template database seeded once for the run.</summary>
public sealed class PostgresApp : AppFactory
{
    internal static readonly string? PostgresServer = Environment.GetEnvironmentVariable("DONGTHUAN_TEST_POSTGRES");
    private readonly string _database;

    // Files and mail go to a folder of this test's own, not to the source tree's data folder.
    private readonly string _dir;

    // The template's own builder: it creates an empty database, seeds it, and keeps it for the copies.
    private readonly bool _isTemplate;

    public PostgresApp()
        : this("dongthuan_test_" + Guid.NewGuid().ToString("N")[..12], Path.Combine(Path.GetTempPath(), "dongthuan-tests", Guid.NewGuid().ToString("N")), isTemplate: false)
    {
    }

    internal PostgresApp(string database, string dataDirectory, bool isTemplate)
    {
        _database = database;
        _dir = dataDirectory;
        _isTemplate = isTemplate;
    }

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public override string? Unavailable => string.IsNullOrWhiteSpace(PostgresServer)
        ? "PostgreSQL tests skipped: set DONGTHUAN_TEST_POSTGRES to a connection string (see README)."
        : null;

    // Pooled, as in production (a new PostgreSQL connection costs a process on the server: unpooled, this engine's
    // tests ran three times slower than SQLite's). The template's pool is emptied when its host is done, so that no
    // connection holds it open when it is copied.
    private string ConnectionString => new NpgsqlConnectionStringBuilder(PostgresServer) { Database = _database }.ConnectionString;

    protected override IEnumerable<KeyValuePair<string, string?>> DatabaseSettings() =>
    [
        new("Database:Provider", "Postgres"),
        new("ConnectionStrings:Postgres", ConnectionString),
        new("DataDirectory", _dir),
        new("Database:MigrateOnStart", _isTemplate ? "true" : "false"),
    ];

    public override async ValueTask InitializeAsync()
    {
        if (Unavailable is not null)
        {
            return;
        }

        if (_isTemplate)
        {
            await DemoTemplate.ExecuteOnServerAsync($"CREATE DATABASE \"{_database}\"");
            return;
        }

        await DemoTemplate.CreateFromPostgresTemplateAsync(_database);
        DemoTemplate.CopyInto((await DemoTemplate.PostgresAsync()).Folder, _dir);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Unavailable is null)
        {
            // The app's pool is keyed by the connection string it opens with, which is not quite the configured one.
            await using var pooled = new NpgsqlConnection(DongThuan.Web.Infrastructure.Database.DatabaseSetup.WithoutResetOnReturn(ConnectionString));
            NpgsqlConnection.ClearPool(pooled);
        }

        if (_isTemplate)
        {
            // Kept for the copies; DemoTemplate drops it at the end of the run.
            return;
        }

        if (Unavailable is null)
        {
            await DemoTemplate.ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
        }

        DemoTemplate.DeleteFolder(_dir);
        GC.SuppressFinalize(this);
    }
}

/// <summary>
/// A host on an empty SQLite database with no demo, in the test environment (mail to the pickup folder): a new council's
/// own installation on its first day, for journeys that must not lean on Cầu Giấy.
/// </summary>
public sealed class EmptyApp : SqliteApp
{
    protected override bool StartsFromDemoTemplate => false;

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Demo:Seed", "false");
    }
}
