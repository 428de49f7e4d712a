using DongThuan.Tests.Harness;
using DongThuan.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DongThuan.Tests.Infrastructure;

/// <summary>
/// ADR 0048: the app's PostgreSQL connections go back to the pool without Npgsql's reset, which is safe only because a
/// session keeps nothing of one statement for the next. The one session setting the app makes, the blind plan of ADR
/// 0047, is undone by PostgreSQL itself when its statement fails or is cancelled.
/// </summary>
public sealed class PostgresPoolTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task The_apps_connections_go_back_to_the_pool_without_a_reset()
    {
        app.RequireAvailable();
        var cs = await app.WithDb((db, _) => Task.FromResult(db.Database.GetConnectionString()!));
        Assert.True(new NpgsqlConnectionStringBuilder(cs).NoResetOnClose);
    }

    [Fact]
    public async Task A_statement_planned_blind_that_fails_or_is_cancelled_leaves_the_connection_planning_as_before()
    {
        app.RequireAvailable();
        var (failed, cancelled) = await app.WithDb(async (db, _) =>
        {
            await db.Database.OpenConnectionAsync();
            Task<string> ModeAsync() => db.Database.SqlQueryRaw<string>("SELECT current_setting('plan_cache_mode') AS \"Value\"").SingleAsync();

            await Assert.ThrowsAsync<PostgresException>(() =>
                db.Database.SqlQueryRaw<int>(PostgresGenericPlans.Wrap("SELECT 1 / (count(*) - count(*))::int AS \"Value\" FROM pg_class")).ToListAsync());
            var afterFailure = await ModeAsync();

            using var soon = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                db.Database.SqlQueryRaw<int>(PostgresGenericPlans.Wrap("SELECT 1 AS \"Value\" FROM pg_sleep(10)")).ToListAsync(soon.Token));
            var afterCancel = await ModeAsync();
            return (afterFailure, afterCancel);
        });

        Assert.Equal("auto", failed);
        Assert.Equal("auto", cancelled);
    }
}
