using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DongThuan.Web.Infrastructure.Database;

/// <summary>
/// A statement written through <see cref="Wrap"/> is prepared on its connection and run with one plan that serves every
/// value of its parameters (ADR 0047). PostgreSQL plans an unprepared statement at every run; for the search's rare
/// word that planning was half the statement's time. A prepared statement alone did not help: PostgreSQL kept planning
/// it for each run's values, because it estimates the plan blind to the values dearer. So the statement sets
/// <c>plan_cache_mode</c> for itself, in the same round trip, and sets it back after.
/// </summary>
/// <remarks>
/// Only for a statement whose best plan does not depend on its values: the plan is made without them and kept whatever
/// values come later (the search's own exception, a reader's keys, is in <c>PostgresSearchEngine.FewAsync</c>). The
/// setting is put back in the same command, so no other statement of the session is planned this way. Should the
/// statement fail or be cancelled, the command's statements end with one implicit transaction, and PostgreSQL undoes a
/// <c>SET</c> made in a transaction that failed: nothing is left on the connection, which goes back to the pool
/// without a reset (ADR 0048). Npgsql keeps a prepared statement with its physical connection, so it is parsed and
/// planned once per connection.
/// </remarks>
public sealed class PostgresGenericPlans : DbCommandInterceptor
{
    public static readonly PostgresGenericPlans Instance = new();

    private const string Before = "SET plan_cache_mode = force_generic_plan; ";

    private const string After = "; RESET plan_cache_mode";

    /// <summary>The statement, run with one plan for every value of its parameters.</summary>
    public static string Wrap(string sql) => Before + sql + After;

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (command.CommandText.StartsWith(Before, StringComparison.Ordinal))
        {
            await command.PrepareAsync(cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        if (command.CommandText.StartsWith(Before, StringComparison.Ordinal))
        {
            command.Prepare();
        }

        return result;
    }
}
