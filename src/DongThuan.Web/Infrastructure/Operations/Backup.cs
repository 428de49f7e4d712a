using System.Diagnostics;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using DongThuan.Web.Infrastructure.Database;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DongThuan.Web.Infrastructure.Operations;

/// <summary>What a backup holds, written into it as <c>manifest.json</c>: each entry with its SHA-256, checked again on restore.</summary>
public sealed record BackupManifest(int Format, DateTimeOffset CreatedAt, string Provider, IReadOnlyList<BackupManifest.Entry> Entries)
{
    public sealed record Entry(string Path, long Size, string Sha256);

    public const string FileName = "manifest.json";

    public static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
}

/// <summary>
/// <c>backup FILE</c>: one zip archive with the database and the attachment files, consistent while the app
/// runs. SQLite is copied with <c>VACUUM INTO</c> (a transactionally consistent snapshot, WAL included);
/// PostgreSQL with <c>pg_dump --format=custom</c> where it is installed. The database is copied before the
/// files: attachments are content-addressed and written before the rows that name them, and never removed,
/// so every file the copied rows name is there. The master key (the secrets folder) is not in the archive:
/// it is kept apart, as the README says, so a stolen backup cannot forge the audit trail or a sign-in.
/// </summary>
public static class Backup
{
    public const string SqliteEntry = "database/dongthuan.db";
    public const string PostgresEntry = "database/dongthuan.pgdump";

    public static async Task<int> RunAsync(WebApplication app, string[] operands, CancellationToken ct)
    {
        if (operands.Length != 1)
        {
            return OperatorVerbs.Fail("Cách dùng: backup TỆP", "Usage: backup FILE");
        }

        var target = Path.GetFullPath(operands[0]);
        if (File.Exists(target))
        {
            return OperatorVerbs.Fail($"Tệp {target} đã có; hãy chọn tên khác.", $"{target} exists; choose another name.");
        }

        var configuration = app.Configuration;
        var work = Directory.CreateTempSubdirectory("dongthuan-backup-");
        try
        {
            var provider = DatabaseSetup.Provider(configuration);
            string entryName;
            var databaseCopy = Path.Combine(work.FullName, "database");
            if (provider == DatabaseProvider.Sqlite)
            {
                var source = DatabaseSetup.SqliteFile(configuration);
                if (!File.Exists(source))
                {
                    return OperatorVerbs.Fail($"Không có cơ sở dữ liệu tại {source}.", $"No database at {source}.");
                }

                await using var connection = new SqliteConnection($"Data Source={source};Mode=ReadOnly;Pooling=False");
                await connection.OpenAsync(ct);
                await using var vacuum = connection.CreateCommand();
                vacuum.CommandText = "VACUUM INTO $target";
                vacuum.Parameters.AddWithValue("$target", databaseCopy);
                await vacuum.ExecuteNonQueryAsync(ct);
                entryName = SqliteEntry;
            }
            else
            {
                var cs = new NpgsqlConnectionStringBuilder(configuration.GetConnectionString("Postgres"));
                if (!await PgTools.RunAsync("pg_dump", ["--format=custom", "--no-owner", "--file", databaseCopy, cs.Database!], cs, ct))
                {
                    return OperatorVerbs.Fail(
                        $"Không chạy được pg_dump. Hãy cài postgresql-client, hoặc chạy: pg_dump --format=custom --no-owner --file dongthuan.pgdump {cs.Database} rồi sao lưu thêm thư mục {app.Services.GetRequiredService<Files.FileStore>().Root}.",
                        "pg_dump could not be run: install postgresql-client, or run the command above and copy the files folder too.");
                }

                entryName = PostgresEntry;
            }

            var entries = new List<(string Name, string Path)> { (entryName, databaseCopy) };
            entries.AddRange(app.Services.GetRequiredService<Files.FileStore>().All().Select(f => ("files/" + f.RelativePath, f.FullPath)));

            var manifest = new List<BackupManifest.Entry>();
            var partial = target + ".partial";
            await using (var stream = File.Create(partial))
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
            {
                foreach (var (name, path) in entries)
                {
                    var bytes = await File.ReadAllBytesAsync(path, ct);
                    manifest.Add(new BackupManifest.Entry(name, bytes.LongLength, Convert.ToHexStringLower(SHA256.HashData(bytes))));
                    // Attachments are mostly compressed already (PDF, JPEG, DOCX): stored as they are, the database compressed.
                    var entry = zip.CreateEntry(name, name.StartsWith("database/", StringComparison.Ordinal) ? CompressionLevel.Fastest : CompressionLevel.NoCompression);
                    await using var to = await entry.OpenAsync(ct);
                    await to.WriteAsync(bytes, ct);
                }

                var manifestEntry = zip.CreateEntry(BackupManifest.FileName);
                await using var m = await manifestEntry.OpenAsync(ct);
                await JsonSerializer.SerializeAsync(m, new BackupManifest(1, DateTimeOffset.UtcNow, provider.ToString(), manifest), BackupManifest.Json, ct);
            }

            File.Move(partial, target);
            Console.WriteLine($"Đã sao lưu / backed up: {target}");
            Console.WriteLine($"  {provider}: {entryName}, {manifest.Count - 1} tệp đính kèm / attachment files, {new FileInfo(target).Length / 1024} KB");
            Console.WriteLine("  Khóa bí mật không nằm trong bản sao lưu: hãy giữ thư mục secrets riêng. / The master key is not in the archive: keep the secrets folder apart.");
            return 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}

/// <summary>Runs a PostgreSQL client tool with the app's connection settings (password through PGPASSWORD, never the command line).</summary>
internal static class PgTools
{
    public static async Task<bool> RunAsync(string tool, IEnumerable<string> arguments, NpgsqlConnectionStringBuilder cs, CancellationToken ct)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "--host", cs.Host ?? "localhost", "--port", cs.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(a);
        }

        if (cs.Username is { } user)
        {
            start.ArgumentList.Add("--username");
            start.ArgumentList.Add(user);
        }

        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        if (cs.Password is { } password)
        {
            start.Environment["PGPASSWORD"] = password;
        }

        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync(ct);
            await process.StandardOutput.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            if (process.ExitCode != 0)
            {
                await Console.Error.WriteLineAsync(await error);
            }

            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
