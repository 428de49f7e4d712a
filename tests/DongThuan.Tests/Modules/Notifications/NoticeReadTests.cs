using System.Data.Common;
using DongThuan.Tests.Harness;
using DongThuan.Tests.Modules.Petitions;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Notifications;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace DongThuan.Tests.Modules.Notifications;

/// <summary>
/// Issue 21: an office is told of every petition, so a person's notices are what grows with the years. "My work" (the
/// latest updates) and the notices page (the newest 200) must read them from an index already in time order, not
/// visit every notice the person ever had and sort them; and the header of every page counts the unread ones only as
/// far as its badge shows ("99+"), from an index of the unread alone, which also gives the API's unread list in order.
/// Checked on the statements the pages and the API really ran, through the engine's own plan.
/// </summary>
public abstract class NoticeReadTests
{
    private readonly AppFactory _app;

    protected NoticeReadTests(AppFactory app)
    {
        app.RequireAvailable();
        _app = app;
    }

    [Fact]
    public async Task A_persons_notices_are_read_newest_first_from_an_index_without_a_sort_and_counted_no_further_than_the_badge_shows()
    {
        var userName = await PetitionKit.AgencyAccountAsync(_app, PetitionKit.Urban);
        // Two thousand notices over as many hours (a year of petitions, for an office), every third one an update to
        // something followed. With a few hundred, PostgreSQL rightly reads them all and sorts them.
        await _app.WithDb(async (db, sp) =>
        {
            var user = await sp.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName);
            var start = DateTimeOffset.UtcNow.AddDays(-90);
            for (var i = 0; i < 2000; i++)
            {
                var notice = Notification.To(user!.Id, $"Tin thử {i:0000}.", "/Notifications", start.AddHours(i),
                    i % 3 == 0 ? NotificationKinds.Update : NotificationKinds.Turn);
                // Four in five were read, as a person who reads their notices leaves them; the newest is read too, so
                // the unread are not simply the newest.
                if (i % 5 != 0 || i == 1995)
                {
                    notice.MarkRead(start.AddHours(i + 1));
                }

                db.Notifications.Add(notice);
            }

            await db.SaveChangesAsync();
            return 0;
        });

        _app.Server.PreserveExecutionContext = true;
        using var browser = await Browser.SignedInAs(_app, userName, OtherCouncil.Password);
        await browser.GetPageAsync("/");
        string home = "", list = "";
        var statements = await QueryCounter.CaptureAsync(async () =>
        {
            home = await browser.GetPageAsync("/");
            list = await browser.GetPageAsync("/Notifications");
        });

        // What the pages show is the newest: the five latest updates on "my work", the newest notice first on the list.
        Assert.Contains("Tin thử 1998.", home, StringComparison.Ordinal);
        Assert.Contains("Tin thử 1986.", home, StringComparison.Ordinal);
        Assert.DoesNotContain("Tin thử 1983.", home, StringComparison.Ordinal);
        Assert.DoesNotContain("Tin thử 1999.", home, StringComparison.Ordinal);
        Assert.True(list.IndexOf("Tin thử 1999.", StringComparison.Ordinal) is var newest and >= 0
                    && newest < list.IndexOf("Tin thử 1998.", StringComparison.Ordinal), "the notices page lists the newest first");

        // 399 are unread: the header's badge says "99+", the API says at least a hundred, and the count stopped
        // there rather than counting every one on every page.
        Assert.Contains("<span class=\"badge\">99+</span>", System.Net.WebUtility.HtmlDecode(home), StringComparison.Ordinal);
        using var api = await PetitionKit.ApiAsync(_app, userName, OtherCouncil.Password);
        System.Text.Json.JsonElement unread = default, all = default, unreadOnly = default;
        var apiStatements = await QueryCounter.CaptureAsync(async () =>
        {
            unread = await api.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/notifications/unread-count");
            all = await api.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/notifications");
            unreadOnly = await api.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/notifications?unread=true");
        });
        Assert.Equal((UnreadCount.Cap, true), (unread.GetProperty("count").GetInt32(), unread.GetProperty("capped").GetBoolean()));

        // The API's two lists: everything newest first, and the unread alone, each the newest 200.
        Assert.Equal(("Tin thử 1999.", 200), (all[0].GetProperty("text").GetString(), all.GetArrayLength()));
        Assert.Equal(("Tin thử 1990.", "Tin thử 0995.", 200), (unreadOnly[0].GetProperty("text").GetString(), unreadOnly[199].GetProperty("text").GetString(), unreadOnly.GetArrayLength()));
        Assert.All(unreadOnly.EnumerateArray(), n => Assert.Equal(System.Text.Json.JsonValueKind.Null, n.GetProperty("readAt").ValueKind));

        var count = statements.First(s => s.Sql.Contains("FROM \"Notification\"", StringComparison.Ordinal) && s.Sql.Contains("\"ReadAt\" IS NULL", StringComparison.Ordinal));
        Assert.Contains("LIMIT", count.Sql, StringComparison.Ordinal);
        var countPlan = await PlanAsync(count);
        Assert.True(countPlan.Contains(Unread, StringComparison.Ordinal), $"{Unread} not used:\n{count.Sql}\n{countPlan}");

