using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DongThuan.Web.Infrastructure.Database;

/// <summary>
/// Runs the work a save queued with <see cref="DongThuanDb.AfterCommit"/> once its transaction has committed,
/// whoever committed it: the save's own transaction, or an outer one a use case opened around several saves.
/// A rollback drops the work, so nothing is announced that did not happen.
/// </summary>
public sealed class AfterCommitInterceptor : DbTransactionInterceptor
{
    public static readonly AfterCommitInterceptor Instance = new();

    public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is DongThuanDb db)
        {
            await db.RunAfterCommitAsync(cancellationToken);
        }
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is DongThuanDb db)
        {
            // ASP.NET Core has no synchronisation context, so blocking here cannot deadlock.
            db.RunAfterCommitAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData.Context as DongThuanDb)?.DropAfterCommit();
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => (eventData.Context as DongThuanDb)?.DropAfterCommit();
}
