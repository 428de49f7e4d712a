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
