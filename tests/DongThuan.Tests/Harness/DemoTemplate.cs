using System.Globalization;
using DongThuan.Tests.Harness;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Localization;
using Npgsql;

[assembly: AssemblyFixture(typeof(DemoTemplate.Cleanup))]

namespace DongThuan.Tests.Harness;

/// <summary>
/// The demo seeded once per engine for the whole run, and copied for each test host: the SQLite data folder is
/// copied file by file, a PostgreSQL database is created with <c>TEMPLATE</c> (and the template's data folder
/// copied beside it, for the master key, the audit checkpoint and the files). Seeding the demo takes 10–20 s of
/// CPU; done for each of some sixty hosts it was most of the suite's time. A copy starts exactly as a host that
/// had seeded for itself: the same rows, the same key, the same sealed audit trail.
/// </summary>
public static class DemoTemplate
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "dongthuan-tests", "template-" + Guid.NewGuid().ToString("N")[..12]);
    private static readonly string PostgresDatabase = "dongthuan_template_" + Guid.NewGuid().ToString("N")[..12];
    private static readonly Lazy<Task<string>> SqliteTemplate = new(BuildSqliteAsync);
    private static readonly Lazy<Task<(string Database, string Folder)>> PostgresTemplate = new(BuildPostgresAsync);

    /// <summary>The data folder of a SQLite host that has seeded the demo and stopped.</summary>
    public static Task<string> SqliteAsync() => SqliteTemplate.Value;

    /// <summary>The template database and the data folder of a PostgreSQL host that has seeded the demo and stopped.</summary>
    public static Task<(string Database, string Folder)> PostgresAsync() => PostgresTemplate.Value;

    private static async Task<string> BuildSqliteAsync()
    {
        if (SharedSqlite is not { } shared)
        {
            return await SeedSqliteAsync(Path.Combine(Root, "sqlite"));
        }

        // `dotnet test` runs both test projects at once, and both seeded the same demo: 13 s of CPU each (ADR 0032).
        // The first to get here seeds it into a folder both can see; the other waits for it. Each names itself a
        // user of the folder, and the last to finish deletes it (Cleanup).
        await using var held = await LockAsync(shared);
        Directory.CreateDirectory(Path.Combine(shared, "users"));
        await File.WriteAllTextAsync(UserFile(shared), "");
        var folder = Path.Combine(shared, "sqlite");
        if (!File.Exists(folder + ".done"))
        {
            DeleteFolder(folder); // a seeding stopped half-way
            await SeedSqliteAsync(folder);
        }

        return folder;
    }

    private static async Task<string> SeedSqliteAsync(string folder)
    {
        var seededOn = VietnamTime.Today(TimeProvider.System);
        var builder = new TemplateSqliteApp(folder);
        await using (builder)
        {
            // Starting the host migrates and seeds; stopping it closes every connection (no pooling), so the
            // file is complete on disk when the copies are taken.
            _ = builder.Services;
        }

        await MarkDoneAsync(folder, seededOn);
        return folder;
    }

    /// <summary>
    /// Written beside a template's folder once it is complete (the shared SQLite folder's other user waits for it),
    /// naming the Vietnamese day the demo was seeded on.
    /// </summary>
    private static Task MarkDoneAsync(string folder, DateOnly seededOn) =>
        File.WriteAllTextAsync(folder + ".done", seededOn.ToString("O", CultureInfo.InvariantCulture));

    /// <summary>
    /// The Vietnamese day the demo under <paramref name="provider"/>'s copies was seeded: the day its "today" records
    /// (the session twenty days ago, the work due in a few days) count from. A run that crosses midnight in Vietnam
    /// (17:00 UTC) would otherwise look for them a day off.
    /// </summary>
    public static async Task<DateOnly> SeededOnAsync(DatabaseProvider provider)
    {
        var folder = provider == DatabaseProvider.Postgres ? (await PostgresAsync()).Folder : await SqliteAsync();
        return DateOnly.ParseExact(await File.ReadAllTextAsync(folder + ".done"), "O", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The SQLite template's folder shared by the test processes of one <c>dotnet test</c>: named for the process
    /// group they share, the build of the app and the day (the demo is dated from today). Null where there is no
    /// process group to read (not Linux): each process then seeds its own.
    /// </summary>
    private static readonly string? SharedSqlite = ReadProcessGroup() is { } group
        ? Path.Combine(Path.GetTempPath(), "dongthuan-tests", $"shared-{group}-{typeof(Program).Assembly.ManifestModule.ModuleVersionId:N}-{DateTime.UtcNow:yyyyMMdd}")
        : null;

    /// <summary>This process's mark as a user of the shared folder, named by its process id.</summary>
    private static string UserFile(string shared) =>
        Path.Combine(shared, "users", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string? ReadProcessGroup()
    {
        try
        {
            var stat = File.ReadAllText("/proc/self/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return fields[2]; // after the name: state, parent, process group
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Holds the shared folder's lock file: an exclusive open is an advisory lock on Linux, let go if the process dies.</summary>
    private static async Task<FileStream> LockAsync(string shared)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(shared)!);
        for (var waited = TimeSpan.Zero; ; waited += TimeSpan.FromMilliseconds(100))
        {
            try
            {
                return new FileStream(shared + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited < TimeSpan.FromMinutes(5))
            {
                await Task.Delay(100); // the other process is seeding
            }
        }
    }

    private static async Task<(string, string)> BuildPostgresAsync()
    {
        var folder = Path.Combine(Root, "postgres");
        var seededOn = VietnamTime.Today(TimeProvider.System);
        var builder = new PostgresApp(PostgresDatabase, folder, isTemplate: true);
        await using (builder)
        {
            await builder.InitializeAsync();
            _ = builder.Services;
        }

        await MarkDoneAsync(folder, seededOn);
        return (PostgresDatabase, folder);
    }

    /// <summary>
    /// Creates <paramref name="database"/> as a copy of the PostgreSQL template. <c>FILE_COPY</c> copies the files
    /// and checkpoints once, where the default (<c>WAL_LOG</c>, PostgreSQL 15) writes every page of the copy through
    /// the write-ahead log: a third of the CPU for each of the run's forty copies.
    /// </summary>
    public static async Task CreateFromPostgresTemplateAsync(string database)
    {
        var (template, _) = await PostgresAsync();
        await ExecuteOnServerAsync($"CREATE DATABASE \"{database}\" TEMPLATE \"{template}\" STRATEGY FILE_COPY");
    }

    /// <summary>Copies a data folder, subfolders included, into a new one.</summary>
    public static void CopyInto(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }

    public static void DeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; a failed test run is not.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }

    /// <summary>Runs one statement on the test server's maintenance database.</summary>
    public static async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresApp.PostgresServer);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The SQLite host that seeds the template: it seeds for itself and leaves its folder behind.</summary>
    private sealed class TemplateSqliteApp(string folder) : SqliteApp(folder)
    {
        protected override bool StartsFromDemoTemplate => false;

        internal override bool KeepsDataDirectory => true;
    }

    /// <summary>Drops the template database and deletes the template folders when the test assembly is done.</summary>
    public sealed class Cleanup : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (PostgresTemplate.IsValueCreated && !string.IsNullOrWhiteSpace(PostgresApp.PostgresServer))
            {
                try
                {
                    await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{PostgresDatabase}\" WITH (FORCE)");
                }
                catch (NpgsqlException)
                {
                    // The server is gone already (CI stops it): nothing is left to drop.
                }
            }

            if (SqliteTemplate.IsValueCreated && SharedSqlite is { } shared)
            {
                await using (await LockAsync(shared))
                {
                    // A process that died without cleaning up (no /proc entry) does not keep the folder.
                    var users = Path.Combine(shared, "users");
                    if (Directory.Exists(users))
                    {
                        File.Delete(UserFile(shared));
                    }

                    if (!Directory.Exists(users) || !Directory.EnumerateFiles(users).Any(u => Directory.Exists("/proc/" + Path.GetFileName(u))))
                    {
                        DeleteFolder(shared);
                        File.Delete(shared + ".lock");
                    }
                }
            }

            DeleteFolder(Root);
        }
    }
}
