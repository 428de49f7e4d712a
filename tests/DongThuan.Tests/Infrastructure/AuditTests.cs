using System.Net;
using DongThuan.Tests.Harness;
using DongThuan.Web.Infrastructure.Audit;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DongThuan.Tests.Infrastructure;

/// <summary>Every change leaves a hash-chained entry; altering or removing a stored entry is detected; nothing is hard-deleted.</summary>
public abstract class AuditTests
{
    private readonly AppFactory _app;

    protected AuditTests(AppFactory app)
    {
        app.RequireAvailable();
        _app = app;
    }

    [Fact]
    public async Task An_update_records_before_and_after_and_keeps_secrets_out()
    {
        var id = await _app.WithDb(async (db, _) =>
        {
            var person = await db.People.OrderBy(p => p.FullName).FirstAsync();
            Assert.True(person.Update("Tên Mới " + person.FullName, "moi@example.vn", null).Succeeded);
            await db.SaveChangesAsync();
            return person.Id;
        });
        await _app.WithDb(async db =>
        {
            var entry = await db.Set<AuditEntry>().Where(e => e.EntityId == id.ToString() && e.Action == AuditAction.Updated).SingleAsync();
            Assert.Contains("\"FullName\":[", entry.Changes, StringComparison.Ordinal);
            Assert.Contains("Tên Mới", entry.Changes, StringComparison.Ordinal);
            Assert.Contains("moi@example.vn", entry.Changes, StringComparison.Ordinal);
            Assert.DoesNotContain("UnitId", entry.Changes, StringComparison.Ordinal); // unchanged properties are not repeated

            var userCreated = await db.Set<AuditEntry>().FirstAsync(e => e.EntityType == nameof(AppUser) && e.Action == AuditAction.Created);
            Assert.Contains("\"PasswordHash\":[\"***\",\"***\"]", userCreated.Changes, StringComparison.Ordinal);
            Assert.DoesNotContain("AQAAAA", userCreated.Changes, StringComparison.Ordinal); // Identity's hash prefix
        });
    }

    [Fact]
    public async Task Hard_deletes_are_refused()
    {
        await _app.WithDb(async db =>
        {
            var body = await db.Bodies.FirstAsync();
            db.Bodies.Remove(body);
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            Assert.Contains("archived, never deleted", error.Message, StringComparison.Ordinal);
        });
        Assert.True(await _app.WithDb((db, _) => db.Bodies.AnyAsync()));
    }

    [Fact]
    public async Task Concurrent_writers_keep_one_unbroken_chain()
    {
        var names = await _app.WithDb((db, _) => db.People.OrderBy(p => p.FullName).Skip(5).Take(8).Select(p => p.Id).ToListAsync());
        await Task.WhenAll(names.Select(id => Task.Run(() => _app.WithDb(async (db, _) =>
        {
            var person = await db.People.SingleAsync(p => p.Id == id);
            person.Update(person.FullName, null, "0243" + Random.Shared.Next(100000, 999999));
            await db.SaveChangesAsync();
            return 0;
        }))));
        var result = await _app.WithDb((db, sp) => AuditChain.VerifyAsync(db, sp.GetRequiredService<AuditSealing>(), CancellationToken.None));
        Assert.True(result.Intact, $"broken at {result.BrokenAtSequence}");
        Assert.True(result.EntriesChecked > 100);
    }
}

public sealed class AuditTestsOnSqlite(SqliteApp app) : AuditTests(app), IClassFixture<SqliteApp>;

public sealed class AuditTestsOnPostgres(PostgresApp app) : AuditTests(app), IClassFixture<PostgresApp>;

/// <summary>Tampering needs an app of its own: it breaks the chain for good.</summary>
public abstract class AuditTamperingTests
{
    private readonly AppFactory _app;

    protected AuditTamperingTests(AppFactory app)
    {
        app.RequireAvailable();
        _app = app;
    }

    private Task<ChainVerification> Verify() => _app.WithDb((db, sp) => AuditChain.VerifyAsync(db, sp.GetRequiredService<AuditSealing>(), CancellationToken.None));

    [Fact]
    public async Task Altering_or_removing_a_stored_entry_is_detected_and_shown_to_the_administrator()
    {
        Assert.True((await Verify()).Intact);
        var original = await _app.WithDb((db, _) => db.Set<AuditEntry>().Where(e => e.Sequence == 42).Select(e => e.Changes).SingleAsync());

        const string forged = "{\"FullName\":[null,\"Người Khác\"]}";
        await _app.WithDb(async db =>
            await db.Database.ExecuteSqlAsync($"UPDATE \"AuditEntry\" SET \"Changes\" = {forged} WHERE \"Sequence\" = 42"));
        var result = await Verify();
        Assert.False(result.Intact);
        Assert.Equal(42, result.BrokenAtSequence);

        using (var admin = await Browser.SignedInAs(_app, "admin"))
        {
            var page = await admin.SubmitAsync("/Admin/Audit", [], "/Admin/Audit?handler=Verify");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains("Chuỗi nhật ký bị thay đổi tại bản ghi số 42", html, StringComparison.Ordinal);
        }

        // Put the entry back as it was: the chain is whole again, so the check above was about that one entry.
        await _app.WithDb(async db =>
            await db.Database.ExecuteSqlAsync($"UPDATE \"AuditEntry\" SET \"Changes\" = {original} WHERE \"Sequence\" = 42"));
        Assert.True((await Verify()).Intact);

        // Removing the newest entry leaves every remaining hash valid; the chain head catches it.
        var last = await _app.WithDb((db, _) => db.Set<AuditEntry>().MaxAsync(e => e.Sequence));
        await _app.WithDb(async db => await db.Database.ExecuteSqlAsync($"DELETE FROM \"AuditEntry\" WHERE \"Sequence\" = {last}"));
        Assert.False((await Verify()).Intact);
    }
}

public sealed class AuditTamperingTestsOnSqlite(SqliteApp app) : AuditTamperingTests(app), IClassFixture<SqliteApp>;

public sealed class AuditTamperingTestsOnPostgres(PostgresApp app) : AuditTamperingTests(app), IClassFixture<PostgresApp>;

/// <summary>The administrator's view of an intact chain.</summary>
public sealed class AuditPageTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task The_audit_page_lists_entries_and_confirms_an_intact_chain()
    {
        using var admin = await Browser.SignedInAs(app, "admin");
        var list = await admin.GetPageAsync("/Admin/Audit?entityType=Body");
        Assert.Contains("HĐND quận Cầu Giấy", list, StringComparison.Ordinal);
        var verified = await admin.SubmitAsync("/Admin/Audit", [], "/Admin/Audit?handler=Verify");
        Assert.Contains("Chuỗi nhật ký nguyên vẹn", await verified.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
