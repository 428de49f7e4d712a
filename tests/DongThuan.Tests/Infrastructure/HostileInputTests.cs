using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DongThuan.Tests.Harness;
using DongThuan.Web.Infrastructure.Audit;
using DongThuan.Web.Modules.Accounts.Demo;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DongThuan.Tests.Infrastructure;

/// <summary>
/// Sends generated hostile values to every form the app shows and every POST endpoint it maps: control
/// characters, a megabyte of text, impossible dates, unknown enum values, a checkbox that is neither ticked nor
/// not, values of the wrong type, SQL and script. No answer may be a 5xx, and a refused request may save nothing
/// (no audit entry in the caller's name: every saved row writes one).
/// </summary>
public abstract partial class HostileInputTests
{
    private readonly AppFactory app;

    protected HostileInputTests(AppFactory app)
    {
        app.RequireAvailable();
        this.app = app;
    }

    private static readonly (string Kind, string Value)[] FormValues =
    [
        ("control", "Tiêu\u0000đề\u0007\u001b[2J"),
        // Over the form reader's limit (4 MB as sent: each "đ" is six bytes encoded).
        ("huge", new string('đ', 1_000_000)),
        // Under the form reader's limit, over every column's: a length no rule checks reaches the database.
        ("long", new string('x', 20_000)),
        ("date", "2023-02-30"),
        ("enum", "99"),
        ("bool", "maybe"),
        ("sql", "'; DROP TABLE \"Petition\"; --"),
        ("script", "<script>alert(document.cookie)</script>"),
        ("number", "1e999"),
    ];

    // Pages whose forms end the test's own session or write over what the other forms need.
    private static readonly string[] Skipped = ["/Accounts/SignOut", "/Accounts/Language", "/Accounts/Password", "/Accounts/SignIn", "/Accounts/Users/Details"];

    private long _requests, _serverErrors, _savedOnRefusal;
    private readonly List<string> _failures = [];

    private Task<long> HeadAsync() => app.WithDb((db, _) => db.Set<AuditChainHead>().AsNoTracking().Select(h => h.LastSequence).SingleAsync());

    /// <summary>Did the caller save anything since <paramref name="before"/>? Background work (retention, the index) writes too, as no one.</summary>
    private Task<bool> SavedByAsync(string userId, long before) =>
        app.WithDb((db, _) => db.Set<AuditEntry>().AsNoTracking().AnyAsync(e => e.Sequence > before && e.UserId == userId));

    private Task<string> UserIdAsync(string userName) => app.WithDb((db, _) => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    private async Task SendAsync(string userId, string what, Func<Task<HttpResponseMessage>> send)
    {
        var before = await HeadAsync();
        using var response = await send();
        _requests++;
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            _serverErrors++;
            _failures.Add($"{what}: {status}");
        }
        else if (status >= 400 && await SavedByAsync(userId, before))
        {
            _savedOnRefusal++;
            _failures.Add($"{what}: refused with {status} but saved");
        }
    }

    /// <summary>Every form the administrator and the delegate are shown, with every hostile value in every field.</summary>
    protected async Task WalkFormsAsync()
    {
        var ids = await DemoIds.LoadAsync(app);
        // A form the administrator was already sent (same action, same fields) is not sent again as the delegate: the
        // delegate's walk is for the forms only a delegate is shown.
        var walked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var user in new[] { "admin", "daibieu" })
        {
            using var browser = await Browser.SignedInAs(app, user);
            var userId = await UserIdAsync(user);
            var hugeSent = false;
            foreach (var (key, expectation) in PermissionMatrixTests.Table.Where(t => t.Key.StartsWith('/') && t.Value.Methods.Contains("POST") && !Skipped.Contains(t.Key)))
            {
                var url = expectation.Url(ids);
                var page = await browser.GetAsync(url);
                if (page.StatusCode != HttpStatusCode.OK)
                {
                    continue; // not this user's page, or a page of an unknown record: the permission matrix covers those
                }

                var html = await page.Content.ReadAsStringAsync();
                foreach (Match form in PostForm().Matches(html))
                {
                    var action = WebUtility.HtmlDecode(ActionOf().Match(form.Value) is { Success: true } a ? a.Groups[1].Value : url);
                    if (Skipped.Any(s => action.StartsWith(s, StringComparison.OrdinalIgnoreCase)))
                    {
                        continue; // the layout's sign-out and language forms are on every page
                    }

                    var token = TokenOf().Match(form.Value).Groups[1].Value;
                    var names = FieldName().Matches(form.Value).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Where(n => n != "__RequestVerificationToken").Distinct().ToList();
                    if (!walked.Add(action + "|" + string.Join(",", names.Order(StringComparer.Ordinal))))
                    {
                        continue;
                    }

                    foreach (var (kind, value) in FormValues)
                    {
                        // The form reader (one for every page) refuses a form at the first value over its limit: one such form
                        // per user shows it; sending six megabytes to every form cost the suite a third of this walk.
                        if (kind == "huge" && hugeSent)
                        {
                            continue;
                        }

                        hugeSent |= kind == "huge";

                        // The reader refuses the whole form at the first value over its limit, so one such value stands for all:
                        // sending it in every field only cost the suite megabytes per form that nothing read.
                        var fields = names.Select((n, i) => new KeyValuePair<string, string>(n, kind == "huge" && i > 0 ? "" : value))
                            .Append(new("__RequestVerificationToken", token));
                        await SendAsync(userId, $"{user} POST {action} ({kind})", () => browser.Client.PostAsync(action, new FormUrlEncodedContent(fields)));
                    }
                }
            }
        }

