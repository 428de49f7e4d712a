using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using DongThuan.Tests.Harness;
using DongThuan.Tests.Modules.Petitions;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Accounts.Demo;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DongThuan.Tests.Modules.Accounts;

/// <summary>
/// Password guessing is slowed and then refused per address, never by locking the account; unknown and known
/// names answer alike; no refresh token is issued. Behind the known proxy, so each test speaks from addresses of its own.
/// </summary>
public sealed class SignInAbuseTests(ProxiedApp app) : IClassFixture<ProxiedApp>
{
    private async Task<string> NewAccountAsync(string password)
    {
        var name = "thu-" + Guid.NewGuid().ToString("N")[..8];
        await app.WithDb(async (_, sp) =>
        {
            Assert.True((await sp.GetRequiredService<UserManager<AppUser>>().CreateAsync(new AppUser { UserName = name, DisplayName = name }, password)).Succeeded);
            return 0;
        });
        return name;
    }

    private async Task<HttpResponseMessage> TokenAsync(string from, string user, string password)
    {
        using var api = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/token") { Content = JsonContent.Create(new { userName = user, password }) };
        request.Headers.Add("X-Forwarded-For", from);
        return await api.SendAsync(request);
    }

    private static Browser From(AppFactory app, string address)
    {
        var browser = Browser.Open(app);
        browser.Client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return browser;
    }

    [Fact]
    public async Task A_guesser_is_refused_after_five_failures_while_the_owner_still_gets_in_from_elsewhere()
    {
        var name = await NewAccountAsync("DungMatKhau@1");
        using var guesser = From(app, "198.51.100.10");
        for (var i = 0; i < 5; i++)
        {
            var failed = await guesser.SubmitAsync("/Accounts/SignIn", new() { ["Input.UserName"] = name, ["Input.Password"] = "SaiMatKhau@" + i });
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
            Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", await failed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // Now refused from that address, even with the right password, on the page and through the API alike.
        var refused = await guesser.SubmitAsync("/Accounts/SignIn", new() { ["Input.UserName"] = name, ["Input.Password"] = "DungMatKhau@1" });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Vui lòng thử lại sau.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var apiRefused = await TokenAsync("198.51.100.10", name, "DungMatKhau@1");
        Assert.Equal(HttpStatusCode.TooManyRequests, apiRefused.StatusCode);
        Assert.Contains("thử lại sau", await apiRefused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The owner, from another address, is not locked out.
        using var owner = From(app, "198.51.100.11");
        var signedIn = await owner.SubmitAsync("/Accounts/SignIn", new() { ["Input.UserName"] = name, ["Input.Password"] = "DungMatKhau@1" });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync("198.51.100.11", name, "DungMatKhau@1")).StatusCode);

        // Nor is admin: nobody can lock the office out by typing wrong passwords at it.
        for (var i = 0; i < 6; i++)
        {
            await TokenAsync("198.51.100.12", "admin", "sai");
        }

        Assert.Equal(HttpStatusCode.OK, (await TokenAsync("198.51.100.13", "admin", DemoAccounts.Password)).StatusCode);
    }

    [Fact]
    public async Task An_address_trying_many_names_is_refused_for_all_of_them()
    {
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync("198.51.100.20", $"ten-{i}", "sai")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await TokenAsync("198.51.100.20", "daibieu", DemoAccounts.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync("198.51.100.21", "daibieu", DemoAccounts.Password)).StatusCode);
    }

    [Fact]
    public async Task Unknown_and_known_names_get_the_same_answer_in_about_the_same_time()
    {
        // An account whose password was hashed in this host, at the real cost (the demo's come from the run's template).
        var name = await NewAccountAsync("DungMatKhau@2026");
        var known = new List<double>();
        var unknown = new List<double>();
        string? knownBody = null, unknownBody = null;
        // Alternating which goes first, so a burst of load on a shared CI machine falls on both alike. Sixteen rounds:
        // with eight, a run under full load once left the known name's fastest answer slowed by half (each address
        // is used once, so the throttle counts nothing twice).
        for (var i = 0; i < 16; i++)
        {
            HttpResponseMessage k, u;
            if (i % 2 == 0)
            {
                k = await TimedAsync(known, $"198.51.100.{30 + i}", name);
                u = await TimedAsync(unknown, $"198.51.100.{100 + i}", "khong-co-ai-ten-nay");
            }
            else
            {
                u = await TimedAsync(unknown, $"198.51.100.{100 + i}", "khong-co-ai-ten-nay");
                k = await TimedAsync(known, $"198.51.100.{30 + i}", name);
            }

            Assert.Equal(HttpStatusCode.Unauthorized, k.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, u.StatusCode);
            knownBody = JsonDocument.Parse(await k.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
            unknownBody = JsonDocument.Parse(await u.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
        }

        Assert.Equal(knownBody, unknownBody);
        // Before the decoy hash an unknown name answered in a tenth of the time of a known one. The fastest of each is
        // compared: load only ever adds time, so the minimum is the cost of the work itself.
        var (km, um) = (known.Min(), unknown.Min());
        Assert.True(um >= km * 0.5, $"unknown {um:F1} ms, known {km:F1} ms (medians {Median(unknown):F1}, {Median(known):F1})");

        async Task<HttpResponseMessage> TimedAsync(List<double> times, string address, string user)
        {
            var watch = Stopwatch.StartNew();
            var response = await TokenAsync(address, user, "SaiMatKhau@1");
            times.Add(watch.Elapsed.TotalMilliseconds);
            return response;
        }
    }

    [Fact]
    public async Task A_token_comes_without_a_refresh_token_and_no_refresh_endpoint_exists()
    {
        var response = await TokenAsync("198.51.100.50", "daibieu", DemoAccounts.Password);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Bearer", json.GetProperty("tokenType").GetString());
        Assert.True(json.GetProperty("expiresIn").GetInt64() > 0);
        Assert.False(json.TryGetProperty("refreshToken", out _));
        using var api = app.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", json.GetProperty("accessToken").GetString());
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/me")).StatusCode);
        var refresh = (await api.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = "x" })).StatusCode;
        Assert.True(refresh is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"refresh answered {refresh}");
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}

