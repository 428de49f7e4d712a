using System.Net;
using System.Text.Json;
using DongThuan.Tests.Harness;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace DongThuan.Tests.Infrastructure;

/// <summary>A first start creates the database, seeds the demo, and serves health and the OpenAPI document.</summary>
public abstract class StartupTests
{
    private readonly AppFactory _app;

    protected StartupTests(AppFactory app)
    {
        app.RequireAvailable();
        _app = app;
    }

    /// <summary>A running server no longer compares its model with the last migration on every start (DatabaseSetup): this does, once per engine.</summary>
    [Fact]
    public async Task The_model_has_no_change_that_a_migration_does_not_carry()
    {
        var pending = await _app.WithDb((db, _) => Task.FromResult(Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.HasPendingModelChanges(db.Database)));
        Assert.False(pending, "the model changed since the last migration of this engine: add a migration for both engines (README, Development)");
    }

    /// <summary>
    /// The migrations up to 2026-12-06 were squashed into a baseline (ADR 0043). A database brought to the end of the
    /// old chain is taken over without running anything; one stopped part-way is refused with what to do, unchanged.
    /// </summary>
    [Fact]
    public async Task A_database_at_the_end_of_the_squashed_chain_is_taken_over_and_one_stopped_part_way_is_refused()
    {
        var ct = TestContext.Current.CancellationToken;
        var last = _app.Provider == DatabaseProvider.Sqlite ? MigrationBaseline.SqliteLastSquashed : MigrationBaseline.PostgresLastSquashed;
        await _app.WithDb(async db =>
        {
            var history = db.GetService<IHistoryRepository>();
            // Every migration is applied, the baseline first; a database of the old chain has the baseline's schema, so
            // the ones after it are stepped back (this class's database is its own) and must be applied again.
            var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).ToList();
            Assert.Equal(db.Database.GetMigrations(), applied);
            var baseline = applied[0];
            Assert.EndsWith("_Baseline", baseline, StringComparison.Ordinal);
            var units = await db.Set<Unit>().CountAsync(ct);
            await db.GetService<IMigrator>().MigrateAsync(baseline, cancellationToken: ct);

            async Task WriteHistory(params string[] ids)
            {
                foreach (var row in await history.GetAppliedMigrationsAsync(ct))
                {
                    await db.Database.ExecuteSqlRawAsync(history.GetDeleteScript(row.MigrationId), ct);
                }

                foreach (var id in ids)
                {
                    await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(id, "9.0.0")), ct);
                }
            }

