using System.Data;
using DongThuan.Tests.Harness;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Demo;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Portal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DongThuan.Tests.Infrastructure;

/// <summary>How the application's SQLite connections are set up: to write (ADR 0027, <c>SqliteWriting.cs</c>), and without EF Core's functions (ADR 0044).</summary>
public sealed class SqliteWritingTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    /// <summary>
    /// Group commit rests on every connection committing without its own disk flush (<c>synchronous=NORMAL</c>, ADR
    /// 0027). The setting is made once per native connection of the pool, not on every open, so this checks it holds
    /// on connections opened together (new ones) and again on the same connections taken back from the pool.
    /// </summary>
    [Fact]
    public async Task Every_pooled_connection_commits_without_a_flush_of_its_own_on_every_open()
    {
        for (var round = 0; round < 2; round++)
        {
            var settings = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => app.WithDb(async (db, _) =>
            {
                await db.Database.OpenConnectionAsync();
                try
                {
                    await using var command = db.Database.GetDbConnection().CreateCommand();
                    command.CommandText = "PRAGMA synchronous";
                    return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
                }
                finally
                {
                    await db.Database.CloseConnectionAsync();
                }
            })));
            Assert.All(settings, s => Assert.Equal(1, s)); // 1 = NORMAL; SQLite's default in WAL is 2 = FULL
        }
    }

    /// <summary>
    /// The application's connections carry none of the functions EF Core adds for decimal arithmetic and regular
    /// expressions (ADR 0044, <c>SqliteLeanConnection</c>): registering them on every open and removing them on every
    /// close was about 11 µs a query. Asked for one, SQLite answers that there is no such function; with EF Core's own
    /// connection it answers 3.
    /// </summary>
    [Fact]
    public async Task The_applications_connections_carry_none_of_ef_cores_decimal_functions()
    {
        var error = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => app.WithDb(async (db, _) =>
            await db.Database.SqlQueryRaw<int>("SELECT ef_add(1, 2) AS \"Value\"").SingleAsync()));
        Assert.Contains("no such function: ef_add", error.Message, StringComparison.Ordinal);

        // A query of the application still runs on the same connections.
        Assert.True(await app.WithDb(async (db, _) => await db.Users.CountAsync()) > 0);
    }

    /// <summary>
    /// What makes leaving those functions out safe: EF Core writes them only for decimal values (and
    /// <c>Regex.IsMatch</c>, which no query uses), and no property of the model is a decimal. A decimal added later fails
    /// here, before any query of it fails with "no such function" (ADR 0044 says what to do then).
    /// </summary>
    [Fact]
    public async Task No_property_of_the_model_is_a_decimal()
    {
        var decimals = await app.WithDb((db, _) => Task.FromResult(db.Model.GetEntityTypes()
            .SelectMany(t => t.GetProperties().Select(p => (Type: t, Property: p)))
            .Where(x => (Nullable.GetUnderlyingType(x.Property.ClrType) ?? x.Property.ClrType) == typeof(decimal)
                || x.Property.GetValueConverter()?.ProviderClrType == typeof(decimal))
            .Select(x => $"{x.Type.DisplayName()}.{x.Property.Name}").ToList()));
        Assert.Empty(decimals);
        Assert.NotEmpty(await app.WithDb((db, _) => Task.FromResult(db.Model.GetEntityTypes().ToList())));
    }

    /// <summary>
    /// A writer queued for the file's turn holds no pooled connection while it waits (ADR 0054): neither a transaction
    /// (EF Core opens the connection before it asks the interceptors whether the transaction may begin) nor a
    /// statement that writes alone. Under 64 petitions at once, waiting with the connection open grew the pool to about
    /// a hundred native connections, each with its own schema and page cache.
    /// </summary>
    [Fact]
    public async Task A_writer_waiting_for_its_turn_holds_no_connection()
    {
        await using var first = app.Services.CreateAsyncScope();
        await using var second = app.Services.CreateAsyncScope();
        await using var third = app.Services.CreateAsyncScope();
        var holder = first.ServiceProvider.GetRequiredService<DongThuanDb>();
        var transaction = second.ServiceProvider.GetRequiredService<DongThuanDb>();
        var statement = third.ServiceProvider.GetRequiredService<DongThuanDb>();
        var nobody = Guid.NewGuid().ToString();

        var held = await holder.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
        var begin = transaction.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
        var write = statement.WriteAloneAsync(t => statement.Set<DongThuan.Web.Modules.Notifications.Follow>().Where(f => f.UserId == nobody).ExecuteDeleteAsync(t), TestContext.Current.CancellationToken);
        await Task.Delay(300, TestContext.Current.CancellationToken);

        Assert.False(begin.IsCompleted, "the second transaction began while the first held the turn");
        Assert.False(write.IsCompleted, "the statement ran while a transaction held the turn");
        Assert.Equal(ConnectionState.Closed, transaction.Database.GetDbConnection().State);
        Assert.Equal(ConnectionState.Closed, statement.Database.GetDbConnection().State);

        // The turn passes on in order: the transaction first, then the statement.
        await held.CommitAsync(TestContext.Current.CancellationToken);
        await using (var next = await begin.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken))
        {
            Assert.Equal(ConnectionState.Open, transaction.Database.GetDbConnection().State);
            Assert.False(write.IsCompleted);
            await next.RollbackAsync(TestContext.Current.CancellationToken);
        }

        Assert.Equal(0, await write.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
        Assert.Equal(ConnectionState.Closed, statement.Database.GetDbConnection().State);
        await held.DisposeAsync();
    }

    /// <summary>
    /// A statement that fails before it reaches the database gives the writer's turn back at once, so the next writer
    /// does not wait for the request to end (ADR 0054, <c>WriteAloneAsync</c>).
    /// </summary>
    [Fact]
    public async Task A_statement_that_fails_before_the_database_gives_the_turn_back()
    {
        await using var first = app.Services.CreateAsyncScope();
        await using var second = app.Services.CreateAsyncScope();
        var failing = first.ServiceProvider.GetRequiredService<DongThuanDb>();
        var next = second.ServiceProvider.GetRequiredService<DongThuanDb>();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            failing.WriteAloneAsync(_ => throw new InvalidOperationException("refused before the database"), TestContext.Current.CancellationToken));

        var begin = next.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
        Assert.Same(begin, await Task.WhenAny(begin, Task.Delay(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken)));
        await (await begin).RollbackAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>
    /// A save that begins its own transaction gives its connection back before it waits for the disk and runs the work
    /// queued for after the commit (ADR 0054). Run in the commit's interceptor, that work (a step's announcement, which
    /// saves notices in a scope of its own and waits for the next turn) held the step's connection open all along. The
    /// work still runs after the commit and before the save returns.
    /// </summary>
    [Fact]
    public async Task A_save_runs_its_after_commit_work_with_its_connection_back_in_the_pool()
    {
        var name = "After commit " + Guid.NewGuid();
        await AfterCommitWorkAsync(
            async (db, ct) => db.Bodies.Add(Body.Create(name, BodyKind.PeoplesCommittee, await db.Set<Unit>().FirstAsync(ct), null, null, null, true, out _)),
            (db, ct) => db.Bodies.AnyAsync(b => b.Name == name, ct));
    }

    /// <summary>
    /// The same for a save whose change the search index follows: the index saves its entry again inside the save's
    /// transaction, and that inner save must not take the finishing of the commit away from the outer one.
    /// </summary>
    [Fact]
    public async Task A_save_the_search_index_follows_runs_its_after_commit_work_with_its_connection_back_in_the_pool()
    {
        var title = "Bài viết sửa lại " + Guid.NewGuid().ToString("N")[..8];
        await AfterCommitWorkAsync(
            async (db, ct) =>
            {
                var article = await db.Set<Article>().OrderBy(a => a.Slug).FirstAsync(a => a.PublishAt != null, ct);
                Assert.True(article.Edit(title, article.Author, article.Lead, article.Body, article.Tags, DateTimeOffset.UtcNow).Succeeded);
            },
            (db, ct) => db.Set<Article>().AnyAsync(a => a.Title == title, ct));
    }

    private async Task AfterCommitWorkAsync(Func<DongThuanDb, CancellationToken, Task> change, Func<DongThuanDb, CancellationToken, Task<bool>> committed)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DongThuanDb>().Serving(scope.ServiceProvider.GetRequiredService<SaveServices>(), new DemoActor("test"));
        await change(db, ct);
        ConnectionState? seen = null;
        var stored = false;
        db.AfterCommit(async t =>
        {
            seen = db.Database.GetDbConnection().State;
            await using var other = app.Services.CreateAsyncScope();
            stored = await committed(other.ServiceProvider.GetRequiredService<DongThuanDb>(), t);
        });

        await db.SaveChangesAsync(ct);

        Assert.Equal(ConnectionState.Closed, seen);
        Assert.True(stored, "the work queued for after the commit ran before the change was committed");
    }
}