        var reads = statements.Concat(apiStatements)
            .Where(s => s.Sql.Contains("FROM \"Notification\"", StringComparison.Ordinal) && s.Sql.Contains("ORDER BY", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, reads.Count);
        foreach (var (read, index) in reads.Zip(["IX_Notification_UserId_Kind_CreatedAt", "IX_Notification_UserId_CreatedAt_Id", "IX_Notification_UserId_CreatedAt_Id", Unread]))
        {
            var plan = await PlanAsync(read);
            Assert.True(plan.Contains(index, StringComparison.Ordinal), $"{index} not used:\n{read.Sql}\n{plan}");
            Assert.False(Sorts(plan), $"sorted in the engine:\n{read.Sql}\n{plan}");
        }
    }

    /// <summary>
    /// "Đánh dấu tất cả đã đọc" marks the reader's own unread notices read, in one statement written alone (ADR 0054),
    /// and nobody else's: another account's unread notice stays unread.
    /// </summary>
    [Fact]
    public async Task Marking_all_read_marks_the_readers_notices_and_no_one_elses()
    {
        var reader = await PetitionKit.AgencyAccountAsync(_app, PetitionKit.Urban);
        var mark = "Đọc hết " + Guid.NewGuid().ToString("N")[..8];
        var (readerId, otherId) = await _app.WithDb(async (db, sp) =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var (mine, theirs) = ((await users.FindByNameAsync(reader))!.Id, (await users.FindByNameAsync(PetitionKit.Office))!.Id);
            foreach (var (user, i) in new[] { (mine, 1), (mine, 2), (theirs, 3) })
            {
                db.Notifications.Add(Notification.To(user, $"{mark} {i}.", "/Notifications", DateTimeOffset.UtcNow, NotificationKinds.Turn));
            }

            await db.SaveChangesAsync();
            return (mine, theirs);
        });

        using (var browser = await Browser.SignedInAs(_app, reader, OtherCouncil.Password))
        {
            Assert.Equal(System.Net.HttpStatusCode.Redirect, (await browser.SubmitAsync("/Notifications", [], "/Notifications?handler=Read")).StatusCode);
        }

        var unread = await _app.WithDb((db, _) => db.Notifications.AsNoTracking()
            .Where(n => n.Text.StartsWith(mark) && n.ReadAt == null).Select(n => n.UserId).ToListAsync());
        Assert.Equal([otherId], unread);
        Assert.Equal(0, await _app.WithDb((db, _) => db.Notifications.CountAsync(n => n.UserId == readerId && n.ReadAt == null)));
    }

    private const string Unread = "IX_Notification_Unread";

    /// <summary>The badge shows every count below the cap as it is, and the cap and above as "99+" (so does the API's <c>capped</c>).</summary>
    [Fact]
    public void The_badge_says_99_plus_only_from_the_cap()
    {
        Assert.Equal(["1", "99", "99+", "99+"], new[] { 1, UnreadCount.Cap - 1, UnreadCount.Cap, UnreadCount.Cap + 1 }.Select(UnreadCount.Badge));
        Assert.Equal([false, true], new[] { UnreadCount.Cap - 1, UnreadCount.Cap }.Select(UnreadCount.IsCapped));
    }

    /// <summary>Whether the plan sorts the rows it read (rather than reading them in order).</summary>
    protected abstract bool Sorts(string plan);

    /// <summary>The statement's plan as the engine words it.</summary>
    protected abstract string Explain(string sql);

    /// <summary>Settings that keep a small test table from being read whole where the real one would not be.</summary>
    protected virtual string? Before => null;

    private Task<string> PlanAsync(QueryCounter.Statement statement) => _app.WithDb(async (db, _) =>
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (Before is { } before)
        {
            await db.Database.ExecuteSqlRawAsync(before);
        }

        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = Explain(statement.Sql);
        foreach (var (name, value) in statement.Parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        var lines = new List<string>();
        await using (DbDataReader reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(reader.FieldCount - 1));
            }
        }

        await transaction.RollbackAsync();
        return string.Join("\n", lines);
    });
}

public sealed class NoticeReadTestsOnSqlite(SqliteApp app) : NoticeReadTests(app), IClassFixture<SqliteApp>
{
    protected override bool Sorts(string plan) => plan.Contains("TEMP B-TREE", StringComparison.Ordinal);

    protected override string Explain(string sql) => "EXPLAIN QUERY PLAN " + sql;
}

public sealed class NoticeReadTestsOnPostgres(PostgresApp app) : NoticeReadTests(app), IClassFixture<PostgresApp>
{
    protected override bool Sorts(string plan) => plan.Split('\n').Any(line => line.TrimStart(' ', '-', '>').StartsWith("Sort", StringComparison.Ordinal)
                                                                          || line.TrimStart(' ', '-', '>').StartsWith("Incremental Sort", StringComparison.Ordinal));

    protected override string Explain(string sql) => "EXPLAIN " + sql;

    // Planned on the notices just written (autovacuum would count them later), and without reading the table whole,
    // which for the test's small table PostgreSQL might rightly choose.
    protected override string Before => "ANALYZE \"Notification\"; SET LOCAL enable_seqscan = off";
}