            try
            {
                // Stopped part-way: refused before anything changes, in both languages, naming the version to go through.
                await WriteHistory("20261129121907_Initial", "20261205123455_Open311Clients");
                var refused = await Assert.ThrowsAsync<DatabaseTooOldException>(() => MigrationBaseline.MigrateAsync(db, ct));
                Assert.Equal("20261205123455_Open311Clients", refused.LastApplied);
                Assert.Contains(MigrationBaseline.LastCommitWithTheChain, refused.Message, StringComparison.Ordinal);
                Assert.Contains("Cơ sở dữ liệu do phiên bản DongThuan cũ tạo", refused.Message, StringComparison.Ordinal);
                Assert.Equal(["20261129121907_Initial", "20261205123455_Open311Clients"], await db.Database.GetAppliedMigrationsAsync(ct));

                // At the end of the old chain: the baseline takes its place, nothing is left to apply, and the data stays.
                // Two instances starting at once on the shared database both start.
                await WriteHistory("20261129121907_Initial", "20261205123455_Open311Clients", last);
                await using (var other = _app.Services.CreateAsyncScope())
                {
                    await Task.WhenAll(
                        MigrationBaseline.MigrateAsync(db, ct),
                        MigrationBaseline.MigrateAsync(other.ServiceProvider.GetRequiredService<DongThuanDb>(), ct));
                }

                Assert.Equal(applied, await db.Database.GetAppliedMigrationsAsync(ct));
                Assert.Empty(await db.Database.GetPendingMigrationsAsync(ct));
                Assert.Equal(units, await db.Set<Unit>().CountAsync(ct));

                // And again: a database that has the baseline is left as it is.
                await MigrationBaseline.MigrateAsync(db, ct);
                Assert.Equal(applied, await db.Database.GetAppliedMigrationsAsync(ct));
            }
            finally
            {
                await WriteHistory([.. applied]);
            }
        });
    }

    [Fact]
    public async Task Health_reports_the_database_reachable()
    {
        using var client = _app.CreateClient();
        var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Demo_reproduces_Cau_Giay_and_the_2025_reform()
    {
        await _app.WithDb(async db =>
        {
            var district = await db.Units.SingleAsync(u => u.Name == "Quận Cầu Giấy");
            Assert.Equal(new DateOnly(2025, 6, 30), district.ValidTo);
            Assert.Equal(UnitLevel.District, district.Level);
            var successors = await db.UnitSuccessions.Where(s => s.PredecessorId == district.Id)
                .Join(db.Units, s => s.SuccessorId, u => u.Id, (s, u) => u.Name).OrderBy(n => n).ToListAsync();
            Assert.Equal(["Phường Cầu Giấy", "Phường Nghĩa Đô", "Phường Yên Hòa"], successors);
            Assert.Equal(8, await db.Units.CountAsync(u => u.ParentId == district.Id));

            var council = await db.Bodies.SingleAsync(b => b.Kind == BodyKind.Council && b.UnitId == district.Id);
            var committees = await db.Bodies.Where(b => b.ParentBodyId == council.Id && b.Kind == BodyKind.CouncilCommittee).Select(b => b.Name).ToListAsync();
            Assert.Equal(2, committees.Count);
            Assert.Contains(committees, n => n.StartsWith("Ban Pháp chế", StringComparison.Ordinal));
            Assert.Contains(committees, n => n.StartsWith("Ban Kinh tế – Xã hội", StringComparison.Ordinal));

            var termVI = await db.Terms.SingleAsync(t => t.CouncilId == council.Id && t.Number == 6);
            Assert.Equal("Khóa VI (2021–2026)", termVI.Label);
            var delegates = await db.Positions.CountAsync(p => p.BodyId == council.Id && p.Title == "Đại biểu HĐND" && p.TermId == termVI.Id);
            Assert.Equal(40, delegates);

            Assert.True(await db.Bodies.AnyAsync(b => b.Kind == BodyKind.PeoplesCommittee && b.UnitId == district.Id));
            Assert.True(await db.Bodies.CountAsync(b => b.Kind == BodyKind.ExecutiveDepartment && b.UnitId == district.Id) >= 10);
            Assert.True(await db.Bodies.AnyAsync(b => b.Kind == BodyKind.FrontStandingBoard && b.UnitId == district.Id));
            Assert.Equal(DongThuan.Web.Modules.Accounts.Demo.DemoAccounts.All.Length + DongThuan.Web.Modules.Accounts.Demo.DemoAccounts.Ward.Length, await db.Users.CountAsync());
            Assert.Equal(8, DongThuan.Web.Modules.Accounts.Demo.DemoAccounts.All.Length);

            // And the present: the ward council that succeeded the district, sitting today with its 15 delegates.
            var ward = await db.Bodies.SingleAsync(b => b.Name == "HĐND phường Cầu Giấy");
            Assert.Equal((BodyKind.Council, new DateOnly(2025, 7, 1), (DateOnly?)null), (ward.Kind, ward.ValidFrom!.Value, ward.ValidTo));
            Assert.Equal(15, await db.Positions.CountAsync(p => p.BodyId == ward.Id && p.Title == "Đại biểu HĐND phường"));
        });
    }

    [Fact]
    public async Task OpenApi_document_lists_the_api()
    {
        using var client = _app.CreateClient();
        using var doc = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var paths = doc.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/auth/token", out _));
        Assert.True(paths.TryGetProperty("/api/v1/me", out _));
        Assert.True(paths.TryGetProperty("/api/v1/organisation/units", out _));

        // Each question step shows its own body, not the question-writing form's (the API once shared the pages' input types).
        string BodyOf(string path)
        {
            var schema = paths.GetProperty(path).GetProperty("post").GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
            var reference = schema.GetProperty("$ref").GetString()!;
            var properties = doc.RootElement.GetProperty("components").GetProperty("schemas").GetProperty(reference.Split('/')[^1]).GetProperty("properties");
            return string.Join(",", properties.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        }

        Assert.Equal("bodyId,note,on,respondentName,respondentPersonId,role", BodyOf("/api/v1/questions/{id}/forward"));
        Assert.Equal("answer,interim,letterDate,letterNumber,measures,on,responsibility,signerName,signerTitle,timeFrame", BodyOf("/api/v1/questions/{id}/answer"));
        Assert.Equal("followUp,note,on,satisfied", BodyOf("/api/v1/questions/{id}/evaluate"));
        Assert.Equal("channel,coSigners,content,delegatePersonId,on,sessionId,title", BodyOf("/api/v1/questions"));
        Assert.Equal("email,password,personId,roles,userName", string.Join(",", BodyOf("/api/v1/accounts").Split(',').Where(p => p != "displayName")));
        Assert.Equal("councilId,endsOn,isPublic,kind,number,startsOn,termId,venue", BodyOf("/api/v1/sessions"));
        Assert.Equal("agencyBodyId,fieldId,level,note,officialPersonId,on,redactedContent", BodyOf("/api/v1/petitions/{id}/route"));
        Assert.Equal("agencyBodyId,officialPersonId,reason", BodyOf("/api/v1/petitions/{id}/transfer"));
        Assert.Equal("interim,on,text", BodyOf("/api/v1/petitions/{id}/answer"));

        // Uploads read their form after authorization, so their body is written in by hand: the file part, binary, and the text beside it.
        foreach (var (path, file, text) in new[] { ("/api/v1/imports/{kind}", "file", ""), ("/api/v1/sessions/documents/{id}/files", "file", ""),
                     ("/api/v1/portal/articles/{id}/photos", "photo", "alt,caption") })
        {
            var schema = paths.GetProperty(path).GetProperty("post").GetProperty("requestBody").GetProperty("content").GetProperty("multipart/form-data").GetProperty("schema");
            Assert.Equal("binary", schema.GetProperty("properties").GetProperty(file).GetProperty("format").GetString());
            Assert.Equal(file, Assert.Single(schema.GetProperty("required").EnumerateArray()).GetString());
            Assert.Equal(text, string.Join(",", schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).Where(n => n != file).Order(StringComparer.Ordinal)));
        }
    }

    [Fact]
    public async Task Unknown_addresses_are_404_for_everyone_with_a_page_or_problem_details()
    {
        using var client = _app.CreateClient(new() { AllowAutoRedirect = false });
        var page = await client.GetAsync("/khong-co-trang-nay");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("Không tìm thấy trang", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var api = await client.GetAsync("/api/v1/khong-co");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }
}

public sealed class StartupTestsOnSqlite(SqliteApp app) : StartupTests(app), IClassFixture<SqliteApp>;

public sealed class StartupTestsOnPostgres(PostgresApp app) : StartupTests(app), IClassFixture<PostgresApp>;

/// <summary>With the database out of reach, health says so with 503 instead of pretending.</summary>
public sealed class HealthWhenDatabaseIsDown : IClassFixture<HealthWhenDatabaseIsDown.UnreachableDatabase>
{
    private readonly UnreachableDatabase _app;

    public HealthWhenDatabaseIsDown(UnreachableDatabase app) => _app = app;

    public sealed class UnreachableDatabase : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            builder.UseSetting("Database:Provider", "Postgres");
            // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
            builder.UseSetting("ConnectionStrings:Postgres", "Host=127.0.0.1;Port=9;Database=none;Username=none;Password=none;Timeout=2");
            builder.UseSetting("Database:MigrateOnStart", "false");
        }
    }

    [Fact]
    public async Task Health_is_503()
    {
        using var client = _app.CreateClient();
        var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }
}

