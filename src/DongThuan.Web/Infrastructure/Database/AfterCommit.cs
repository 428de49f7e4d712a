using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DongThuan.Web.Infrastructure.Database;

/// <summary>
/// Runs the work a save queued with <see cref="DongThuanDb.AfterCommit"/> once its transaction has committed,
/// whoever committed it: the save's own transaction, or an outer one a use case opened around several saves.
/// A rollback drops the work, so nothing is announced that did not happen. On SQLite every transaction also waits
/// for the file's writer turn before it begins and gives it back when it ends (<see cref="SqliteWriting"/>).
/// A save that began the transaction itself finishes the commit after the connection is closed
/// (<see cref="DongThuanDb.CommittedAsync"/>, ADR 0054); here it only passes the turn on.
/// </summary>
public sealed class AfterCommitInterceptor : DbTransactionInterceptor
{
    public static readonly AfterCommitInterceptor Instance = new();

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is DongThuanDb db)
        {
            await db.EnterWriterTurnAsync(cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        if (eventData.Context is DongThuanDb db)
        {
            // ASP.NET Core has no synchronisation context, so blocking here cannot deadlock.
            db.EnterWriterTurnAsync(CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionFailed(transaction, eventData);
        return Task.CompletedTask;
    }

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData)
    {
        // A begin, commit or rollback that failed leaves no transaction that could still write.
        if (eventData.Context is DongThuanDb db && db.Database.CurrentTransaction is null)
        {
            db.LeaveWriterTurn();
        }
    }

    public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is DongThuanDb db)
        {
            await db.CommittedAsync(cancellationToken);
        }
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is DongThuanDb db)
        {
            // ASP.NET Core has no synchronisation context, so blocking here cannot deadlock.
            db.CommittedAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData.Context as DongThuanDb)?.AfterRollback();
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => (eventData.Context as DongThuanDb)?.AfterRollback();
}
