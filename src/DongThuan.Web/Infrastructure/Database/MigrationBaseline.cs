using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DongThuan.Web.Infrastructure.Database;

/// <summary>
/// Migrates a database from whatever this application made it with (ADR 0043). The migrations up to 2026-12-06 were
/// squashed into one, <c>Baseline</c>, the first migration of each engine. A database made by the old chain and brought
/// to its last migration has exactly the baseline's schema: it is taken over by writing the baseline into its history
/// in place of the old chain's names, and is then migrated as usual. A database stopped part-way along the old chain
/// cannot be taken over; it is refused with what to do, before anything is changed.
/// </summary>
public static class MigrationBaseline
{
    /// <summary>The last migration of each engine's squashed chain: a database whose history has it has the baseline's schema.</summary>
    public const string SqliteLastSquashed = "20261206153932_SearchTitles";

    /// <inheritdoc cref="SqliteLastSquashed"/>
    public const string PostgresLastSquashed = "20261206184423_SearchBlocks";

    /// <summary>The commit that last carried the old chain: the version to migrate an older database with first.</summary>
    public const string LastCommitWithTheChain = "41192a5";

    /// <summary>Takes over a database of the old chain, then applies every migration it does not have.</summary>
    public static async Task MigrateAsync(DbContext db, CancellationToken ct)
    {
        await using var turn = await MigrationTurnAsync(db, ct);
        await AdoptAsync(db, ct);
        await db.Database.MigrateAsync(ct);
    }

    /// <summary>
    /// On PostgreSQL, one instance at a time migrates, from its first look at the history to its last migration. EF Core's
    /// own lock there lasts one migration's transaction: with two migrations pending, a second instance took the lock
    /// between them, found only the second pending, applied it, and the first then applied it again and failed
    /// ("index … does not exist"). The turn is a session advisory lock on a connection outside every pool, so ending
    /// the session gives it back whatever happens, and no pooled connection (returned without a reset, ADR 0048)
    /// keeps it. SQLite needs none: EF Core holds its lock there until every migration is applied.
    /// </summary>
    private static async Task<IAsyncDisposable?> MigrationTurnAsync(DbContext db, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql())
        {
            return null;
        }

        var own = new Npgsql.NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false, Enlist = false };
        var session = new Npgsql.NpgsqlConnection(own.ConnectionString);
        try
        {
            await session.OpenAsync(ct);
            await using var take = new Npgsql.NpgsqlCommand("SELECT pg_advisory_lock(hashtextextended('dongthuan migrations', 0))", session);
            await take.ExecuteNonQueryAsync(ct);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Replaces the old chain's names in the history with the baseline's, in one transaction. Does nothing on an empty
    /// database (the baseline creates it) or on one that already has the baseline. Several instances may start at once
    /// on a shared database: the takeover holds EF Core's own migration lock, and looks at the history again once it has it.
    /// </summary>
    private static async Task AdoptAsync(DbContext db, CancellationToken ct)
    {
        var history = db.GetService<IHistoryRepository>();
        var baseline = db.GetService<IMigrationsAssembly>().Migrations.Keys.First();
        if (await OldChainAsync(db, history, baseline, ct) is null)
        {
            return;
        }

        // The lock is EF Core's (PostgreSQL: the history table locked until the transaction ends; SQLite: a row of its own
        // until released), so it is taken in the order the engine's kind of lock needs, on a connection held open.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var inTransaction = history.LockReleaseBehavior == LockReleaseBehavior.Transaction;
            await using var transaction = inTransaction ? await db.Database.BeginTransactionAsync(ct) : null;
            await using var held = await history.AcquireDatabaseLockAsync(ct);
            await using var own = inTransaction ? null : await db.Database.BeginTransactionAsync(ct);
            if (await OldChainAsync(db, history, baseline, ct) is not { } applied)
            {
                return;
            }

            foreach (var id in applied)
            {
                await db.Database.ExecuteSqlRawAsync(history.GetDeleteScript(id), ct);
            }

            await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(baseline, ProductInfo.GetVersion())), ct);
            await (transaction ?? own)!.CommitAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// The old chain's names in the history when they are to be replaced; null when there is nothing to take over. Throws
    /// <see cref="DatabaseTooOldException"/> for a history that stops before the old chain's end.
    /// </summary>
    private static async Task<List<string>?> OldChainAsync(DbContext db, IHistoryRepository history, string baseline, CancellationToken ct)
    {
        if (!await history.ExistsAsync(ct))
        {
            return null;
        }

        var applied = (await history.GetAppliedMigrationsAsync(ct)).Select(r => r.MigrationId).ToList();
        if (applied.Count == 0 || applied.Contains(baseline, StringComparer.Ordinal))
        {
            return null;
        }

        var last = db.Database.IsSqlite() ? SqliteLastSquashed : PostgresLastSquashed;
        return applied.Contains(last, StringComparer.Ordinal) ? applied : throw new DatabaseTooOldException(applied.Max(StringComparer.Ordinal)!);
    }
}

/// <summary>A database stopped part-way along the migrations that were squashed: it must be brought to their end first.</summary>
public sealed class DatabaseTooOldException(string lastApplied) : InvalidOperationException(
    $"This database was made by an older DongThuan and stopped at migration {lastApplied}. Migrate it first with DongThuan at commit "
    + $"{MigrationBaseline.LastCommitWithTheChain} ('migrate'), then with this version. Nothing was changed. "
    + $"/ Cơ sở dữ liệu do phiên bản DongThuan cũ tạo, dừng ở bước nâng cấp {lastApplied}. Hãy nâng cấp trước bằng DongThuan bản "
    + $"{MigrationBaseline.LastCommitWithTheChain} (lệnh 'migrate'), rồi mới dùng phiên bản này. Chưa có gì bị thay đổi.")
{
    public string LastApplied { get; } = lastApplied;
}