/// <summary>The app started as in production: no demo unless asked for, and a log line saying how to create the first administrator.</summary>
public sealed class ProductionApp : SqliteApp
{
    public LogCapture Logs { get; } = new();

    // It starts empty, as a production install does.
    protected override bool StartsFromDemoTemplate => false;

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        // Not given at all, as in a production install's settings (an empty value reads as "not given").
        builder.UseSetting("Demo:Seed", "");
        builder.ConfigureServices(s => s.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Logs));
    }
}

public sealed class ProductionStartTests(ProductionApp app) : IClassFixture<ProductionApp>
{
    [Fact]
    public async Task A_production_start_seeds_no_demo_and_says_how_to_create_an_administrator()
    {
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(0, await app.WithDb((db, _) => db.Units.CountAsync()));
        Assert.Equal(0, await app.WithDb((db, _) => db.Users.CountAsync()));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!app.Logs.Lines.Any(l => l.Contains("create-admin", StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Contains(app.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("No administrator yet", StringComparison.Ordinal));
    }
}

/// <summary>The demo asked for outside Development: every start warns that accounts carry the published demo password.</summary>
public sealed class DemoOutsideDevelopmentApp : SqliteApp
{
    public LogCapture Logs { get; } = new();

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.ConfigureServices(s => s.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Logs));
    }
}

