using System.Net;
using DongThuan.Tests.Harness;
using DongThuan.Web.Infrastructure.Audit;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.DataProtection;
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

    /// <summary>
    /// The head is locked and read in one statement (<c>UPDATE … RETURNING</c>, issue 21): what it returns is what the
    /// save checks. A chain sealed with another key refuses the save, and the change is not written.
    /// </summary>
    [Fact]
    public async Task A_save_is_refused_and_nothing_written_when_the_chain_was_sealed_with_another_key()
    {
        var chosen = await _app.WithDb((db, _) => db.People.AsNoTracking().OrderBy(p => p.FullName).Skip(2).FirstAsync());
        var (id, name) = (chosen.Id, chosen.FullName);
        var fingerprint = await _app.WithDb((db, _) => db.Set<AuditChainHead>().Select(h => h.KeyFingerprint).SingleAsync());
        await _app.WithDb(db => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditChainHead\" SET \"KeyFingerprint\" = 'ffffffffffffffff' WHERE \"Id\" = 1"));
        try
        {
            await _app.WithDb(async db =>
            {
                var person = await db.People.SingleAsync(p => p.Id == id);
                Assert.True(person.Update("Không được lưu " + name, null, null).Succeeded);
                var refused = await Assert.ThrowsAsync<AuditKeyMismatchException>(() => db.SaveChangesAsync());
                Assert.Contains("khóa khác", refused.Message, StringComparison.Ordinal);
            });
        }
        finally
        {
            await _app.WithDb(db => db.Database.ExecuteSqlAsync($"UPDATE \"AuditChainHead\" SET \"KeyFingerprint\" = {fingerprint} WHERE \"Id\" = 1"));
        }

        Assert.Equal(name, await _app.WithDb((db, _) => db.People.Where(p => p.Id == id).Select(p => p.FullName).SingleAsync()));
    }

    /// <summary>
    /// On SQLite a save's audit entries are written by one statement of at most 500 rows (ADR 0060): a save of more rows
    /// than that audits every one of them, and the chain still verifies. On PostgreSQL they go with EF Core's save.
    /// </summary>
    [Fact]
    public async Task A_save_of_more_rows_than_one_statement_takes_audits_each_and_keeps_the_chain_whole()
    {
        var name = "Người kiểm tra " + Guid.NewGuid().ToString("N")[..6];
        const int many = 1_201;
        var audited = await _app.WithDb(async (db, _) =>
        {
            var unit = await db.Units.OrderBy(u => u.Name).FirstAsync();
            for (var i = 0; i < many; i++)
            {
                db.People.Add(Person.Create($"{name} {i:D4}", unit, null, null, out var made));
                Assert.True(made.Succeeded);
            }

            await db.SaveChangesAsync();
            // The trail names a row by its key as .NET writes it; SQLite stores a key in capitals, so the text is made here.
            var ids = (await db.People.Where(p => p.FullName.StartsWith(name)).Select(p => p.Id).ToListAsync()).Select(id => id.ToString()).ToList();
            Assert.Equal(many, ids.Count);
            return await db.Set<AuditEntry>().CountAsync(e => e.Action == AuditAction.Created && e.EntityType == nameof(Person) && ids.Contains(e.EntityId));
        });
        Assert.Equal(many, audited);
        var result = await _app.WithDb((db, sp) => AuditChain.VerifyAsync(db, sp.GetRequiredService<AuditSealing>(), CancellationToken.None));
        Assert.True(result.Intact, $"broken at {result.BrokenAtSequence}");
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

/// <summary>What whoever can write to the database, but holds no key, can and cannot do to the trail (breaks this host's chain for good).</summary>
public sealed class AuditKeyTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private Task<ChainVerification> Verify() => app.WithDb((db, sp) => AuditChain.VerifyAsync(db, sp.GetRequiredService<AuditSealing>(), CancellationToken.None));

    [Fact]
    public async Task Rewriting_an_entry_and_recomputing_every_later_hash_without_the_key_is_caught()
    {
        // The attacker's best effort: change entry 30, then re-hash it and every entry after it, and the head, with
        // the algorithm in the source (plain SHA-256, or an HMAC under a key of their own).
        await app.WithDb(async db =>
        {
            var entries = await db.Set<AuditEntry>().OrderBy(e => e.Sequence).ToListAsync();
            // One transaction for the thousands of rewrites: the attacker's effort is the same, the test's wait is not.
            await using var tx = await db.Database.BeginTransactionAsync();
            var key = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
            var hash = entries[28].Hash;
            await db.Database.ExecuteSqlAsync($"UPDATE \"AuditEntry\" SET \"Changes\" = {"{\"FullName\":[null,\"Người Khác\"]}"} WHERE \"Sequence\" = 30");
            foreach (var e in await db.Set<AuditEntry>().AsNoTracking().Where(e => e.Sequence >= 30).OrderBy(e => e.Sequence).ToListAsync())
            {
                var forged = AuditEntryForgery.Reseal(e, hash, key);
                await db.Database.ExecuteSqlAsync($"UPDATE \"AuditEntry\" SET \"PreviousHash\" = {hash}, \"Hash\" = {forged} WHERE \"Sequence\" = {e.Sequence}");
                hash = forged;
            }

            await db.Database.ExecuteSqlAsync($"UPDATE \"AuditChainHead\" SET \"LastHash\" = {hash}");
            await tx.CommitAsync();
        });
        var result = await Verify();
        Assert.False(result.Intact);
        Assert.Equal(30, result.BrokenAtSequence);
    }

}