/// <summary>The app with the stamp read on every request, so "within a minute" is checked at once.</summary>
public sealed class StampApp : SqliteApp
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("SignIn:StampCheckSeconds", "0");
    }
}

/// <summary>A password change, a role removed or an account disabled ends that account's cookies and tokens.</summary>
public sealed class SessionRevocationTests(StampApp app) : IClassFixture<StampApp>
{
    private async Task<(string Name, AppUser User)> NewOfficerAsync()
    {
        var name = "thu-hoi-" + Guid.NewGuid().ToString("N")[..8];
        var user = await app.WithDb(async (db, sp) =>
        {
            var u = new AppUser { UserName = name, DisplayName = name };
            Assert.True((await sp.GetRequiredService<UserManager<AppUser>>().CreateAsync(u, "DungMatKhau@1")).Succeeded);
            var body = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(db.Bodies,
                b => b.Kind == DongThuan.Web.Modules.Organisation.BodyKind.PeoplesCommittee && b.ArchivedAt == null);
            db.RoleAssignments.Add(RoleAssignment.Grant(u, AppRole.ExecutiveOfficer, body, out _));
            await db.SaveChangesAsync();
            return u;
        });
        return (name, user);
    }

    private async Task<HttpClient> WithTokenAsync(string name, string password)
    {
        var api = app.CreateClient();
        var token = await api.PostAsJsonAsync("/api/v1/auth/token", new { userName = name, password });
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            JsonDocument.Parse(await token.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString());
        return api;
    }

    [Fact]
    public async Task A_password_change_ends_the_accounts_other_sessions_and_tokens_but_not_the_one_that_changed_it()
    {
        var (name, _) = await NewOfficerAsync();
        using var api = await WithTokenAsync(name, "DungMatKhau@1");
        using var elsewhere = await Browser.SignedInAs(app, name, "DungMatKhau@1");
        using var here = await Browser.SignedInAs(app, name, "DungMatKhau@1");
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/me")).StatusCode);

        var wrong = await here.SubmitAsync("/Accounts/Password", new() { ["Input.Current"] = "Sai@123456", ["Input.New"] = "MatKhauMoi@2" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Contains("Mật khẩu hiện tại không đúng.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var weak = await here.SubmitAsync("/Accounts/Password", new() { ["Input.Current"] = "DungMatKhau@1", ["Input.New"] = "ngan" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, weak.StatusCode);
        Assert.Contains("Mật khẩu có ít nhất 10 ký tự", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/me")).StatusCode); // a refused change ends nothing
        var changed = await here.SubmitAsync("/Accounts/Password", new() { ["Input.Current"] = "DungMatKhau@1", ["Input.New"] = "MatKhauMoi@2" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/me")).StatusCode);
        Assert.True(Responses.IsRefusal(await elsewhere.GetAsync("/Obligations/Mine")));
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/Obligations/Mine")).StatusCode);
        using var fresh = await WithTokenAsync(name, "MatKhauMoi@2");
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task A_role_removed_or_the_account_disabled_ends_its_tokens_and_cookies()
    {
        var (name, user) = await NewOfficerAsync();
        using var api = await WithTokenAsync(name, "DungMatKhau@1");
        using var session = await Browser.SignedInAs(app, name, "DungMatKhau@1");
        var assignment = await app.WithDb((db, _) => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.RoleAssignments, r => r.UserId == user.Id));
        using var admin = await Browser.SignedInAs(app, "admin");
        var revoked = await admin.SubmitAsync($"/Accounts/Users/Details/{user.Id}", new() { ["assignmentId"] = assignment.Id.ToString() },
            $"/Accounts/Users/Details/{user.Id}?handler=Revoke");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/me")).StatusCode);

        var own = await DongThuan.Tests.Harness.DemoIds.LoadAsync(app);
        var self = await admin.SubmitAsync($"/Accounts/Users/Details/{own.AdminUserId}", [], $"/Accounts/Users/Details/{own.AdminUserId}?handler=Disable");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, self.StatusCode);
        Assert.Contains("Không thể tự vô hiệu hóa", await self.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using (var mttq = await Browser.SignedInAs(app, "mttq"))
        {
            Assert.True(Responses.IsRefusal(await mttq.SubmitAsync("/Obligations/Mine", [], $"/Accounts/Users/Details/{user.Id}?handler=Disable")));
        }

        using var again = await WithTokenAsync(name, "DungMatKhau@1");
        var disabled = await admin.SubmitAsync($"/Accounts/Users/Details/{user.Id}", [], $"/Accounts/Users/Details/{user.Id}?handler=Disable");
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await again.GetAsync("/api/v1/me")).StatusCode);
        Assert.True(Responses.IsRefusal(await session.GetAsync("/Obligations/Mine")));
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName = name, password = "DungMatKhau@1" })).StatusCode);
    }
}
