using DongThuan.Web.Infrastructure.Audit;
using DongThuan.Web.Infrastructure.Demo;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DongThuan.Web.Infrastructure.Database;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public static class DatabaseSetup
{
    public static DatabaseProvider Provider(IConfiguration configuration) =>
        Enum.TryParse<DatabaseProvider>(configuration["Database:Provider"], ignoreCase: true, out var p) ? p : DatabaseProvider.Sqlite;

    /// <summary>The data folder: configuration key <c>DataDirectory</c>, relative paths taken from the working directory.</summary>
    public static string DataDirectory(IConfiguration configuration) =>
        Path.GetFullPath(configuration["DataDirectory"] is { Length: > 0 } dir ? dir : "data");

    /// <summary>The SQLite file: <c>dongthuan.db</c> in the data folder.</summary>
    public static string SqliteFile(IConfiguration configuration) => Path.Combine(DataDirectory(configuration), "dongthuan.db");

    /// <summary>Where the data is, for log lines and operators: the SQLite file, or the PostgreSQL host and database (never the password).</summary>
    public static string Describe(IConfiguration configuration) =>
        Provider(configuration) == DatabaseProvider.Sqlite
            ? $"SQLite {SqliteFile(configuration)}"
            : new NpgsqlConnectionStringBuilder(configuration.GetConnectionString("Postgres")) is var b ? $"PostgreSQL {b.Host}:{b.Port}/{b.Database}" : "";

    public static IServiceCollection AddDongThuanDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        switch (Provider(configuration))
        {
            case DatabaseProvider.Postgres:
                var cs = configuration.GetConnectionString("Postgres");
                if (string.IsNullOrWhiteSpace(cs))
                {
                    throw new InvalidOperationException(
                        "Database:Provider is Postgres but ConnectionStrings:Postgres is empty. / Chưa cấu hình chuỗi kết nối PostgreSQL.");
                }

                services.AddPooledDbContextFactory<PostgresDongThuanDb>(o => o.UseDongThuanPostgres(cs));
                services.AddScoped<DongThuanDb>(Leased<PostgresDongThuanDb>);
                break;
            default:
                Directory.CreateDirectory(DataDirectory(configuration));
                // Pooled: opening the file costs more than most queries (its schema is read again on every open), and
                // a page runs several; without a pool a page spent most of its time opening (issue 21). The pool is
                // emptied when the host stops (PrepareDatabaseAsync), so the file is not held open after it.
                services.AddPooledDbContextFactory<SqliteDongThuanDb>(o => o.UseDongThuanSqlite(SqliteConnectionString(configuration)));
                services.AddScoped<DongThuanDb>(Leased<SqliteDongThuanDb>);
                break;
        }

        services.AddSingleton(SaveServices.From);

        services.AddHealthChecks().AddDbContextCheck<DongThuanDb>("database");
        return services;
    }

    /// <summary>The options of every SQLite context of the application; the benchmarks make theirs with them too.</summary>
    public static TBuilder UseDongThuanSqlite<TBuilder>(this TBuilder options, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        options.UseSqlite(connectionString, q => q.UseParameterizedCollectionMode(OneParameterPerList))
            .AddInterceptors(AfterCommitInterceptor.Instance, SqliteGroupCommit.Instance, SqliteStatementTurns.Instance)
            .UseLeanSqliteConnections()
            .ConfigureWarnings(SkipModelCheck);
        return options;
    }

    /// <summary>The options of every PostgreSQL context of the application; the benchmarks make theirs with them too.</summary>
    public static TBuilder UseDongThuanPostgres<TBuilder>(this TBuilder options, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        options.UseNpgsql(WithoutResetOnReturn(connectionString), n => n.UseParameterizedCollectionMode(OneParameterPerList))
            .AddInterceptors(AfterCommitInterceptor.Instance, PostgresGenericPlans.Instance)
            .ConfigureWarnings(SkipModelCheck);
        return options;
    }

    /// <summary>
    /// The configured connection string with Npgsql's reset of a connection given back to its pool turned off (ADR 0048).
    /// EF Core takes a pooled connection for each statement and gives it back after, and Npgsql then had PostgreSQL
    /// run <c>RESET ALL; CLOSE ALL; UNLISTEN *; SELECT pg_advisory_unlock_all(); DISCARD …</c> before the next one:
    /// 0.075 ms of the server's time each (running the rare word's whole search takes it about 0.12 ms). The app leaves
    /// nothing in a session to reset: its advisory locks end with their transaction, it sets no session setting that
    /// outlives its own command, and it listens only on a connection of its own outside the pool.
    /// </summary>
    public static string WithoutResetOnReturn(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true }.ConnectionString;

    /// <summary>
    /// A request's context comes from EF Core's pool (ADR 0034): the options are built once for the process (building
    /// them was about a twentieth of what a signed-in page allocated, ADR 0033), and a context's internal services are
    /// set up once, not for every request. The pool knows nothing of the request, so the context is given the request's
    /// actor here, and forgets it when the scope disposes it back to the pool.
    /// </summary>
    private static DongThuanDb Leased<TDb>(IServiceProvider services)
        where TDb : DongThuanDb =>
        services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<TDb>>().CreateDbContext()
            .Serving(services.GetRequiredService<SaveServices>(), services.GetRequiredService<Domain.ICurrentActor>());

    /// <summary>
    /// A list in a query (<c>units.Contains(o.UnitId)</c>: the caller's units and bodies, on nearly every page) goes to
    /// the database as one parameter (SQLite: a JSON array read with <c>json_each</c>; PostgreSQL: an array with
    /// <c>= ANY</c>), so the statement's text is the same whatever the list's length and EF Core reuses it. EF Core
    /// 10's default writes one parameter per item, and a statement whose text depends on the values is generated anew
    /// on every execution: about a fifth of what a signed-in page allocated (issue 21, ADR 0033). That default lets the
    /// planner see how many values there are; the lists here are mostly a person's few units and bodies or a page's
    /// owners, where that gains little.
    /// </summary>
    private const ParameterTranslationMode OneParameterPerList = ParameterTranslationMode.Parameter;

    /// <summary>
    /// EF Core checks on every migrate that the model matches the last migration's snapshot, building the snapshot's
    /// model and comparing the two: about a second of CPU on each start and each operator verb (ADR 0032). A model changed without its
    /// migration is the developer's mistake, so the test suite checks it once per engine
    /// (<c>StartupTests</c>) and a running server does not.
    /// </summary>
    private static void SkipModelCheck(Microsoft.EntityFrameworkCore.Diagnostics.WarningsConfigurationBuilder w) =>
        w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning);

    /// <summary>
    /// Is the demo seeded into an empty database? In Development (the README's quick start) unless
    /// <c>Demo:Seed=false</c>; elsewhere only when <c>Demo:Seed=true</c> is given. A production start is never the demo.
    /// </summary>
    public static bool DemoOn(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue<bool?>("Demo:Seed") ?? environment.IsDevelopment();

    /// <summary>
    /// Creates a PostgreSQL database that does not exist yet, asking the server's catalogue first: letting EF Core
    /// find out by failing to connect logs a "fail" line that a newcomer reads as an error.
    /// </summary>
    public static async Task CreatePostgresDatabaseIfMissingAsync(string connectionString, CancellationToken ct)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", target.Database!);
        if (await exists.ExecuteScalarAsync(ct) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{target.Database!.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>
    /// Creates or migrates the database, seals a trail written before the master key, then seeds the demo when it
    /// is empty and the demo is on; a production database with no administrator says in the log how to make one.
    /// </summary>
    public static string SqliteConnectionString(IConfiguration configuration) => $"Data Source={SqliteFile(configuration)};Pooling=True";

    public static async Task PrepareDatabaseAsync(this WebApplication app, bool serving)
    {
        if (Provider(app.Configuration) == DatabaseProvider.Sqlite)
        {
            // Pooled connections keep the file open: closed once this host stops, so that a test can delete it and an
            // operator can copy or replace it. Only this file's pool: other hosts in the process keep theirs.
            var file = SqliteConnectionString(app.Configuration);
            app.Lifetime.ApplicationStopped.Register(() => Microsoft.Data.Sqlite.SqliteConnection.ClearPool(new Microsoft.Data.Sqlite.SqliteConnection(file)));
        }

        if (serving && !app.Configuration.GetValue("Database:MigrateOnStart", true))
        {
            // The operator prepares the database (the `migrate` verb); the app starts even when it is unreachable, and
            // the health check and the audit watch say what they find.
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DongThuanDb>();
        if (Provider(app.Configuration) == DatabaseProvider.Postgres)
        {
            var cs = app.Configuration.GetConnectionString("Postgres")!;
            await CreatePostgresDatabaseIfMissingAsync(cs, CancellationToken.None);
            // EF Core 9 and later read the migrations history before creating it and log that read's failure as an
            // error on every new database (dotnet/efcore#37328). This context, used to migrate and for nothing
            // else, logs a failed command at Debug; a migration that really fails still throws and stops the start.
            await using var migrating = new PostgresDongThuanDb(new DbContextOptionsBuilder<PostgresDongThuanDb>()
                .UseNpgsql(WithoutResetOnReturn(cs)) // the app's own pool, which a test or an operator empties with one call
                .UseLoggerFactory(app.Services.GetRequiredService<ILoggerFactory>())
                .ConfigureWarnings(w => SkipModelCheck(w.Log((Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandError, LogLevel.Debug))))
                .Options).Serving(scope.ServiceProvider.GetRequiredService<SaveServices>(), Domain.SystemActor.Instance);
            await MigrationBaseline.MigrateAsync(migrating, CancellationToken.None);
        }
        else
        {
            await MigrationBaseline.MigrateAsync(db, CancellationToken.None);
        }
        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while one writer writes; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        var sealing = scope.ServiceProvider.GetRequiredService<AuditSealing>();
        await AuditChain.SealUnkeyedChainAsync(db, sealing, app.Logger, CancellationToken.None);
        if ((await db.Set<AuditChainHead>().AsNoTracking().SingleAsync()).IsSealedWithAnotherKeyThan(sealing.Fingerprint))
        {
            throw new AuditKeyMismatchException();
        }

        if (serving && DemoOn(app.Configuration, app.Environment))
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(CancellationToken.None);
        }
    }
}
