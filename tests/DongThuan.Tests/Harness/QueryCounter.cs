using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace DongThuan.Tests.Harness;

/// <summary>
/// Counts the SQL commands EF Core runs for one piece of work, such as one request to a page: EF Core reports each
/// executed command to its diagnostic listener, and only commands run in the flow of <see cref="CountAsync"/> are
/// counted, so background services and other tests' hosts do not add to it. The test server must carry the caller's
/// execution context into the request (<c>Server.PreserveExecutionContext</c>).
/// </summary>
public sealed class QueryCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private static readonly AsyncLocal<StrongBox<int>?> Current = new();
    private static readonly Lazy<IDisposable> Subscription = new(() => DiagnosticListener.AllListeners.Subscribe(new QueryCounter()));

    public static async Task<int> CountAsync(Func<Task> work)
    {
        _ = Subscription.Value;
        var box = new StrongBox<int>();
        Current.Value = box;
        try
        {
            await work();
        }
        finally
        {
            Current.Value = null;
        }

        return box.Value;
    }

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == "Microsoft.EntityFrameworkCore")
        {
            listener.Subscribe(this);
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted" && Current.Value is { } box)
        {
            Interlocked.Increment(ref box.Value);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }
}
