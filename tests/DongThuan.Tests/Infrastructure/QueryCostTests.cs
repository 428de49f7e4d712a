using DongThuan.Tests.Harness;
using DongThuan.Web.Infrastructure.Audit;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Demo;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DongThuan.Tests.Infrastructure;

/// <summary>What each request pays to reach the database, beside the queries themselves (ADR 0033).</summary>
public abstract class QueryCostTests
{
    private readonly AppFactory _app;

    protected QueryCostTests(AppFactory app)
    {
        app.RequireAvailable();
        _app = app;
    }

    /// <summary>
    /// A list in a query (the caller's units and bodies, in nearly every signed-in query) is one parameter, so the
    /// statement's text does not depend on the list's length and EF Core makes it once. With one parameter per item,
    /// EF Core 10's default, it generated the SQL again on every execution. The rows found are the same either way.
    /// </summary>
    [Fact]
    public async Task A_list_in_a_query_is_one_parameter_so_its_statement_is_made_once()
    {
        await _app.WithDb(async db =>
        {
            var units = await db.Obligations.AsNoTracking().Select(o => o.UnitId).Distinct().OrderBy(u => u).ToListAsync();
            Assert.True(units.Count >= 2, "the demo has obligations in at least two units");
            List<Guid> one = [units[0]], several = [.. units, Guid.NewGuid()];

            // The statement after the parameters' values, which ToQueryString writes first.
            string Statement(List<Guid> ids) => db.Obligations.Where(o => ids.Contains(o.UnitId)).ToQueryString().Split('\n').Last(l => l.Contains("WHERE", StringComparison.Ordinal));
            Assert.Equal(Statement(one), Statement(several));

            var each = 0;
            foreach (var unit in units)
            {
                each += await db.Obligations.CountAsync(o => o.UnitId == unit);
            }

            Assert.Equal(each, await db.Obligations.CountAsync(o => several.Contains(o.UnitId)));
            Assert.Equal(await db.Obligations.CountAsync(o => o.UnitId == units[0]), await db.Obligations.CountAsync(o => one.Contains(o.UnitId)));
        });
    }

    /// <summary>
    /// A request's context comes from EF Core's pool (ADR 0034) and goes back to it with the request. The next request
    /// that gets it must find nothing of the last: no tracked entity, no work queued for a commit that never came, and
    /// not the last request's actor, or its saves would be audited in someone else's name.
    /// </summary>
    [Fact]
    public async Task A_context_back_from_the_pool_forgets_the_request_that_used_it()
    {
        var ran = false;
        DongThuanDb used;
        await using (var first = _app.Services.CreateAsyncScope())
        {
            used = first.ServiceProvider.GetRequiredService<DongThuanDb>();
            var unit = await used.Set<Unit>().FirstAsync();
            used.Bodies.Add(Body.Create("Never saved " + Guid.NewGuid(), BodyKind.PeoplesCommittee, unit, null, null, null, true, out _));
            used.AfterCommit(_ =>
            {
                ran = true;
                return Task.CompletedTask;
            });
        }

        // The pool hands out the contexts given back longest ago first: take them until the one above comes back.
        var factoryType = typeof(IDbContextFactory<>).MakeGenericType(used.GetType());
        var factory = _app.Services.GetRequiredService(factoryType);
        var create = factoryType.GetMethod(nameof(IDbContextFactory<DongThuanDb>.CreateDbContext), Type.EmptyTypes)!;
        var held = new List<DongThuanDb>();
        try
        {
            DongThuanDb? again = null;
            for (var i = 0; i < 256 && again is null; i++)
            {
                var next = (DongThuanDb)create.Invoke(factory, null)!;
                held.Add(next);
                again = ReferenceEquals(next, used) ? next : null;
            }

            Assert.NotNull(again);
            Assert.Empty(again.ChangeTracker.Entries());

            // Not given an actor, it refuses to save rather than audit the change in the last request's name.
            var unit = await again.Set<Unit>().FirstAsync();
            var body = Body.Create("Pooled " + Guid.NewGuid(), BodyKind.PeoplesCommittee, unit, null, null, null, true, out _);
            again.Bodies.Add(body);
            await Assert.ThrowsAsync<InvalidOperationException>(() => again.SaveChangesAsync());

            again.Serving(_app.Services.GetRequiredService<SaveServices>(), new DemoActor("the next request"));
            await again.SaveChangesAsync();
            Assert.False(ran);
            var audited = await again.Set<AuditEntry>().AsNoTracking().Where(e => e.EntityId == body.Id.ToString()).SingleAsync();
            Assert.Equal("the next request", audited.UserName);
        }
        finally
        {
            foreach (var db in held)
            {
                await db.DisposeAsync();
            }
        }
    }

    /// <summary>The options are built once for the process; each request still gets a context of its own.</summary>
    [Fact]
    public async Task The_contexts_options_are_built_once_and_each_request_has_its_own_context()
    {
        await using var first = _app.Services.CreateAsyncScope();
        await using var second = _app.Services.CreateAsyncScope();
        var one = first.ServiceProvider.GetRequiredService<DongThuanDb>();
        var other = second.ServiceProvider.GetRequiredService<DongThuanDb>();
        Assert.NotSame(one, other);
        var optionsType = typeof(DbContextOptions<>).MakeGenericType(one.GetType());
        Assert.Same(first.ServiceProvider.GetRequiredService(optionsType), second.ServiceProvider.GetRequiredService(optionsType));
    }
}

public sealed class QueryCostTestsOnSqlite(SqliteApp app) : QueryCostTests(app), IClassFixture<SqliteApp>;

public sealed class QueryCostTestsOnPostgres(PostgresApp app) : QueryCostTests(app), IClassFixture<PostgresApp>;
