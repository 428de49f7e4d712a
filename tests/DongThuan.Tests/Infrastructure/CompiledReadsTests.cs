using System.Security.Claims;
using DongThuan.Tests.Harness;
using DongThuan.Web.Modules.Notifications;
using DongThuan.Web.Modules.Obligations;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Tests.Infrastructure;

/// <summary>
/// The reads that run as compiled queries (ADR 0045, <c>CompiledPerEngine</c>) answer as the LINQ they replace, on
/// both engines in one process: EF Core refuses to run a compiled query with a context of another model, so each engine
/// has its own.
/// </summary>
public abstract class CompiledReadsTests
{
    private readonly AppFactory _app;

    protected CompiledReadsTests(AppFactory app)
    {
        app.RequireAvailable();
        _app = app;
    }

    [Fact]
    public async Task Obligations_by_id_are_exactly_those_asked_for_once_each() => await _app.WithDb(async db =>
    {
        var some = await db.Set<Obligation>().AsNoTracking().OrderBy(o => o.Id).Take(3).ToListAsync();
        Assert.Equal(3, some.Count);

        // Asked twice for one, and for one that does not exist.
        var found = await db.ObligationsByIdAsync([some[0].Id, some[1].Id, some[2].Id, some[0].Id, Guid.NewGuid()], CancellationToken.None);

        Assert.Equal(some.Select(o => o.Id).Order(), found.Keys.Order());
        Assert.All(some, o => Assert.Equal((o.DueOn, o.State, o.Subject), (found[o.Id].DueOn, found[o.Id].State, found[o.Id].Subject)));
        Assert.Empty(await db.ObligationsByIdAsync(Array.Empty<Guid>(), CancellationToken.None));
        Assert.Empty(await db.ObligationsByIdAsync([Guid.NewGuid()], CancellationToken.None));
    });

    [Fact]
    public async Task One_obligation_by_id_is_that_one_or_none() => await _app.WithDb(async db =>
    {
        var two = await db.Set<Obligation>().AsNoTracking().OrderByDescending(o => o.Id).Take(2).ToListAsync();
        foreach (var o in two)
        {
            var found = await db.ObligationAsync(o.Id, CancellationToken.None);
            Assert.NotNull(found);
            Assert.Equal((o.Id, o.DueOn, o.OriginalDueOn, o.State, o.Subject), (found.Id, found.DueOn, found.OriginalDueOn, found.State, found.Subject));
        }

        Assert.Null(await db.ObligationAsync(Guid.NewGuid(), CancellationToken.None));
        Assert.Null(await db.ObligationAsync(null, CancellationToken.None));
    });

    [Fact]
    public async Task The_unread_count_is_each_persons_own() => await _app.WithDb(async db =>
    {
        var expected = await db.Set<Notification>().Where(n => n.ReadAt == null).GroupBy(n => n.UserId)
            .Select(g => new { UserId = g.Key, Count = g.Count() }).ToListAsync();
        Assert.True(expected.Select(e => e.Count).Distinct().Count() > 1, "the demo should have people with different unread counts");

        var unread = new UnreadCount(db);
        foreach (var e in expected)
        {
            Assert.Equal(Math.Min(e.Count, UnreadCount.Cap), await unread.ForAsync(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, e.UserId)], "test"))));
        }

        Assert.Equal(0, await unread.ForAsync(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "nobody")], "test"))));
        Assert.Equal(0, await unread.ForAsync(new ClaimsPrincipal(new ClaimsIdentity())));
    });
}

public sealed class CompiledReadsTestsOnSqlite(SqliteApp app) : CompiledReadsTests(app), IClassFixture<SqliteApp>;

public sealed class CompiledReadsTestsOnPostgres(PostgresApp app) : CompiledReadsTests(app), IClassFixture<PostgresApp>;
