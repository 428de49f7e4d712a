using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using DongThuan.Web.Infrastructure.Database;
using Npgsql;

namespace DongThuan.Web.Infrastructure.Operations;

/// <summary>
/// <c>restore FILE</c>: puts a <see cref="Backup"/> archive back, into an empty data folder (SQLite) or an empty
/// database (PostgreSQL, created if missing) only: restoring over live records would silently mix two histories,
/// so a folder or database that holds anything is refused with a message saying so. Every entry is checked against
/// the manifest's SHA-256 before anything is written.
/// </summary>
public static class Restore
{
    public static async Task<int> RunAsync(WebApplication app, string[] operands, CancellationToken ct)
    {
        if (operands.Length != 1 || !File.Exists(operands[0]))
        {
            return OperatorVerbs.Fail("Cách dùng: restore TỆP (tệp sao lưu phải tồn tại)", "Usage: restore FILE (an existing backup archive)");
        }

        var configuration = app.Configuration;
        var provider = DatabaseSetup.Provider(configuration);
        var dataDirectory = DatabaseSetup.DataDirectory(configuration);
        var filesDirectory = app.Services.GetRequiredService<Files.FileStore>().Root;
        if (Directory.Exists(filesDirectory) && Directory.EnumerateFileSystemEntries(filesDirectory).Any())
        {
            return OperatorVerbs.Fail($"Thư mục {filesDirectory} đã có tệp: chỉ khôi phục vào thư mục dữ liệu trống.",
                $"{filesDirectory} is not empty: restore only into an empty data folder.");
        }

        ZipArchive zip;
        try
        {
            zip = ZipFile.OpenRead(Path.GetFullPath(operands[0]));
        }
        catch (InvalidDataException)
        {
            return OperatorVerbs.Fail("Tệp này không phải bản sao lưu của Đồng Thuận (không đọc được dạng zip).", "Not a DongThuan backup (not a zip archive).");
        }

        using var _ = zip;
        var manifestEntry = zip.GetEntry(BackupManifest.FileName);
        BackupManifest? manifest;
        try
        {
            await using var m = manifestEntry is null ? null : await manifestEntry.OpenAsync(ct);
            manifest = m is null ? null : await JsonSerializer.DeserializeAsync<BackupManifest>(m, BackupManifest.Json, ct);
        }
        catch (JsonException)
        {
            manifest = null;
        }

        if (manifest is null)
        {
            return OperatorVerbs.Fail("Tệp này không phải bản sao lưu của Đồng Thuận (thiếu manifest.json).", "Not a DongThuan backup (no manifest.json).");
        }

        if (!string.Equals(manifest.Provider, provider.ToString(), StringComparison.OrdinalIgnoreCase))
        {
            return OperatorVerbs.Fail($"Bản sao lưu của {manifest.Provider}, cấu hình hiện dùng {provider}.", $"The backup is of {manifest.Provider}; this configuration uses {provider}.");
        }

        // Check every entry before writing anything.
        foreach (var entry in manifest.Entries)
        {
            var zipped = zip.GetEntry(entry.Path);
            if (zipped is null || !IsKnownEntry(entry.Path, filesDirectory))
            {
                return OperatorVerbs.Fail($"Bản sao lưu thiếu hoặc sai mục {entry.Path}.", $"The backup lacks or misnames {entry.Path}.");
            }

            await using var s = await zipped.OpenAsync(ct);
            if (Convert.ToHexStringLower(await SHA256.HashDataAsync(s, ct)) != entry.Sha256)
            {
                return OperatorVerbs.Fail($"Mục {entry.Path} không khớp bảng băm: bản sao lưu bị hỏng.", $"{entry.Path} does not match its SHA-256: the backup is damaged.");
            }
        }

        if (provider == DatabaseProvider.Sqlite)
        {
            var file = DatabaseSetup.SqliteFile(configuration);
            if (File.Exists(file) && new FileInfo(file).Length > 0)
            {
                return OperatorVerbs.Fail($"Đã có cơ sở dữ liệu tại {file}: chỉ khôi phục vào thư mục dữ liệu trống.",
                    $"A database exists at {file}: restore only into an empty data folder.");
            }

            Directory.CreateDirectory(dataDirectory);
            await ExtractAsync(zip, Backup.SqliteEntry, file, ct);
        }
        else
        {
            var cs = new NpgsqlConnectionStringBuilder(configuration.GetConnectionString("Postgres"));
            await DatabaseSetup.CreatePostgresDatabaseIfMissingAsync(cs.ConnectionString, ct);
            await using (var connection = new NpgsqlConnection(cs.ConnectionString))
            {
                await connection.OpenAsync(ct);
                await using var count = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", connection);
                if ((long)(await count.ExecuteScalarAsync(ct))! > 0)
                {
                    return OperatorVerbs.Fail($"Cơ sở dữ liệu {cs.Database} đã có bảng: chỉ khôi phục vào cơ sở dữ liệu trống.",
                        $"Database {cs.Database} has tables: restore only into an empty database.");
                }
            }

            var dump = Path.Combine(Path.GetTempPath(), "dongthuan-restore-" + Guid.NewGuid().ToString("N") + ".pgdump");
            try
            {
                await ExtractAsync(zip, Backup.PostgresEntry, dump, ct);
                if (!await PgTools.RunAsync("pg_restore", ["--no-owner", "--dbname", cs.Database!, dump], cs, ct))
                {
                    return OperatorVerbs.Fail($"pg_restore không chạy được hoặc báo lỗi. Có thể chạy tay: pg_restore --no-owner --dbname {cs.Database} với tệp {Backup.PostgresEntry} trong bản sao lưu.",
                        "pg_restore could not be run or failed; run it by hand on the dump inside the archive.");
                }
            }
            finally
            {
                File.Delete(dump);
            }
        }

        var restored = 0;
        foreach (var entry in manifest.Entries.Where(e => e.Path.StartsWith("files/", StringComparison.Ordinal)))
        {
            await ExtractAsync(zip, entry.Path, Path.Combine(filesDirectory, entry.Path["files/".Length..]), ct);
            restored++;
        }

        Console.WriteLine($"Đã khôi phục / restored: {manifest.Provider} database of {manifest.CreatedAt:yyyy-MM-dd HH:mm} UTC, {restored} tệp đính kèm / attachment files, into {dataDirectory}");
        Console.WriteLine("  Hãy đặt lại thư mục secrets (hoặc Secrets:MasterKey) của máy chủ cũ trước khi chạy, rồi chạy 'verify'. / Put back the old server's secrets folder (or Secrets:MasterKey) before starting, then run 'verify'.");
        return 0;
    }

    /// <summary>The database copy, or a file that lands inside the files folder: a crafted name ("files/../..", "files//etc") is not one.</summary>
    private static bool IsKnownEntry(string path, string filesDirectory)
    {
        if (path is Backup.SqliteEntry or Backup.PostgresEntry)
        {
            return true;
        }

        if (!path.StartsWith("files/", StringComparison.Ordinal))
        {
            return false;
        }

        var root = Path.GetFullPath(filesDirectory) + Path.DirectorySeparatorChar;
        var target = Path.GetFullPath(Path.Combine(root, path["files/".Length..]));
        return target.StartsWith(root, StringComparison.Ordinal) && !Path.IsPathRooted(path["files/".Length..]);
    }

    private static async Task ExtractAsync(ZipArchive zip, string name, string to, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        await using var from = await zip.GetEntry(name)!.OpenAsync(ct);
        await using var file = File.Create(to);
        await from.CopyToAsync(file, ct);
    }
}