public sealed class DemoPasswordWarningTests(DemoOutsideDevelopmentApp app) : IClassFixture<DemoOutsideDevelopmentApp>
{
    [Fact]
    public async Task Accounts_on_the_demo_password_are_named_in_a_warning()
    {
        using var client = app.CreateClient();
        await client.GetAsync("/healthz");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!app.Logs.Lines.Any(l => l.Contains("demo password", StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        var warning = Assert.Single(app.Logs.Lines, l => l.Contains("demo password", StringComparison.Ordinal));
        Assert.StartsWith("Warning", warning, StringComparison.Ordinal);
        Assert.Contains("thuongtruc", warning, StringComparison.Ordinal);
    }
}

/// <summary>PostgreSQL whose database does not exist yet: the app creates it, and says nothing that reads as an error.</summary>
public sealed class MissingPostgresDatabaseApp : AppFactory
{
    private static readonly string? PostgresServer = Environment.GetEnvironmentVariable("DONGTHUAN_TEST_POSTGRES");
    private readonly string _database = "dongthuan_new_" + Guid.NewGuid().ToString("N")[..12];
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "dongthuan-tests", Guid.NewGuid().ToString("N"));

    public LogCapture Logs { get; } = new();

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public override string? Unavailable => string.IsNullOrWhiteSpace(PostgresServer) ? "PostgreSQL tests skipped: set DONGTHUAN_TEST_POSTGRES (see README)." : null;

    protected override IEnumerable<KeyValuePair<string, string?>> DatabaseSettings() =>
    [
        new("Database:Provider", "Postgres"),
        new("ConnectionStrings:Postgres", new Npgsql.NpgsqlConnectionStringBuilder(PostgresServer) { Database = _database, Pooling = false }.ConnectionString),
        new("DataDirectory", _dir),
    ];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Demo:Seed", "false");
        builder.ConfigureServices(s => s.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Logs));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Unavailable is null)
        {
            await using var conn = new Npgsql.NpgsqlConnection(PostgresServer);
            await conn.OpenAsync();
            await using var cmd = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
        }

        DemoTemplate.DeleteFolder(_dir);
        GC.SuppressFinalize(this);
    }
}

public sealed class MissingPostgresDatabaseTests : IClassFixture<MissingPostgresDatabaseApp>
{
    private readonly MissingPostgresDatabaseApp _app;

    public MissingPostgresDatabaseTests(MissingPostgresDatabaseApp app)
    {
        app.RequireAvailable();
        _app = app;
    }

    [Fact]
    public async Task The_database_is_created_and_migrated_without_an_error_in_the_log()
    {
        using var client = _app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(0, await _app.WithDb((db, _) => db.Units.CountAsync()));
        // Before, EF Core tried the missing database first and logged "3D000: database does not exist" as a failure, then
        // its read of the history table not yet created.
        var errors = _app.Logs.Lines.Where(l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e[..Math.Min(300, e.Length)])));
    }
}
