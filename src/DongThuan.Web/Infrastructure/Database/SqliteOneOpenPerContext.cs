using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DongThuan.Web.Infrastructure.Database;

/// <summary>
/// A context's SQLite connection is opened at its first query and stays open until the context is disposed (the end
/// of the request or the job), instead of being opened and closed around every query as EF Core does by default.
/// </summary>
/// <remarks>
/// Each open of a pooled SQLite connection is more than taking it from the pool: Microsoft.Data.Sqlite registers EF
/// Core's SQL functions on the native connection again (seven of them, each with its handles), and the close undoes
/// them. A signed-in page runs eight or nine queries, so opening and closing was about a sixth of what such a page
/// allocated (issue 21, ADR 0033). Suppressing the close leaves the connection open; EF Core then treats it as opened
/// by the caller and closes it only when the context goes, which returns it to the pool. A connection held this way
/// holds no read transaction between queries, so writers and checkpoints are not kept waiting by it.
/// </remarks>
public sealed class SqliteOneOpenPerContext : DbConnectionInterceptor
{
    public static readonly SqliteOneOpenPerContext Instance = new();

    public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        InterceptionResult.Suppress();

    public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        ValueTask.FromResult(InterceptionResult.Suppress());
}
