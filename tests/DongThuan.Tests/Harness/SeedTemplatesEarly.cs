using DongThuan.Tests.Harness;
using Xunit.Sdk;
using Xunit.v3;

[assembly: TestCollectionOrderer(typeof(SeedTemplatesEarly))]

namespace DongThuan.Tests.Harness;

/// <summary>
/// Starts seeding the PostgreSQL demo template as the run begins, beside the SQLite one, when a PostgreSQL class is
/// among the classes to run. Left until the first such class asked for it, both of xunit's threads waited on the
/// seeding for most of a minute with nothing else to run. The orderer is the one hook that sees what the run holds
/// before any class starts, so a filtered run without PostgreSQL classes does not pay for the seeding; the order
/// itself stays xunit's own.
/// </summary>
public sealed class SeedTemplatesEarly : ITestCollectionOrderer
{
    private const string Prefix = "Test collection for ";

    public IReadOnlyCollection<TTestCollection> OrderTestCollections<TTestCollection>(IReadOnlyCollection<TTestCollection> testCollections)
        where TTestCollection : ITestCollection
    {
        if (!string.IsNullOrWhiteSpace(PostgresApp.PostgresServer) && testCollections.Any(c => UsesPostgres(c)))
        {
            _ = DemoTemplate.PostgresAsync();
        }

        return DefaultTestCollectionOrderer.Instance.OrderTestCollections(testCollections);
    }

    // A class's own collection is named for the class ("Test collection for Namespace.Class (id: …)").
    private static bool UsesPostgres(ITestCollection collection)
    {
        var name = collection.TestCollectionDisplayName;
        if (!name.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var className = name[Prefix.Length..];
        var cut = className.IndexOf(' ', StringComparison.Ordinal);
        var type = typeof(SeedTemplatesEarly).Assembly.GetType(cut < 0 ? className : className[..cut]);
        return type is not null && typeof(IClassFixture<PostgresApp>).IsAssignableFrom(type);
    }
}
