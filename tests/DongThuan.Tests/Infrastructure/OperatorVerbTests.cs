using System.Diagnostics;
using System.Net;
using System.Text.Json;
using DongThuan.Tests.Harness;
using DongThuan.Tests.Modules.Petitions;
using DongThuan.Web.Infrastructure.Audit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Tests.Infrastructure;

/// <summary>
/// The operator's verbs, run as an operator runs them: the app's own executable in a process of its own, against
/// the data folder of a running host. Backup while it serves, restore into a new folder, and verify catching an
/// altered and a removed audit row.
/// </summary>
[LongRunning]
public sealed class OperatorVerbTests(SqliteApp app) : IClassFixture<SqliteApp>, IDisposable
{
    private static readonly string App = Path.Combine(AppContext.BaseDirectory, "DongThuan.Web.dll");

    // Every folder and archive a test made, deleted after it: left behind, a few runs filled /tmp with hundreds.
    private readonly List<string> _made = [];

    internal static async Task<(int Exit, string Out, string Error)> RunAsync(string stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(App);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("DONGTHUAN_ADMIN_PASSWORD");
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output, await error);
    }

    private string NewFolder() => Made(Path.Combine(Path.GetTempPath(), "dongthuan-tests", Guid.NewGuid().ToString("N")));

    private string NewArchive() => Made(Path.Combine(Path.GetTempPath(), "dongthuan-tests", Guid.NewGuid().ToString("N") + "-backup.zip"));

    private string Made(string path)
    {
        _made.Add(path);
        return path;
    }

    public void Dispose()
    {
        foreach (var made in _made)
        {
            DemoTemplate.DeleteFolder(made);
            File.Delete(made);
        }
    }

    [Fact]
    public async Task Help_and_an_unknown_verb_touch_no_database()
    {
        var folder = NewFolder();
        var help = await RunAsync("", "help", "--DataDirectory", folder);
        Assert.Equal(0, help.Exit);
        foreach (var verb in new[] { "migrate", "create-admin", "backup", "restore", "verify", "search-rebuild" })
        {
            Assert.Contains(verb, help.Out, StringComparison.Ordinal);
        }

        var unknown = await RunAsync("", "frobnicate", "--DataDirectory", folder);
        Assert.Equal(2, unknown.Exit);
        Assert.Contains("unknown verb", unknown.Error, StringComparison.Ordinal);
        Assert.Contains("backup FILE", unknown.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder), "neither help nor an unknown verb may create the data folder");
    }

    [Fact]
    public async Task Migrate_and_create_admin_set_up_an_empty_install_with_the_password_from_standard_input()
    {
        var folder = NewFolder();
        Assert.Equal(0, (await RunAsync("", "migrate", "--DataDirectory", folder)).Exit);
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "dongthuan.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var units = connection.CreateCommand();
            units.CommandText = "SELECT count(*) FROM \"Unit\"";
            Assert.Equal(0L, (long)(await units.ExecuteScalarAsync())!); // migrate never seeds the demo
        }

        var weak = await RunAsync("ngan\n", "create-admin", "root", "--DataDirectory", folder);
        Assert.Equal(1, weak.Exit);
        Assert.Contains("ít nhất 10 ký tự", weak.Error, StringComparison.Ordinal);
        Assert.Contains("at least 10 characters", weak.Error, StringComparison.Ordinal);
        var created = await RunAsync("Quan-Tri@2026\n", "create-admin", "root", "--DataDirectory", folder);
        Assert.Equal(0, created.Exit);
        Assert.Contains("root", created.Out, StringComparison.Ordinal);
        Assert.Equal(1, (await RunAsync("Quan-Tri@2026\n", "create-admin", "root", "--DataDirectory", folder)).Exit);
        var verified = await RunAsync("", "verify", "--DataDirectory", folder);
        Assert.True(verified.Exit == 0, verified.Out + verified.Error);

        // Given the secrets of another server, a verb that prepares the database says what to do instead of extending a
        // chain sealed with another key: in both languages, without a stack trace.
        var otherKey = await RunAsync("", "migrate", "--DataDirectory", folder, "--Secrets:Directory", NewFolder());
        Assert.Equal(1, otherKey.Exit);
        Assert.Contains("sealed with another master key", otherKey.Error, StringComparison.Ordinal);
        Assert.Contains("niêm phong bằng khóa khác", otherKey.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", otherKey.Error, StringComparison.Ordinal);

        // A database stopped part-way along the migrations squashed into the baseline (ADR 0043): the operator reads what
        // to do, in both languages and without a stack trace, and the database is left as it was.
        const string StoppedAt = "20261204203037_NotificationSubjects";
        await ExecuteAsync(Path.Combine(folder, "dongthuan.db"), $"DELETE FROM \"__EFMigrationsHistory\"; INSERT INTO \"__EFMigrationsHistory\" VALUES ('20261129121907_Initial', '9.0.0'), ('{StoppedAt}', '9.0.0');");
        var old = await RunAsync("", "migrate", "--DataDirectory", folder);
        Assert.Equal(1, old.Exit);
        Assert.Contains($"stopped at migration {StoppedAt}", old.Error, StringComparison.Ordinal);
        Assert.Contains("Hãy nâng cấp trước bằng DongThuan bản", old.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", old.Error, StringComparison.Ordinal);
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "dongthuan.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var history = connection.CreateCommand();
            history.CommandText = "SELECT group_concat(\"MigrationId\", ' ') FROM \"__EFMigrationsHistory\"";
            Assert.Equal($"20261129121907_Initial {StoppedAt}", (string)(await history.ExecuteScalarAsync())!);
        }

        // The server started on it says the same and stops, rather than dying with a stack trace.
        var served = await RunAsync("", "--urls", "http://127.0.0.1:0", "--DataDirectory", folder);
        Assert.Equal(1, served.Exit);
        Assert.Contains($"stopped at migration {StoppedAt}", served.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", served.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_while_serving_restores_into_a_new_folder_and_verify_catches_an_altered_or_removed_audit_row()
    {
        // A record written just before the backup, through the running app.
        var email = $"saoluu.{Guid.NewGuid():N}@example.com";
        var code = await PetitionKit.SubmitAsync(app, PetitionKit.Unique("Đèn chiếu sáng ngõ 82 hỏng"), "Đèn đường ngõ 82 Trần Cung không sáng.", email);
        var head = await app.WithDb((db, _) => db.Set<AuditChainHead>().AsNoTracking().SingleAsync());

        var archive = NewArchive();
        var backup = await RunAsync("", "backup", archive, "--DataDirectory", app.DataDirectory);
        Assert.True(backup.Exit == 0, backup.Out + backup.Error);
        Assert.Contains("backed up", backup.Out, StringComparison.Ordinal);
        using (var zip = System.IO.Compression.ZipFile.OpenRead(archive))
        {
            var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open()).RootElement;
            Assert.Equal("Sqlite", manifest.GetProperty("provider").GetString());
            Assert.Contains(manifest.GetProperty("entries").EnumerateArray(), e => e.GetProperty("path").GetString() == "database/dongthuan.db"
                                                                                   && e.GetProperty("sha256").GetString()!.Length == 64);
            Assert.DoesNotContain(zip.Entries, e => e.FullName.Contains("master.key", StringComparison.Ordinal));
        }

        // Backup never overwrites; restore refuses a folder that holds a database, and fills an empty one.
        var again = await RunAsync("", "backup", archive, "--DataDirectory", app.DataDirectory);
        Assert.Equal(1, again.Exit);
        Assert.Contains("exists", again.Error, StringComparison.Ordinal);
        var refused = await RunAsync("", "restore", archive, "--DataDirectory", app.DataDirectory);
        Assert.Equal(1, refused.Exit);
        Assert.Contains("empty data folder", refused.Error, StringComparison.Ordinal);
        var target = NewFolder();
        var restored = await RunAsync("", "restore", archive, "--DataDirectory", target);
        Assert.True(restored.Exit == 0, restored.Out + restored.Error);

        // The operator puts the secrets back (README) and runs verify, then the restored app answers as the old one
        // did. The verify verb's own code runs on the restored host: the verb as a process is run after create-admin
        // and after the kill below, and a process here cost the run three seconds of CPU.
        CopyFolder(Path.Combine(app.DataDirectory, "secrets"), Path.Combine(target, "secrets"));
        await using var restoredApp = new RestoredApp(target);
        var verified = await VerifyOnAsync(restoredApp);
        Assert.True(verified.Exit == 0, verified.Out);
        using (var client = restoredApp.CreateClient())
        {
            var lookup = await PetitionKit.StatusAsync(client, code, (email));
            Assert.Equal(HttpStatusCode.OK, lookup.StatusCode);
            Assert.Contains(code, await lookup.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            var restoredHead = await restoredApp.WithDb((db, _) => db.Set<AuditChainHead>().AsNoTracking().SingleAsync());
            Assert.True(restoredHead.LastSequence >= head.LastSequence);
            var entry = await restoredApp.WithDb((db, _) => db.Set<AuditEntry>().AsNoTracking().SingleAsync(e => e.Sequence == head.LastSequence));
            Assert.Equal(head.LastHash, entry.Hash);
        }

        // One audit row changed behind the app's back: verify fails. Put back, it passes; the last row removed: it fails.
        var file = Path.Combine(target, "dongthuan.db");
        var original = await ScalarAsync(file, "SELECT \"Changes\" FROM \"AuditEntry\" WHERE \"Sequence\" = 7");
        await ExecuteAsync(file, "UPDATE \"AuditEntry\" SET \"Changes\" = '{\"FullName\":[null,\"Người Khác\"]}' WHERE \"Sequence\" = 7");
        var altered = await VerifyOnAsync(restoredApp);
        Assert.Equal(1, altered.Exit);
        Assert.Contains("FAULT audit", altered.Out, StringComparison.Ordinal);
        await ExecuteAsync(file, $"UPDATE \"AuditEntry\" SET \"Changes\" = '{original!.Replace("'", "''", StringComparison.Ordinal)}' WHERE \"Sequence\" = 7");
        Assert.Equal(0, (await VerifyOnAsync(restoredApp)).Exit);
        await ExecuteAsync(file, "DELETE FROM \"AuditEntry\" WHERE \"Sequence\" = (SELECT max(\"Sequence\") FROM \"AuditEntry\")");
        var cut = await VerifyOnAsync(restoredApp);
        Assert.Equal(1, cut.Exit);
        Assert.Contains("FAULT audit", cut.Out, StringComparison.Ordinal);

        // Cutting the tail and rewinding the head to match still fails: the signed checkpoint outside the database remembers.
        await ExecuteAsync(file, "UPDATE \"AuditChainHead\" SET \"LastSequence\" = (SELECT max(\"Sequence\") FROM \"AuditEntry\"), "
                                 + "\"LastHash\" = (SELECT \"Hash\" FROM \"AuditEntry\" ORDER BY \"Sequence\" DESC LIMIT 1)");
        var rewound = await VerifyOnAsync(restoredApp);
        Assert.Equal(1, rewound.Exit);
        Assert.Contains("checkpoint", rewound.Out, StringComparison.Ordinal);
    }

    /// <summary>The <c>verify</c> verb's own code on a running host: its exit code and what it printed.</summary>
    private static async Task<(int Exit, string Out)> VerifyOnAsync(AppFactory host)
    {
        await using var output = new StringWriter();
        var exit = await DongThuan.Web.Infrastructure.Operations.Verify.RunAsync(host.Services, output, TestContext.Current.CancellationToken);
        return (exit, output.ToString());
    }

    [Fact]
    public async Task An_altered_attachment_file_is_a_fault()
    {
        // A fresh install (migrated, nothing seeded); verify's own code on it, as the fault variants above.
        await using var install = new EmptyApp();
        await install.InitializeAsync();
        var folder = install.DataDirectory;
        var bytes = "%PDF-1.4 minh chứng"u8.ToArray();
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        Directory.CreateDirectory(Path.Combine(folder, "files", sha[..2]));
        await File.WriteAllBytesAsync(Path.Combine(folder, "files", sha[..2], sha), bytes);
        var intact = await VerifyOnAsync(install);
        Assert.True(intact.Exit == 0, intact.Out);
        await File.WriteAllBytesAsync(Path.Combine(folder, "files", sha[..2], sha), "%PDF-1.4 đã sửa"u8.ToArray());
        var verified = await VerifyOnAsync(install);
        Assert.Equal(1, verified.Exit);
        Assert.Contains("FAULT files: 1 altered", verified.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_refuses_a_file_that_is_no_backup_a_damaged_one_and_one_that_writes_outside_the_folder()
    {
        var folder = NewFolder();
        Directory.CreateDirectory(folder);
        var notZip = Path.Combine(folder, "not-a-backup.zip");
        await File.WriteAllTextAsync(notZip, "đây không phải tệp zip");
        var refused = await RunAsync("", "restore", notZip, "--DataDirectory", NewFolder());
        Assert.Equal(1, refused.Exit);
        Assert.Contains("Not a DongThuan backup", refused.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", refused.Error, StringComparison.Ordinal);

        // A real archive whose attachment bytes were changed after the manifest was written.
        var archive = Path.Combine(folder, "damaged.zip");
        await WriteArchiveAsync(archive, "files/ab/abcd", "nội dung gốc"u8.ToArray(), "nội dung đã sửa"u8.ToArray());
        var target = NewFolder();
        var damaged = await RunAsync("", "restore", archive, "--DataDirectory", target);
        Assert.Equal(1, damaged.Exit);
        Assert.Contains("damaged", damaged.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(target, "dongthuan.db")), "nothing is written when an entry is damaged");

        // An entry named to land outside the files folder.
        var crafted = Path.Combine(folder, "crafted.zip");
        await WriteArchiveAsync(crafted, "files/../../escaped", "x"u8.ToArray(), "x"u8.ToArray());
        var escaped = await RunAsync("", "restore", crafted, "--DataDirectory", NewFolder());
        Assert.Equal(1, escaped.Exit);
        Assert.Contains("misnames", escaped.Error, StringComparison.Ordinal);
    }

    /// <summary>A backup-shaped archive: an SQLite entry and one file entry, the manifest hashing <paramref name="hashed"/> and the archive holding <paramref name="stored"/>.</summary>
    private static async Task WriteArchiveAsync(string path, string fileEntry, byte[] hashed, byte[] stored)
    {
        await using var stream = File.Create(path);
        using var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create);
        var db = "SQLite format 3\0"u8.ToArray();
        foreach (var (name, bytes) in new[] { ("database/dongthuan.db", db), (fileEntry, stored) })
        {
            await using var e = zip.CreateEntry(name).Open();
            await e.WriteAsync(bytes);
        }

        var manifest = new DongThuan.Web.Infrastructure.Operations.BackupManifest(1, DateTimeOffset.UtcNow, "Sqlite",
        [
            new("database/dongthuan.db", db.Length, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(db))),
            new(fileEntry, hashed.Length, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(hashed))),
        ]);
        await using var m = zip.CreateEntry("manifest.json").Open();
        await JsonSerializer.SerializeAsync(m, manifest, DongThuan.Web.Infrastructure.Operations.BackupManifest.Json);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static async Task<string?> ScalarAsync(string file, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string?)await command.ExecuteScalarAsync();
    }

    /// <summary>
    /// Issue 21's durability promise at the load run's rate: the app in a process of its own takes petitions from 32
    /// clients at once (group commit at work), is killed with SIGKILL in the middle, and every petition it had
    /// acknowledged is in the database afterwards, with an audit chain that still verifies.
    /// </summary>
    [Fact]
    public async Task Every_acknowledged_petition_survives_a_kill_in_the_middle_of_concurrent_intake()
    {
        var folder = NewFolder();
        DemoTemplate.CopyInto(await DemoTemplate.SqliteAsync(), folder);
        int port;
        using (var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { App, "--urls", $"http://127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DataDirectory"] = folder;
        start.Environment["Database__MigrateOnStart"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Petitions__RateLimit__PermitLimit"] = "100000";
        using var server = Process.Start(start)!;
        var drained = Task.WhenAll(server.StandardOutput.ReadToEndAsync(), server.StandardError.ReadToEndAsync());
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        try
        {
            for (var waited = 0; ; waited++)
            {
                Assert.False(server.HasExited, "the app stopped before it answered");
                Assert.True(waited < 600, "the app did not answer /healthz within a minute");
                try
                {
                    if ((await http.GetAsync("/healthz")).IsSuccessStatusCode)
                    {
                        break;
                    }
                }
                catch (HttpRequestException)
                {
                }

                await Task.Delay(100);
            }

            // 32 clients send petitions until the app dies; each keeps the codes the app acknowledged.
            var acknowledged = new System.Collections.Concurrent.ConcurrentBag<string>();
            var run = Guid.NewGuid().ToString("N")[..6];
            async Task ClientAsync(int client)
            {
                for (var n = 0; ; n++)
                {
                    HttpResponseMessage response;
                    try
                    {
                        response = await http.PostAsJsonAsync("/api/v1/petitions", new
                        {
                            name = $"Người thử {client}", email = $"thu.{run}.{client}.{n}@example.com", consent = true,
                            title = $"Đề nghị sửa ngõ {run} số {client}-{n}", content = $"Mặt đường ngõ {client}-{n} ({run}) lún, đọng nước khi mưa.",
                        });
                    }
                    catch (HttpRequestException)
                    {
                        return; // the app is gone: this request was never acknowledged
                    }

                    if (response.StatusCode != HttpStatusCode.Created)
                    {
                        Assert.True(server.HasExited, $"before the kill every petition is taken, not {(int)response.StatusCode}");
                        return;
                    }

                    using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                    acknowledged.Add(json.RootElement.GetProperty("trackingCode").GetString()!);
                }
            }

            var clients = Enumerable.Range(0, 32).Select(ClientAsync).ToArray();
            while (acknowledged.Count < 150)
            {
                Assert.False(server.HasExited, "the app stopped during intake");
                await Task.Delay(20);
            }

            server.Kill(); // SIGKILL: no shutdown, no last flush
            await server.WaitForExitAsync();
            await Task.WhenAll(clients);
            await drained;

            var codes = acknowledged.ToHashSet();
            var file = Path.Combine(folder, "dongthuan.db");
            var stored = new HashSet<string>();
            await using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT \"TrackingCode\" FROM \"Petition\" WHERE \"Title\" LIKE $run";
                command.Parameters.AddWithValue("$run", $"Đề nghị sửa ngõ {run} %");
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    stored.Add(reader.GetString(0));
                }
            }

            Assert.True(codes.Count >= 150);
            Assert.Empty(codes.Except(stored));
            var verified = await RunAsync("", "verify", "--DataDirectory", folder);
            Assert.True(verified.Exit == 0, verified.Out + verified.Error);
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill();
            }

            DemoTemplate.DeleteFolder(folder);
        }
    }

    private static async Task ExecuteAsync(string file, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The app started on a restored data folder: nothing is seeded into a database that holds records.</summary>
    private sealed class RestoredApp(string folder) : AppFactory
    {
        public override DongThuan.Web.Infrastructure.Database.DatabaseProvider Provider => DongThuan.Web.Infrastructure.Database.DatabaseProvider.Sqlite;

        protected override IEnumerable<KeyValuePair<string, string?>> DatabaseSettings() =>
        [
            new("Database:Provider", "Sqlite"),
            new("DataDirectory", folder),
        ];
    }
}