/// <summary>
/// The key ring and the watch, on a host of their own: <see cref="AuditKeyTests"/> breaks its chain for good, and this
/// class needs a whole one to begin with.
/// </summary>
public sealed class AuditWatchTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task The_key_ring_is_kept_outside_the_database_encrypted_and_a_failed_check_turns_health_degraded()
    {
        var folder = Path.Combine(app.DataDirectory, "secrets", "data-protection");
        await app.WithDb(async (_, sp) =>
        {
            // Make sure a key exists: the first protected payload creates it.
            sp.GetRequiredService<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider>().CreateProtector("test").Protect("x");
            return await Task.FromResult(0);
        });
        var keyFiles = Directory.GetFiles(folder, "key-*.xml");
        Assert.NotEmpty(keyFiles);
        foreach (var file in keyFiles)
        {
            var xml = await File.ReadAllTextAsync(file);
            Assert.Contains("<encryptedKey", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        }

        var tables = await app.WithDb((db, _) => db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table'").ToListAsync());
        Assert.DoesNotContain(tables, t => t.Contains("DataProtection", StringComparison.Ordinal));

        using var client = app.CreateClient();
        var watch = app.Services.GetRequiredService<AuditWatch>();
        Assert.True((await watch.CheckAsync(CancellationToken.None))!.Intact);
        Assert.Equal("Healthy", await client.GetStringAsync("/healthz"));
        var last = await app.WithDb((db, _) => db.Set<AuditEntry>().MaxAsync(e => e.Sequence));
        var original = await app.WithDb((db, _) => db.Set<AuditEntry>().Where(e => e.Sequence == last).Select(e => e.UserName).SingleAsync());
        await app.WithDb(async db => await db.Database.ExecuteSqlAsync($"UPDATE \"AuditEntry\" SET \"UserName\" = 'ai-do' WHERE \"Sequence\" = {last}"));
        Assert.False((await watch.CheckAsync(CancellationToken.None))!.Intact);
        Assert.Equal("Degraded", await client.GetStringAsync("/healthz"));

        // It is the administrators' turn: told once in the app and by email, not again at the next check of the same fault.
        var admin = await app.WithDb((db, _) => db.Users.SingleAsync(u => u.UserName == "admin"));
        var told = await app.WithDb((db, _) => db.Set<DongThuan.Web.Modules.Notifications.Notification>().Where(n => n.UserId == admin.Id && n.Url == "/Admin/Audit").ToListAsync());
        var alarm = Assert.Single(told);
        Assert.Contains($"Bản ghi số {last}", alarm.Text, StringComparison.Ordinal);
        Assert.NotNull(alarm.EmailedAt);
        Assert.Contains(Directory.GetFiles(Path.Combine(app.DataDirectory, "mail"), "*.eml"),
            f => File.ReadAllText(f).Contains("admin@caugiay.example", StringComparison.Ordinal) && File.ReadAllText(f).Contains("/Admin/Audit", StringComparison.Ordinal));
        Assert.False((await watch.CheckAsync(CancellationToken.None))!.Intact);
        Assert.Equal(1, await app.WithDb((db, _) => db.Set<DongThuan.Web.Modules.Notifications.Notification>().CountAsync(n => n.UserId == admin.Id && n.Url == "/Admin/Audit")));
        using (var page = await Browser.SignedInAs(app, "admin"))
        {
            Assert.Contains("Nhật ký kiểm toán không còn nguyên vẹn", await page.GetPageAsync("/Notifications"), StringComparison.Ordinal);
        }

        await app.WithDb(async db => await db.Database.ExecuteSqlAsync($"UPDATE \"AuditEntry\" SET \"UserName\" = {original} WHERE \"Sequence\" = {last}"));
        Assert.True((await watch.CheckAsync(CancellationToken.None))!.Intact);
        Assert.Equal("Healthy", await client.GetStringAsync("/healthz"));
    }
}

/// <summary>Recomputes an entry's hash the way an attacker without the server's key would have to.</summary>
internal static class AuditEntryForgery
{
    public static string Reseal(AuditEntry e, string previousHash, byte[] key)
    {
        var text = string.Join('\u001f', e.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), e.At.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture),
            e.UserId ?? "", e.UserName, e.Action.ToString(), e.EntityType, e.EntityId, e.Sequence == 30 ? "{\"FullName\":[null,\"Người Khác\"]}" : e.Changes, previousHash);
        return Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(key, System.Text.Encoding.UTF8.GetBytes(text)));
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
