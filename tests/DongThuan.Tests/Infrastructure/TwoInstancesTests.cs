using System.Net;
using System.Text.RegularExpressions;
using DongThuan.Tests.Harness;
using DongThuan.Tests.Modules.Petitions;
using DongThuan.Web.Infrastructure.Audit;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Notifications;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Sessions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace DongThuan.Tests.Infrastructure;

/// <summary>
/// Two app instances on one PostgreSQL database, sharing the secrets folder as the README says: each keeps its own
/// data folder (mail, checkpoints). The database is a copy of the run's demo template, as if the first had seeded it
/// (seeding here again cost the run 15 s of CPU and is tested by <c>LiveDemoTests</c>); both start with the
/// production default of checking the migrations, the first before the second.
/// </summary>
public sealed partial class TwoInstances : IAsyncLifetime
{
    private static readonly string? Server = Environment.GetEnvironmentVariable("DONGTHUAN_TEST_POSTGRES");
    private readonly string _database = "dongthuan_two_" + Guid.NewGuid().ToString("N")[..12];
    private readonly string _root = Path.Combine(Path.GetTempPath(), "dongthuan-tests", Guid.NewGuid().ToString("N"));

    public Instance? First { get; private set; }

    public Instance? Second { get; private set; }

    public string? Unavailable => string.IsNullOrWhiteSpace(Server) ? "PostgreSQL tests skipped: set DONGTHUAN_TEST_POSTGRES (see README)." : null;

    public async ValueTask InitializeAsync()
    {
        if (Unavailable is not null)
        {
            return;
        }

        // Pooled, as a server runs, each instance with a pool of its own (two servers do not share one): unpooled,
        // every query started a PostgreSQL process, and this class cost the run about 35 s of CPU.
        string Pooled(string instance) => new NpgsqlConnectionStringBuilder(Server) { Database = _database, ApplicationName = "dongthuan-" + instance }.ConnectionString;
        await DemoTemplate.CreateFromPostgresTemplateAsync(_database);
        var templateFolder = (await DemoTemplate.PostgresAsync()).Folder;
        // The master key the template was sealed with goes to the shared secrets folder; each instance's own folder
        // starts with the template's checkpoint, as a second server set up from a backup would.
        DemoTemplate.CopyInto(Path.Combine(templateFolder, "secrets"), Path.Combine(_root, "secrets"));
        foreach (var own in new[] { "a", "b" })
        {
            DemoTemplate.CopyInto(templateFolder, Path.Combine(_root, own));
            DemoTemplate.DeleteFolder(Path.Combine(_root, own, "secrets"));
        }

        First = new Instance(Pooled("a"), Path.Combine(_root, "a"), Path.Combine(_root, "secrets"));
        await First.WithDb((db, _) => db.Units.CountAsync()); // starts it: checks the migrations
        Second = new Instance(Pooled("b"), Path.Combine(_root, "b"), Path.Combine(_root, "secrets"));
        await Second.WithDb((db, _) => db.Units.CountAsync());
    }

    public async ValueTask DisposeAsync()
    {
        if (First is not null)
        {
            await First.DisposeAsync();
        }

        if (Second is not null)
        {
            await Second.DisposeAsync();
        }

        if (Unavailable is null)
        {
            foreach (var instance in new[] { First, Second })
            {
                if (instance?.ConnectionString is { } pooled)
                {
                    await using var idle = new NpgsqlConnection(DongThuan.Web.Infrastructure.Database.DatabaseSetup.WithoutResetOnReturn(pooled));
                    NpgsqlConnection.ClearPool(idle);
                }
            }

            await using var conn = new NpgsqlConnection(Server);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
        }

        DemoTemplate.DeleteFolder(_root);
    }

    public sealed class Instance(string connectionString, string dataDirectory, string secrets) : AppFactory
    {
        public string ConnectionString => connectionString;

        public override DatabaseProvider Provider => DatabaseProvider.Postgres;

        protected override IEnumerable<KeyValuePair<string, string?>> DatabaseSettings() =>
        [
            new("Database:Provider", "Postgres"),
            new("ConnectionStrings:Postgres", connectionString),
            new("DataDirectory", dataDirectory),
            new("Secrets:Directory", secrets),
        ];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("SignIn:StampCheckSeconds", "0");
        }
    }
}

[LongRunning]
public sealed partial class TwoInstancesTests : IClassFixture<TwoInstances>
{
    private readonly TwoInstances _two;

    public TwoInstancesTests(TwoInstances two)
    {
        if (two.Unavailable is { } why)
        {
            if (Environment.GetEnvironmentVariable("DONGTHUAN_REQUIRE_ALL") == "1")
            {
                Assert.Fail($"{why} (DONGTHUAN_REQUIRE_ALL=1 requires it)");
            }

            Assert.Skip(why);
        }

        _two = two;
    }

    [Fact]
    public async Task A_cookie_from_one_instance_works_on_the_other()
    {
        // Sign in on the first, by hand, to hold the cookie itself.
        using var first = _two.First!.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var form = await first.GetAsync("/Accounts/SignIn");
        var antiforgeryCookie = CookiePair(form, "dongthuan.af");
        var token = Token().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Accounts/SignIn")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.UserName"] = "thuongtruc", ["Input.Password"] = DongThuan.Web.Modules.Accounts.Demo.DemoAccounts.Password, ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", antiforgeryCookie);
        var signedIn = await first.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var auth = CookiePair(signedIn, "dongthuan.auth");

