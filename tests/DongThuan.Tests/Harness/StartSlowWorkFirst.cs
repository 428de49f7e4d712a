using System.Reflection;
using DongThuan.Tests.Harness;
using Xunit.Sdk;
using Xunit.v3;

[assembly: TestCollectionOrderer(typeof(StartSlowWorkFirst))]

namespace DongThuan.Tests.Harness;

/// <summary>
/// A class that takes tens of seconds, much of it waiting on processes of its own or on timers. Started among the
/// last, it ran alone at the end of the suite for most of a minute with one core idle; started first, it runs beside
/// the others.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class LongRunningAttribute : Attribute;

/// <summary>
/// Orders the run so that slow work starts first: the PostgreSQL demo template is seeded as the run begins (beside the
/// SQLite one) when a PostgreSQL class is among the classes to run, and the classes marked
/// <see cref="LongRunningAttribute"/> start before the rest, which keep xunit's own order. Left until the first
/// PostgreSQL class asked for it, both of xunit's threads waited on the seeding for most of a minute with nothing else
/// to run. The orderer is the one hook that sees what the run holds before any class starts, so a filtered run without
/// PostgreSQL classes does not pay for the seeding.
/// </summary>
public sealed class StartSlowWorkFirst : ITestCollectionOrderer
{
    private const string Prefix = "Test collection for ";

    public IReadOnlyCollection<TTestCollection> OrderTestCollections<TTestCollection>(IReadOnlyCollection<TTestCollection> testCollections)
        where TTestCollection : ITestCollection
    {
        if (!string.IsNullOrWhiteSpace(PostgresApp.PostgresServer) && testCollections.Any(c => ClassOf(c) is { } type && typeof(IClassFixture<PostgresApp>).IsAssignableFrom(type)))
        {
            _ = DemoTemplate.PostgresAsync();
        }

        // A stable sort: the long-running classes first, each part in xunit's own order.
        return [.. DefaultTestCollectionOrderer.Instance.OrderTestCollections(testCollections)
            .OrderBy(c => ClassOf(c)?.GetCustomAttribute<LongRunningAttribute>() is null)];
    }

    // A class's own collection is named for the class ("Test collection for Namespace.Class (id: …)").
    private static Type? ClassOf(ITestCollection collection)
    {
        var name = collection.TestCollectionDisplayName;
        if (!name.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var className = name[Prefix.Length..];
        var cut = className.IndexOf(' ', StringComparison.Ordinal);
        return typeof(StartSlowWorkFirst).Assembly.GetType(cut < 0 ? className : className[..cut]);
    }
}