        Report(minimum: 300);
    }

    private void Report(int minimum)
    {
        TestContext.Current.TestOutputHelper?.WriteLine($"{_requests} hostile requests, {_serverErrors} answered 5xx, {_savedOnRefusal} saved something when refused");
        Assert.True(_failures.Count == 0, string.Join("\n", _failures.Take(40)));
        Assert.True(_requests > minimum, $"only {_requests} requests sent: the walk is broken");
    }

    /// <summary>Every API endpoint that takes a POST, as the administrator, with one hostile body per kind.</summary>
    protected async Task PostEveryApiEndpointAsync()
    {
        using var api = await Modules.Petitions.PetitionKit.ApiAsync(app, "admin");
        var admin = await UserIdAsync("admin");
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true
                        && e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("POST") == true)
            .ToList();
        Assert.NotEmpty(endpoints);
        foreach (var endpoint in endpoints)
        {
            var route = Regex.Replace(endpoint.RoutePattern.RawText!, @"\{[^}]+\}", Guid.Empty.ToString());
            var type = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
            foreach (var (kind, body) in Bodies(type))
            {
                await SendAsync(admin, $"POST {route} ({kind})", () => api.PostAsync(route, new StringContent(body, Encoding.UTF8, "application/json")));
            }
        }

        Report(minimum: 300);
    }

    /// <summary>One hostile JSON body per kind, each property of the request type given the kind's value for its type.</summary>
    private static IEnumerable<(string Kind, string Body)> Bodies(Type? type)
    {
        var properties = type?.GetProperties(BindingFlags.Public | BindingFlags.Instance) ?? [];
        JsonObject Each(Func<Type, JsonNode?> value)
        {
            var o = new JsonObject();
            foreach (var p in properties)
            {
                o[JsonNamingPolicy.CamelCase.ConvertName(p.Name)] = value(Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType);
            }

            return o;
        }

        JsonNode? Text(string s) => JsonValue.Create(s);
        yield return ("control", Each(t => t == typeof(string) ? Text("a\u0000b\u0007c") : null).ToJsonString());
        // A megabyte in the first text property only: the 20,000 characters of "long" already meet every column's
        // limit, and a megabyte in every property cost this walk half its CPU in JSON no rule needed to read.
        var hugeGiven = false;
        JsonNode? OnceHuge(Type t)
        {
            if (t != typeof(string) || hugeGiven)
            {
                return null;
            }

            hugeGiven = true;
            return Text(new string('x', 1_000_000));
        }

        yield return ("huge", Each(OnceHuge).ToJsonString());
        yield return ("long", Each(t => t == typeof(string) ? Text(new string('x', 20_000)) : null).ToJsonString());
        yield return ("date", Each(t => t == typeof(DateOnly) || t == typeof(DateTime) || t == typeof(DateTimeOffset) || t == typeof(string) ? Text("2023-02-30") : null).ToJsonString());
        yield return ("enum-name", Each(t => t.IsEnum ? Text("KhongCo") : null).ToJsonString());
        yield return ("enum-number", Each(t => t.IsEnum ? JsonValue.Create(99) : null).ToJsonString());
        yield return ("wrong-type", Each(_ => new JsonObject { ["x"] = 1 }).ToJsonString());
        yield return ("sql", Each(t => t == typeof(string) ? Text("'; DROP TABLE \"Petition\"; --") : null).ToJsonString());
        yield return ("script", Each(t => t == typeof(string) ? Text("<script>alert(1)</script>") : null).ToJsonString());
        yield return ("not-json", "{\"title\": \"chưa đóng");
    }

    [GeneratedRegex("<form[^>]*method=\"post\"[\\s\\S]*?</form>", RegexOptions.IgnoreCase)]
    private static partial Regex PostForm();

    [GeneratedRegex("<form[^>]*action=\"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex ActionOf();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenOf();

    [GeneratedRegex("<(?:input|select|textarea)[^>]*name=\"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex FieldName();
}

// Forms and the API are walked by classes of their own, so the two halves run side by side (the walk was the
// suite's longest test).

/// <summary>On SQLite, which stores a text of any length in any column.</summary>
public sealed class HostileFormsOnSqlite(SqliteApp app) : HostileInputTests(app), IClassFixture<SqliteApp>
{
    [Fact]
    public Task No_hostile_form_value_gets_a_server_error_or_is_saved_when_refused() => WalkFormsAsync();
}

public sealed class HostileApiOnSqlite(SqliteApp app) : HostileInputTests(app), IClassFixture<SqliteApp>
{
    [Fact]
    public Task No_hostile_api_body_gets_a_server_error_or_is_saved_when_refused() => PostEveryApiEndpointAsync();
}

/// <summary>On PostgreSQL, which refuses a text longer than its column.</summary>
public sealed class HostileFormsOnPostgres(PostgresApp app) : HostileInputTests(app), IClassFixture<PostgresApp>
{
    [Fact]
    public Task No_hostile_form_value_gets_a_server_error_or_is_saved_when_refused() => WalkFormsAsync();
}

[LongRunning]
public sealed class HostileApiOnPostgres(PostgresApp app) : HostileInputTests(app), IClassFixture<PostgresApp>
{
    [Fact]
    public Task No_hostile_api_body_gets_a_server_error_or_is_saved_when_refused() => PostEveryApiEndpointAsync();
}
