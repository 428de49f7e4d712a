using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace DongThuan.Web.Infrastructure.Database;

// EF Core's SQLite connection is an internal type; deriving from it is the one way to change how it makes its
// connection (ADR 0044). A release that changes its constructor fails the build here, not at run time.
#pragma warning disable EF1001

/// <summary>
/// EF Core's SQLite connection, without the functions EF Core adds to every connection it makes (ADR 0044). It adds
/// eleven: <c>regexp</c> and ten for decimal arithmetic and aggregates (<c>ef_add</c>, <c>ef_sum</c>, …), and a decimal
/// collation. Microsoft.Data.Sqlite registers each with the native connection at every open and removes it at every
/// close, because a pooled native connection is shared; EF Core opens and closes the connection around every query
/// outside a transaction. That was about 11 µs and 5 KB a query (<c>bench/DongThuan.Bench</c>, <c>PerQueryCosts</c>), and
/// 6–7% of a signed-in page's CPU. The model has no decimal property and no query matches a regular expression
/// (<c>SqliteWritingTests.No_property_of_the_model_is_a_decimal</c> holds the model to that); a query that needed them would fail with "no such function".
/// </summary>
public sealed class SqliteLeanConnection(RelationalConnectionDependencies dependencies, IRawSqlCommandBuilder rawSqlCommandBuilder,
    IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger) : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    protected override DbConnection CreateDbConnection() => new SqliteConnection(GetValidatedConnectionString());

    /// <summary>
    /// A transaction waits for the file's writer turn (ADR 0027) before it takes a connection from the pool, not after
    /// (ADR 0054). EF Core opens the connection first and only then asks the interceptors whether the transaction may
    /// begin, so every writer in the queue held an open native connection while it waited: 64 petitions arriving at
    /// once grew the pool to about a hundred connections, each with its own schema, page cache and statement memory.
    /// Waiting here first, a queue of writers holds none; the interceptor then finds the turn already held.
    /// </summary>
    public override async Task<IDbContextTransaction> BeginTransactionAsync(IsolationLevel isolationLevel, CancellationToken cancellationToken = default)
    {
        var took = await TakeTurnAsync(cancellationToken);
        try
        {
            return await base.BeginTransactionAsync(isolationLevel, cancellationToken);
        }
        catch when (took)
        {
            ((DongThuanDb)Context).LeaveWriterTurn();
            throw;
        }
    }

    public override IDbContextTransaction BeginTransaction(IsolationLevel isolationLevel)
    {
        // ASP.NET Core has no synchronisation context, so blocking here cannot deadlock.
        var took = TakeTurnAsync(CancellationToken.None).GetAwaiter().GetResult();
        try
        {
            return base.BeginTransaction(isolationLevel);
        }
        catch when (took)
        {
            ((DongThuanDb)Context).LeaveWriterTurn();
            throw;
        }
    }

    /// <summary>Takes the turn unless the context holds it already (or is not the application's); true if it took it.</summary>
    private async Task<bool> TakeTurnAsync(CancellationToken ct)
    {
        if (Context is not DongThuanDb db || db.HoldsWriterTurn)
        {
            return false;
        }

        await db.EnterWriterTurnAsync(ct);
        return db.HoldsWriterTurn;
    }
}

public static class SqliteLeanConnections
{
    /// <summary>Every context made with these options uses <see cref="SqliteLeanConnection"/>.</summary>
    public static TBuilder UseLeanSqliteConnections<TBuilder>(this TBuilder options)
        where TBuilder : DbContextOptionsBuilder
    {
        options.ReplaceService<ISqliteRelationalConnection, SqliteLeanConnection>();
        return options;
    }
}
#pragma warning restore EF1001
