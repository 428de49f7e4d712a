using System.Diagnostics;

namespace DongThuan.Tests.Harness;

/// <summary>
/// Counts the SQL commands EF Core runs for one piece of work, such as one request to a page: EF Core reports each
/// executed command to its diagnostic listener, and only commands run in the flow of <see cref="CountAsync"/> are
/// counted, so background services and other tests' hosts do not add to it. The test server must carry the caller's
/// execution context into the request (<c>Server.PreserveExecutionContext</c>).
/// <para>
/// It listens from before the first host starts (<see cref="Listen"/>, from <see cref="AppFactory"/>): EF Core's
/// command logger, when nothing listens, stops asking for a second, and a pooled context keeps its logger from one
/// request to the next, so a listener that arrived later missed the commands of contexts used just before.
/// Only the executed command and the savepoint made are listened to, so the rest of the suite pays for no other event.
/// </para>
/// </summary>
public sealed class QueryCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private static readonly AsyncLocal<List<Statement>?> Captured = new();
    private static readonly Lazy<IDisposable> Subscription = new(() => DiagnosticListener.AllListeners.Subscribe(new QueryCounter()));

    private const string Executed = "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted";

    /// <summary>
    /// A savepoint is a statement too (two, with its release), sent by the provider's transaction rather than as an EF
    /// Core command: counted as one, so that a save that makes one again shows in every bound (ADR 0060).
    /// </summary>
    private static readonly string Savepoint = Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CreatedTransactionSavepoint.Name!;

    public static void Listen() => _ = Subscription.Value;

    /// <summary>How many statements ran in the flow of <paramref name="work"/>.</summary>
    public static async Task<int> CountAsync(Func<Task> work) => (await CaptureAsync(work)).Count;

    /// <summary>A statement as EF Core ran it: its text and its parameters' names and values.</summary>
    public sealed record Statement(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters);

    /// <summary>Every statement run in the flow of <paramref name="work"/>, in order (for reading their plans).</summary>
    public static async Task<IReadOnlyList<Statement>> CaptureAsync(Func<Task> work)
    {
        Listen();
        var statements = new List<Statement>();
        Captured.Value = statements;
        try
        {
            await work();
        }
        finally
        {
            Captured.Value = null;
        }

        lock (statements)
        {
            return [.. statements];
        }
    }

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == "Microsoft.EntityFrameworkCore")
        {
            listener.Subscribe(this, (name, _, _) => name == Executed || name == Savepoint);
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == Savepoint && Captured.Value is { } inTransaction)
        {
            lock (inTransaction)
            {
                inTransaction.Add(new Statement("SAVEPOINT", []));
            }

            return;
        }

        if (value.Key != Executed)
        {
            return;
        }

        if (Captured.Value is { } statements && value.Value is Microsoft.EntityFrameworkCore.Diagnostics.CommandExecutedEventData executed)
        {
            var command = executed.Command;
            var statement = new Statement(command.CommandText,
                [.. command.Parameters.Cast<System.Data.Common.DbParameter>().Select(p => (p.ParameterName, (object?)p.Value))]);
            lock (statements)
            {
                statements.Add(statement);
            }
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }
}
