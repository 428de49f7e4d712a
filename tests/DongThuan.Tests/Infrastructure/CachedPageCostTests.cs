using DongThuan.Tests.Harness;
using DongThuan.Web.Infrastructure.Database;

namespace DongThuan.Tests.Infrastructure;

/// <summary>
/// A public page served from the cache costs no database context: the middleware that checks bearer tokens took one
/// as a parameter, so every request leased one, a cached page's and a health check's too (issue 21).
/// </summary>
public sealed class CachedPageCostTests(CachedPageCostTests.CountingApp app) : IClassFixture<CachedPageCostTests.CountingApp>
{
    /// <summary>The app, counting the contexts its requests ask for.</summary>
    public sealed class CountingApp : CountingApp<DongThuanDb>;

    [Fact]
    public async Task A_cached_public_page_is_served_without_a_database_context()
    {
        var client = app.CreateClient();
        (await client.GetAsync("/tin-tuc", TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        var before = app.Asked;
        for (var i = 0; i < 5; i++)
        {
            (await client.GetAsync("/tin-tuc", TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        }

        Assert.Equal(before, app.Asked);

        // A page rendered afresh does ask for one, so the count above could have moved.
        (await client.GetAsync("/tim-kiem?q=" + Guid.NewGuid().ToString("N"), TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        Assert.True(app.Asked > before);
    }
}
