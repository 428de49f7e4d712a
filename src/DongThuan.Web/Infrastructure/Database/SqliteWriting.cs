using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DongThuan.Web.Infrastructure.Database;

/// <summary>
/// How saves write to one SQLite file (ADR 0027). SQLite lets one writer in at a time; two saves that collide get
/// "busy", and Microsoft.Data.Sqlite retries by sleeping the thread, so under load writers slept more than they wrote.
/// Here they queue instead (<see cref="EnterAsync"/>), in order and without blocking a thread. And a commit no longer
/// waits for the disk on its own (<c>synchronous=NORMAL</c>): before a save returns, <see cref="MakeDurableAsync"/>
/// flushes the log to disk once for every commit made since the last flush, however many (a group commit).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "One per database file for the life of the process, like the file's connection pool.")]
public sealed class SqliteWriting
{
    private static readonly ConcurrentDictionary<string, SqliteWriting> Files = new(StringComparer.Ordinal);

    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly SemaphoreSlim _flusher = new(1, 1);
    private readonly string _log;
    private long _asked;
    private long _flushed;

    private SqliteWriting(string file) => _log = file + "-wal";

    /// <summary>The one instance for a database file, shared by every context and host of the process that writes it.</summary>
    public static SqliteWriting For(string file) => Files.GetOrAdd(Path.GetFullPath(file), f => new SqliteWriting(f));

    /// <summary>Waits for this file's writer's turn; disposing the result gives the turn to the next.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken ct)
    {
        await _writer.WaitAsync(ct);
        return new Turn(_writer);
    }

    /// <summary>
    /// Returns once what this caller committed is on the disk. The caller's commit happened before it asked; a flush
    /// that starts after the asking covers it, so one flush answers everyone who asked before it began.
    /// </summary>
    public async Task MakeDurableAsync(CancellationToken ct)
    {
        // Every caller has just passed the writer's turn on. A writer that was waiting for it is woken on this thread's
        // own queue of work, which the thread reaches only when the request it is running lets go of it: under 64
        // intakes, a turn stood idle 0.16–0.33 ms at every hand-over, and every writer behind it waited as long. Stepping
        // aside here lets the next writer run at once; this flush, which no writer waits for, comes after (ADR 0058).
        if (_writer.CurrentCount == 0)
        {
            await Task.Yield();
        }

        var ticket = Interlocked.Increment(ref _asked);
        await _flusher.WaitAsync(ct);
        try
        {
            if (Interlocked.Read(ref _flushed) >= ticket)
            {
                return;
            }

            var covers = Interlocked.Read(ref _asked);
            FlushLog();
            Interlocked.Exchange(ref _flushed, covers);
        }
        finally
        {
            _flusher.Release();
        }
    }

    /// <summary>
    /// fsync on a descriptor of its own flushes every write to the file, whoever made it. SQLite never locks the log
    /// file (its locks are on the database and the shared-memory file), so opening and closing it here disturbs none.
    /// No log file means everything was checkpointed into the database, which SQLite synced when it did so.
    /// </summary>
    private void FlushLog()
    {
        try
        {
            using var log = new FileStream(_log, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.None);
            log.Flush(flushToDisk: true);
        }
        catch (FileNotFoundException)
        {
        }
    }

    private sealed class Turn(SemaphoreSlim writer) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                writer.Release();
            }
        }
    }
}

/// <summary>
/// Every SQLite connection the application opens commits without waiting for the disk: durability comes from
/// <see cref="SqliteWriting.MakeDurableAsync"/> before a save returns. In WAL mode this keeps the database
/// consistent whatever happens; a commit is only at risk between its write and that flush, when nobody has been told yet.
/// </summary>
public sealed class SqliteGroupCommit : DbConnectionInterceptor
{
    public static readonly SqliteGroupCommit Instance = new();

    // The native connections already relaxed. A pooled connection keeps its setting for life, and EF Core opens the
    // pool's connection for every query of a context: setting it again each time was one statement more per query.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SQLitePCL.sqlite3, object> Relaxed = new();
    private static readonly object Done = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Relax(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Relax(connection);
        return Task.CompletedTask;
    }

    private static void Relax(DbConnection connection)
    {
        // A read-only connection (EF Core's "can it connect" of the health check) never commits; a statement on it
        // would only make SQLite read the schema of a connection that is closed again at once.
        if (connection.ConnectionString.Contains("Mode=ReadOnly", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (connection is not Microsoft.Data.Sqlite.SqliteConnection { Handle: { } handle } || Relaxed.TryGetValue(handle, out _))
        {
            return;
        }

        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous=NORMAL";
        pragma.ExecuteNonQuery();
        Relaxed.AddOrUpdate(handle, Done);
    }
}

/// <summary>
/// A statement that writes on its own, outside any save or transaction (<c>ExecuteUpdate</c> of a read mark or a
/// progress counter), takes the writer's turn too: left to collide with saves, it was the driver's 150 ms sleeps
/// that held intake back.
/// </summary>
public sealed class SqliteStatementTurns : DbCommandInterceptor
{
    public static readonly SqliteStatementTurns Instance = new();

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (command.Transaction is null && eventData.Context is DongThuanDb db)
        {
            await db.EnterStatementTurnAsync(cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        if (command.Transaction is null && eventData.Context is DongThuanDb db)
        {
            db.EnterStatementTurnAsync(CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is DongThuanDb db)
        {
            await db.LeaveStatementTurnAsync(result > 0, cancellationToken);
        }

        return result;
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        if (eventData.Context is DongThuanDb db)
        {
            db.LeaveStatementTurnAsync(result > 0, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    // A statement that failed or was cancelled (a reader who went away) gives the turn back; nothing of it is kept.
    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData.Context as DongThuanDb)?.DropStatementTurn();
        return Task.CompletedTask;
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => (eventData.Context as DongThuanDb)?.DropStatementTurn();

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData.Context as DongThuanDb)?.DropStatementTurn();
        return Task.CompletedTask;
    }

    public override void CommandCanceled(DbCommand command, CommandEndEventData eventData) => (eventData.Context as DongThuanDb)?.DropStatementTurn();
}
