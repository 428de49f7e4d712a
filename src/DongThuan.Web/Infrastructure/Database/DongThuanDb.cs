using DongThuan.Web.Infrastructure.Audit;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace DongThuan.Web.Infrastructure.Database;

/// <summary>
/// The one database of the application. Modules contribute their tables through
/// <see cref="IEntityTypeConfiguration{TEntity}"/> classes in their own folders and reach them with
/// <c>db.Set&lt;T&gt;()</c> (or the module's extension properties), so this class knows no module but Accounts,
/// whose user type Identity needs. Each provider has a subclass that owns its migrations.
/// </summary>
public abstract class DongThuanDb : IdentityUserContext<AppUser>
{
    private SaveServices? _services;
    private ICurrentActor? _actor;
    private readonly List<Func<CancellationToken, Task>> _afterCommit = [];

    /// <summary>
    /// Only the options: contexts are pooled (ADR 0034), and EF Core's pool makes them with nothing else. The request's
    /// actor and the save's services are given with <see cref="Serve"/> each time one is handed out.
    /// </summary>
    protected DongThuanDb(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>Whose changes this context saves and what its saves use; the context forgets both when it goes back to the pool.</summary>
    internal void Serve(SaveServices services, ICurrentActor actor)
    {
        _services = services;
        _actor = actor;
    }

    private SaveServices Services => _services ?? throw new InvalidOperationException(
        "A DongThuanDb saved before it was given its actor (DongThuanDb.Serving). / Ngữ cảnh dữ liệu chưa được gán người thao tác.");

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(DongThuanDb).Assembly);
    }

    /// <summary>
    /// Queues work to run once the next save's changes are committed (an announcement that a step happened): at once
    /// when that save commits on its own, or when the outer transaction it runs in commits. A failed save or a
    /// rollback drops it.
    /// </summary>
    public void AfterCommit(Func<CancellationToken, Task> work) => _afterCommit.Add(work);

    internal async Task RunAfterCommitAsync(CancellationToken ct)
    {
        while (_afterCommit.Count > 0)
        {
            var work = _afterCommit[0];
            _afterCommit.RemoveAt(0);
            await work(ct);
        }
    }

    internal void DropAfterCommit() => _afterCommit.Clear();

    /// <summary>How much work is queued: a caller that rolls back to a savepoint drops what was queued after it.</summary>
    internal int AfterCommitMark => _afterCommit.Count;

    internal void DropAfterCommitSince(int mark) => _afterCommit.RemoveRange(mark, _afterCommit.Count - mark);

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        // ASP.NET Core has no synchronisation context, so blocking here cannot deadlock; one code path keeps the audit rules in one place.
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        _afterCommitDone = false;
        try
        {
            var written = await SaveFinishingOwnCommitAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (Database.CurrentTransaction is null && !_afterCommitDone)
            {
                // Committed by a transaction this save began (the interceptor left the rest to it, ADR 0054), or as a
                // single statement without one (the interceptor saw none).
                await AfterCommitAsync(cancellationToken, durable: written > 0);
            }

            return written;
        }
        catch
        {
            if (Database.CurrentTransaction is null)
            {
                LeaveWriterTurn();
                DropAfterCommit();
            }

            throw;
        }
    }

    /// <summary>
    /// Saves; a transaction the save begins itself (its own, or EF Core's automatic one) is left, at its commit, to
    /// this save to finish once the transaction is gone and its connection back in the pool (<see cref="CommittedAsync"/>,
    /// ADR 0054). The search index saves again inside the outer save's transaction, so the outer value is put back
    /// rather than cleared.
    /// </summary>
    private async Task<int> SaveFinishingOwnCommitAsync(bool acceptAllChangesOnSuccess, CancellationToken ct)
    {
        var outer = _saveFinishesCommit;
        _saveFinishesCommit = Database.CurrentTransaction is null;
        try
        {
            return await SaveAuditedAsync(acceptAllChangesOnSuccess, ct);
        }
        finally
        {
            _saveFinishesCommit = outer;
        }
    }

    private bool _saveFinishesCommit;

    /// <summary>
    /// A transaction committed. The writer's turn passes on at once. A save that began the transaction finishes the
    /// commit itself after the connection is closed: durable, then the queued work (<see cref="SaveChangesAsync(bool, CancellationToken)"/>).
    /// A use case's own transaction is finished here, since the use case may go on before it disposes the transaction.
    /// </summary>
    internal Task CommittedAsync(CancellationToken ct)
    {
        if (_saveFinishesCommit)
        {
            LeaveWriterTurn();
            return Task.CompletedTask;
        }

        return AfterCommitAsync(ct);
    }

    /// <summary>The SQLite file's writer turns and group commit; null on PostgreSQL, which queues writers and groups commits itself.</summary>
    private SqliteWriting? Sqlite
    {
        get
        {
            if (!_sqliteKnown)
            {
                _sqlite = Database.GetDbConnection() is Microsoft.Data.Sqlite.SqliteConnection c ? SqliteWriting.For(c.DataSource) : null;
                _sqliteKnown = true;
            }

            return _sqlite;
        }
    }

    private SqliteWriting? _sqlite;
    private bool _sqliteKnown;
    private IDisposable? _turn;
    private bool _afterCommitDone;

    /// <summary>Whether this context holds the SQLite file's writer turn (always false on PostgreSQL).</summary>
    internal bool HoldsWriterTurn => _turn is not null;

    /// <summary>A transaction is about to begin on SQLite: it waits for the file's writer turn rather than colliding with another.</summary>
    internal async Task EnterWriterTurnAsync(CancellationToken ct)
    {
        if (_turn is null && Sqlite is { } sqlite)
        {
            _turn = await sqlite.EnterAsync(ct);
        }
    }

    /// <summary>
    /// Holds <paramref name="name"/> until the current transaction ends: another transaction that asks for the same name
    /// waits until then, so a check made after the hold ("is this one stored already?") cannot be overtaken by a twin.
    /// On SQLite each transaction already has the file's writer turn to itself, which is all the hold needs. On
    /// PostgreSQL it is an advisory lock on the name's 64-bit hash, released by the commit or rollback (two names that
    /// share a hash only wait for each other).
    /// </summary>
    public async Task HoldAsync(string name, CancellationToken ct)
    {
        if (Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A name is held for the length of a transaction: begin one first.");
        }

        if (Sqlite is null)
        {
            await Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({name}, 0))", ct);
        }
    }

    /// <summary>Gives the writer's turn back: after a commit or rollback, or when the context goes with a transaction it never ended.</summary>
    internal void LeaveWriterTurn()
    {
        _turn?.Dispose();
        _turn = null;
    }

    /// <summary>
    /// A transaction committed: the next writer may go; the commit is made durable before anything is announced or
    /// the save returns; then the work queued for after the commit runs.
    /// </summary>
    internal async Task AfterCommitAsync(CancellationToken ct, bool durable = true)
    {
        _afterCommitDone = true;
        LeaveWriterTurn();
        if (durable && Sqlite is { } sqlite)
        {
            await sqlite.MakeDurableAsync(ct);
        }

        await RunAfterCommitAsync(ct);
    }

    public override void Dispose()
    {
        Forget();
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    public override async ValueTask DisposeAsync()
    {
        Forget();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// The context goes back to the pool (or away): it gives back any turn it holds, drops work queued for a commit that
    /// never came, and forgets whose context it was, so the next request that gets it starts clean.
    /// EF Core resets its own state (tracked entities, the connection, the settings) itself.
    /// </summary>
    private void Forget()
    {
        LeaveWriterTurn();
        DropStatementTurn();
        DropAfterCommit();
        _afterCommitDone = false;
        _saveFinishesCommit = false;
        _statementFlushLater = false;
        _services = null;
        _actor = null;
    }

    /// <summary>
    /// Runs a statement that writes on its own (an <c>ExecuteUpdate</c> or <c>ExecuteDelete</c> outside a save) so that it
    /// holds a pooled SQLite connection only while it runs (ADR 0054): the writer's turn is taken before the statement
    /// takes a connection, and what it wrote is flushed to disk after the connection went back. Left to
    /// <see cref="SqliteStatementTurns"/> alone, both waits happen with the connection open, and under a queue of
    /// writers every waiter holds one: the e-mail mark after each step's notices grew the pool to one connection per
    /// request in flight. The interceptor still catches a statement run without this, at that cost.
    /// </summary>
    public async Task<int> WriteAloneAsync(Func<CancellationToken, Task<int>> statement, CancellationToken ct)
    {
        if (Database.CurrentTransaction is not null || Sqlite is not { } sqlite)
        {
            return await statement(ct);
        }

        await EnterStatementTurnAsync(ct);
        _statementFlushLater = true;
        int written;
        try
        {
            written = await statement(ct);
        }
        finally
        {
            // The interceptor gave the turn back once the statement ran; this covers a statement that failed before
            // it reached the database.
            DropStatementTurn();
            _statementFlushLater = false;
        }

        if (written > 0)
        {
            await sqlite.MakeDurableAsync(ct);
        }

        return written;
    }

    private bool _statementFlushLater;

    /// <summary>A statement about to write outside any transaction waits for the writer's turn, unless its context holds it.</summary>
    internal async Task EnterStatementTurnAsync(CancellationToken ct)
    {
        if (_turn is null && _statementTurn is null && Sqlite is { } sqlite)
        {
            _statementTurn = await sqlite.EnterAsync(ct);
        }
    }

    /// <summary>The statement is done: the turn passes on, and what it wrote is made durable (by <see cref="WriteAloneAsync"/>, once the connection is back, if it ran it).</summary>
    internal async Task LeaveStatementTurnAsync(bool wrote, CancellationToken ct)
    {
        var held = _statementTurn is not null;
        DropStatementTurn();
        if (held && wrote && !_statementFlushLater)
        {
            await Sqlite!.MakeDurableAsync(ct);
        }
    }

    private IDisposable? _statementTurn;

    /// <summary>Gives back a statement's turn without flushing: it failed, or was cancelled, or the context is going.</summary>
    internal void DropStatementTurn()
    {
        _statementTurn?.Dispose();
        _statementTurn = null;
    }

    /// <summary>A transaction rolled back: nothing queued for after it happens, and the next writer may go.</summary>
    internal void AfterRollback()
    {
        LeaveWriterTurn();
        DropAfterCommit();
    }

    private async Task<int> SaveAuditedAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        // Changes are detected once for the whole save. Each reader of the tracker below (the text limits, the audit,
        // the search index) and EF Core's own save would otherwise scan every tracked entity again: a context that
        // holds thousands (an import, the demo seeder) spent three quarters of its time in those scans.
        if (ChangeTracker.AutoDetectChangesEnabled)
        {
            ChangeTracker.DetectChanges();
        }

        List<AuditEntry> pending;
        List<(ISaveParticipant Participant, object? Captured)> derived;
        using (DetectedAlready())
        {
            TextLimits.Check(ChangeTracker);
            var services = Services;
            pending = AuditRecorder.Capture(ChangeTracker, _actor!, services.Time.GetUtcNow());
            derived = services.Participants.Select(p => (Participant: p, Captured: p.Capture(ChangeTracker))).Where(x => x.Captured is not null).ToList();
        }

        // A save that fails inside a caller's transaction fails that transaction: nothing in the application goes on
        // with a transaction after a failed save (an import rolls a refused row back to its own savepoint), so EF Core's
        // savepoint around each save was two statements for nothing, four in a petition's writer turn (ADR 0060). The
        // facade's setting goes back to its default when a pooled context is reused, so it is set at every save.
        Database.AutoSavepointsEnabled = false;

        if (pending.Count == 0 && derived.Count == 0)
        {
            using (DetectedAlready())
            {
                return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }
        }

        // The change, its audit entries and the rows derived from it commit together or not at all.
        await using var ownTransaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            if (pending.Count > 0)
            {
                await SealAsync(pending, cancellationToken);
            }

            int written;
            using (DetectedAlready())
            {
                // Sealing wrote the audit rows (SQLite) or added them to the context with their final values (PostgreSQL).
                written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }

            // Participants query and save again with detection as it was: what they change must be seen.
            foreach (var (participant, captured) in derived)
            {
                await participant.AfterSaveAsync(this, captured!, cancellationToken);
            }

            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
                if (pending.Count > 0)
                {
                    // Only what this save committed itself: an outer transaction may still roll back.
                    Services.Sealing.Committed(pending[^1].Sequence, pending[^1].Hash);
                }
            }

            return written;
        }
        catch
        {
            // Nothing half-saved: forget the unsealed entries so a retry captures the changes afresh.
            foreach (var entry in pending)
            {
                Entry(entry).State = EntityState.Detached;
            }

            throw;
        }
    }

    /// <summary>
    /// Saves when, since the last save, nothing tracked was changed but <paramref name="changed"/> and what was added to or
    /// removed from the context: detecting changes in those alone spares a scan of everything the context tracks (the
    /// search index saves this way after each save of a context that may hold thousands of records).
    /// </summary>
    public async Task<int> SaveChangesOfAsync(IEnumerable<object> changed, CancellationToken ct)
    {
        foreach (var entity in changed)
        {
            Entry(entity).DetectChanges();
        }

        using (DetectedAlready())
        {
            return await SaveChangesAsync(ct);
        }
    }

    /// <summary>Turns automatic change detection off until disposed, right after a detection that covers what follows.</summary>
    private DetectionPause DetectedAlready() => new(ChangeTracker);

    private readonly struct DetectionPause : IDisposable
    {
        private readonly ChangeTracker _tracker;
        private readonly bool _was;

        public DetectionPause(ChangeTracker tracker)
        {
            _tracker = tracker;
            _was = tracker.AutoDetectChangesEnabled;
            tracker.AutoDetectChangesEnabled = false;
        }

        public void Dispose() => _tracker.AutoDetectChangesEnabled = _was;
    }

    /// <summary>Saves audit rows re-sealed by <see cref="AuditChain.SealUnkeyedChainAsync"/>: they are the trail, so nothing of them is captured again.</summary>
    internal Task<int> SaveAuditRowsAsync(CancellationToken ct) => base.SaveChangesAsync(true, ct);

    private async Task SealAsync(List<AuditEntry> pending, CancellationToken cancellationToken)
    {
        // Writing the head row first takes its lock, so two writers (even two app instances)
        // seal their entries one after the other and the chain never forks. The same statement reads the head back,
        // one statement fewer for every save that is audited (issue 21). It is read past EF Core's query pipeline
        // (ADR 0052): every audited save runs it, on SQLite inside the writer's turn (ADR 0058).
        var head = (await RawRows.ListAsync(this,
            "UPDATE \"AuditChainHead\" SET \"LastSequence\" = \"LastSequence\" WHERE \"Id\" = 1 RETURNING \"LastSequence\", \"LastHash\", \"KeyFingerprint\"", [],
            r => new AuditChainHead { LastSequence = r.GetInt64(0), LastHash = r.GetString(1), KeyFingerprint = r.GetString(2) }, cancellationToken)).Single();
        if (!head.CanBeExtendedWith(Services.Sealing.Fingerprint))
        {
            // Sealing with another key would leave a chain no key verifies: stop rather than write it.
            throw new AuditKeyMismatchException();
        }

        var sequence = head.LastSequence;
        var hash = head.LastHash;
        var key = Services.Sealing.Key;
        foreach (var entry in pending)
        {
            entry.Seal(++sequence, hash, key);
            hash = entry.Hash;
        }

        if (Database.IsSqlite())
        {
            // One statement for all of them: EF Core's save would run one per entry, each prepared afresh, inside the
            // writer's turn (ADR 0060).
            await RowsInOneStatement.InsertAsync(this, pending, cancellationToken);
        }
        else
        {
            // PostgreSQL receives EF Core's whole save in one round trip, and the entries go with it.
            Set<AuditEntry>().AddRange(pending);
        }

        var fingerprint = Services.Sealing.Fingerprint;
        await Database.ExecuteSqlAsync(
            $"UPDATE \"AuditChainHead\" SET \"LastSequence\" = {sequence}, \"LastHash\" = {hash}, \"KeyFingerprint\" = {fingerprint} WHERE \"Id\" = 1", cancellationToken);
    }
}
