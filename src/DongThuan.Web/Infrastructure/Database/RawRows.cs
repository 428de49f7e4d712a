using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace DongThuan.Web.Infrastructure.Database;

/// <summary>
/// One raw SQL statement run through EF Core's command layer but not its query pipeline (ADR 0052): the context's
/// connection, its interceptors (<see cref="PostgresGenericPlans"/> prepares the statement), its logging and
/// diagnostics (the tests count the statement as any other), and the rows read by the caller, column by column.
/// </summary>
/// <remarks>
/// <c>Database.SqlQueryRaw&lt;T&gt;</c> wraps the statement in a LINQ query: each run walks that query for its values,
/// looks it up in the compiled-query cache, processes its parameters and materialises the rows through a shaper made
/// for the type. For a statement that takes a fraction of a millisecond on the server (the search's rare word), that
/// walk cost more than the server did. Only for reads whose columns are fixed by the statement that names them.
/// </remarks>
public static class RawRows
{
    /// <summary>
    /// The rows of <paramref name="sql"/>, with <c>{0}</c>, <c>{1}</c>… standing for <paramref name="args"/>, sent as
    /// parameters as <c>SqlQueryRaw</c> sends them; <paramref name="row"/> reads one row of the reader.
    /// </summary>
    public static async Task<List<T>> ListAsync<T>(DbContext db, string sql, IReadOnlyList<object> args, Func<DbDataReader, T> row, CancellationToken ct)
    {
        var raw = db.GetService<IRawSqlCommandBuilder>().Build(sql, args, db.Model);
        await using var reader = await raw.RelationalCommand.ExecuteReaderAsync(
            new RelationalCommandParameterObject(db.GetService<IRelationalConnection>(), raw.ParameterValues, null, db,
                db.GetService<IRelationalCommandDiagnosticsLogger>(), CommandSource.FromSqlQuery), ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(row(reader.DbDataReader));
        }

        return rows;
    }
}
