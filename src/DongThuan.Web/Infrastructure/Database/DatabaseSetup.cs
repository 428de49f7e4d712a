using DongThuan.Web.Infrastructure.Audit;
using DongThuan.Web.Infrastructure.Demo;
using Microsoft.EntityFrameworkCore;

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

                services.AddDbContext<DongThuanDb, PostgresDongThuanDb>(o => o.UseNpgsql(cs));
                break;
            default:
                var dir = DataDirectory(configuration);
                Directory.CreateDirectory(dir);
                var file = Path.Combine(dir, "dongthuan.db");
                // Pooling off: a pooled SQLite connection keeps the file open after the host stops,
                // which tests and backups trip over; opening a local file is cheap.
                services.AddDbContext<DongThuanDb, SqliteDongThuanDb>(o => o.UseSqlite($"Data Source={file};Pooling=False"));
                break;
        }

        services.AddHealthChecks().AddDbContextCheck<DongThuanDb>("database");
        return services;
    }

    /// <summary>Creates or migrates the database, then seeds the demo when it is empty and demo data is on.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Database:MigrateOnStart", true))
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DongThuanDb>();
        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while one writer writes; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        if (app.Configuration.GetValue("Demo:Seed", true))
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(CancellationToken.None);
        }
    }
}
