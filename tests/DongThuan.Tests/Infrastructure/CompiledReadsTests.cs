using System.Security.Claims;
using DongThuan.Tests.Harness;
using DongThuan.Web.Modules.Notifications;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
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
    public async Task Owners_names_are_those_of_the_bodies_and_people_asked_for_and_nothing_is_asked_for_none() => await _app.WithDb(async db =>
    {
        var bodies = await db.Set<Body>().AsNoTracking().OrderBy(b => b.Id).Take(3).ToListAsync();
        var people = await db.Set<Person>().AsNoTracking().OrderBy(p => p.Id).Take(2).ToListAsync();

        // Asked twice for one body, for a body and a person that do not exist, and for owners without a person.
        var names = await OwnerNames.ForAsync(db, [.. bodies.Select(b => b.Id), bodies[0].Id, Guid.NewGuid()], [people[0].Id, null, people[1].Id, Guid.NewGuid()], CancellationToken.None);
        Assert.Equal(bodies.ToDictionary(b => b.Id, b => b.Name), names.Bodies);
        Assert.Equal(people.ToDictionary(p => p.Id, p => p.FullName), names.People);
        Assert.Equal(("", null), (names.Body(Guid.NewGuid()), names.Person(null)));

        // Owed by bodies alone: the people are not looked up at all; nothing owed, nothing looked up.
        var statements = await QueryCounter.CaptureAsync(() => OwnerNames.ForAsync(db, [bodies[0].Id], [null, null], CancellationToken.None));
        Assert.Single(statements);
        Assert.Empty(await QueryCounter.CaptureAsync(() => OwnerNames.ForAsync(db, [], [], CancellationToken.None)));
    });

    [Fact]
    public async Task The_latest_updates_are_a_persons_own_newest_updates() => await _app.WithDb(async db =>
    {
        var user = await db.Set<Notification>().Where(n => n.Kind == NotificationKinds.Update).GroupBy(n => n.UserId)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var expected = (await db.Set<Notification>().AsNoTracking().Where(n => n.UserId == user && n.Kind == NotificationKinds.Update).ToListAsync())
            .OrderByDescending(n => n.CreatedAt).Take(2).Select(n => n.Id).ToList();
        Assert.NotEmpty(expected);

        var person = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user)], "test"));
        Assert.Equal(expected, (await LatestUpdates.ForAsync(db, person, 2, CancellationToken.None)).Select(n => n.Id));
        Assert.Empty(await LatestUpdates.ForAsync(db, new ClaimsPrincipal(new ClaimsIdentity()), 2, CancellationToken.None));
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
