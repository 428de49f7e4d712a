using DongThuan.Web.Infrastructure.Audit;
using DongThuan.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Infrastructure.Operations;

/// <summary>
/// <c>verify</c>: the audit chain against its key and its signed checkpoint, every attachment file against the
/// SHA-256 it is named by (and every file a record names present), and the database's own integrity check.
/// Prints each finding and exits 1 on any fault, so a cron job or a monitoring check can run it. It takes the
/// services and the writer rather than the app and the console, so that the tests can check each kind of fault on a
/// running host without starting a process for each.
/// </summary>
public static class Verify
{
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DongThuanDb>();
        var faults = 0;

        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
        {
            output.WriteLine($"FAULT database: {pending.Count} migrations not applied (run 'migrate') / chưa nâng cấp cơ sở dữ liệu");
            return 1;
        }

        if (db.Database.IsSqlite())
        {
            var result = await db.Database.SqlQueryRaw<string>("SELECT integrity_check AS \"Value\" FROM pragma_integrity_check()").ToListAsync(ct);
            var ok = result is ["ok"];
            faults += ok ? 0 : 1;
            output.WriteLine(ok ? "ok    database: SQLite integrity_check" : $"FAULT database: {string.Join("; ", result.Take(5))}");
        }
        else
        {
            await db.Database.ExecuteSqlRawAsync("SELECT 1", ct);
            output.WriteLine("ok    database: PostgreSQL reachable, schema up to date");
        }

        var sealing = scope.ServiceProvider.GetRequiredService<AuditSealing>();
        var chain = await AuditChain.VerifyAsync(db, sealing, ct);
        faults += chain.Intact ? 0 : 1;
        if (chain.Intact)
        {
            await sealing.CheckpointHeadAsync(db, ct);
        }

        output.WriteLine(chain.Intact
            ? $"ok    audit: {chain.EntriesChecked} entries, keyed hashes and head intact" + (chain.Checkpoint is { } c ? $", checkpoint {c.Sequence} of {c.At:yyyy-MM-dd HH:mm} UTC matches" : ", no checkpoint yet")
            : $"FAULT audit: {chain.Problem}");

        var (present, damaged) = await scope.ServiceProvider.GetRequiredService<Files.FileStore>().CheckAsync(ct);

        var named = await NamedFilesAsync(db, ct);
        var missing = named.Where(n => !present.Contains(n)).ToList();
        faults += damaged.Count + missing.Count;
        output.WriteLine(damaged.Count + missing.Count == 0
            ? $"ok    files: {present.Count} files match their SHA-256; all {named.Count} named by records are present"
            : $"FAULT files: {damaged.Count} altered ({string.Join(", ", damaged.Take(5))}), {missing.Count} missing ({string.Join(", ", missing.Take(5))})");

        output.WriteLine(faults == 0 ? "Toàn vẹn / intact." : $"{faults} lỗi / faults.");
        return faults == 0 ? 0 : 1;
    }

    /// <summary>Every SHA-256 a record names: the columns of the model whose name ends in Sha256 (attachments, evidence, photos, imports).</summary>
    private static async Task<HashSet<string>> NamedFilesAsync(DongThuanDb db, CancellationToken ct)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in db.Model.GetEntityTypes().Where(t => t.GetTableName() is not null && t.ClrType != typeof(Files.FileText)))
        {
            foreach (var property in type.GetProperties().Where(p => p.Name.EndsWith("Sha256", StringComparison.Ordinal) && p.ClrType == typeof(string)))
            {
                var table = type.GetTableName()!;
                var column = property.GetColumnName();
                // Names from the model, never from input: safe to place in the statement.
                var sql = "SELECT \"" + column + "\" AS \"Value\" FROM \"" + table + "\" WHERE \"" + column + "\" IS NOT NULL AND \"" + column + "\" <> ''";
                var values = await db.Database.SqlQueryRaw<string>(sql).ToListAsync(ct);
                names.UnionWith(values);
            }
        }

        return names;
    }
}