        using var second = _two.Second!.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var mine = new HttpRequestMessage(HttpMethod.Get, "/Obligations/Mine");
        mine.Headers.Add("Cookie", auth);
        Assert.Equal(HttpStatusCode.OK, (await second.SendAsync(mine)).StatusCode);
        using var forged = new HttpRequestMessage(HttpMethod.Get, "/Obligations/Mine");
        forged.Headers.Add("Cookie", auth[..^8] + "AAAAAAAA");
        Assert.Equal(HttpStatusCode.Redirect, (await second.SendAsync(forged)).StatusCode);
    }

    [Fact]
    public async Task Writers_on_both_instances_keep_one_chain_that_both_verify()
    {
        var people = await _two.First!.WithDb((db, _) => db.People.OrderBy(p => p.FullName).Take(10).Select(p => p.Id).ToListAsync());
        await Task.WhenAll(people.Select((id, i) => (i % 2 == 0 ? _two.First : _two.Second!).WithDb(async (db, _) =>
        {
            var person = await db.People.SingleAsync(p => p.Id == id);
            person.Update(person.FullName, null, "0243" + Random.Shared.Next(100000, 999999));
            await db.SaveChangesAsync();
            return 0;
        })));
        foreach (var instance in new AppFactory[] { _two.First!, _two.Second! })
        {
            var result = await instance.WithDb((db, sp) => AuditChain.VerifyAsync(db, sp.GetRequiredService<AuditSealing>(), CancellationToken.None));
            Assert.True(result.Intact, $"broken at {result.BrokenAtSequence}: {result.Problem}");
        }
    }

    [Fact]
    public async Task A_reminder_due_now_goes_out_once_whichever_instances_run()
    {
        var code = await PetitionKit.SubmitAsync(_two.First!, PetitionKit.Unique("Hố ga mất nắp"), "Hố ga mất nắp trên vỉa hè.", $"{Guid.NewGuid():N}@example.com");
        var id = (await PetitionKit.ByCodeAsync(_two.First!, code)).Id;
        using var office = await PetitionKit.ApiAsync(_two.First!, PetitionKit.Office);
        var agency = await PetitionKit.BodyAsync(_two.First!, PetitionKit.Committee);
        Assert.Equal(HttpStatusCode.OK, (await office.PostAsJsonAsync($"/api/v1/petitions/{id}/route", new { fieldId = PetitionKit.FieldId(1), level = "Commune", agencyBodyId = agency })).StatusCode);
        var obligation = await _two.First!.WithDb((db, _) => db.Obligations.AsNoTracking().SingleAsync(o => o.SubjectId == id));
        var clock = new FakeTimeProvider(new DateTimeOffset(obligation.DueOn.AddDays(1).ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero));

        static Task<int> RunOn(AppFactory instance, TimeProvider clock) => instance.WithDb(async (_, sp) =>
        {
            await using var scope = sp.CreateAsyncScope();
            var notifier = ActivatorUtilities.CreateInstance<Notifier>(scope.ServiceProvider, clock);
            return await ActivatorUtilities.CreateInstance<Reminders>(scope.ServiceProvider, clock, notifier).RunAsync(CancellationToken.None);
        });

        await Task.WhenAll(RunOn(_two.First!, clock), RunOn(_two.Second!, clock), RunOn(_two.First!, clock), RunOn(_two.Second!, clock));
        var overdue = await _two.First!.WithDb((db, _) => db.Notifications.AsNoTracking()
            .Where(n => n.Url == $"/Obligations/Details/{obligation.Id}" && n.Text.StartsWith("Quá hạn")).Select(n => n.UserId).ToListAsync());
        Assert.NotEmpty(overdue);
        Assert.Equal(overdue.Count, overdue.Distinct().Count()); // each person once, though four runs on two instances saw it due
    }

    [Fact]
    public async Task A_change_saved_on_one_instance_reaches_the_public_pages_cached_on_the_other()
    {
        using var reader = _two.Second!.CreateClient();
        async Task<HttpResponseMessage> CachedAsync()
        {
            for (var attempt = 0; ; attempt++)
            {
                var response = await reader.GetAsync("/cong-khai/ky-hop");
                if (response.Headers.Age is not null || attempt == 20)
                {
                    return response;
                }

                await Task.Delay(100); // the second instance serves from its cache once its listener is up
            }
        }

        var cached = await CachedAsync();
        Assert.NotNull(cached.Headers.Age);
        // The first instance moves a session to another venue; the second hears of it from PostgreSQL and evicts.
        var venue = "Hội trường thử " + Guid.NewGuid().ToString("N")[..6];
        Assert.DoesNotContain(venue, await cached.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await _two.First!.WithDb(async (db, _) =>
        {
            var session = await db.Sessions.OrderBy(s => s.StartsOn).FirstAsync(s => s.IsPublic && s.ArchivedAt == null);
            var term = await db.Terms.SingleAsync(t => t.Id == session.TermId);
            var others = await db.Sessions.Where(s => s.TermId == term.Id).ToListAsync();
            Assert.True(session.Update(term, session.Number, session.Kind, session.StartsOn, session.EndsOn, venue, true, others).Succeeded);
            return await db.SaveChangesAsync();
        });
        string page = "";
        for (var attempt = 0; attempt < 50 && !page.Contains(venue, StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(20); // PostgreSQL delivers the notice after the commit, within milliseconds
            page = System.Net.WebUtility.HtmlDecode(await reader.GetStringAsync("/cong-khai/ky-hop"));
        }

        Assert.Contains(venue, page, StringComparison.Ordinal);
    }

    private static string CookiePair(HttpResponseMessage response, string name) =>
        response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith(name + "=", StringComparison.Ordinal));

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
