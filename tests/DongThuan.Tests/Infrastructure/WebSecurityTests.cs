using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using DongThuan.Tests.Harness;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DongThuan.Tests.Infrastructure;

/// <summary>Headers, cookies, pages without inline script, and errors that never show a stack trace.</summary>
public sealed partial class WebSecurityTests(WebSecurityTests.FailingApp app) : IClassFixture<WebSecurityTests.FailingApp>
{
    /// <summary>The real app plus one address that throws, reached only when no real endpoint matches.</summary>
    public sealed class FailingApp : SqliteApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.AddTransient<IStartupFilter, ThrowingEndpoint>());
        }

        private sealed class ThrowingEndpoint : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => builder =>
            {
                next(builder);
                builder.Run(ctx => ctx.Request.Path.Value!.EndsWith("/test-boom", StringComparison.Ordinal)
                    ? throw new InvalidOperationException("secret internal detail")
                    : Task.CompletedTask);
            };
        }
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Session_cookies_are_http_only_and_same_site()
    {
        using var browser = Browser.Open(app);
        var form = await browser.GetAsync("/Accounts/SignIn");
        Assert.All(form.Headers.GetValues("Set-Cookie"), c => Assert.Contains("httponly", c, StringComparison.OrdinalIgnoreCase));
        var html = await form.Content.ReadAsStringAsync();
        var token = TokenPattern().Match(html).Groups[1].Value;
        var signedIn = await browser.Client.PostAsync("/Accounts/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "admin", ["Input.Password"] = DongThuan.Web.Modules.Accounts.Demo.DemoAccounts.Password, ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        }));
        var auth = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("dongthuan.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", auth, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Over_HTTPS_the_session_cookie_is_marked_secure()
    {
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        using var browser = new Browser(client);
        var response = await browser.SubmitAsync("/Accounts/SignIn", new() { ["Input.UserName"] = "admin", ["Input.Password"] = DongThuan.Web.Modules.Accounts.Demo.DemoAccounts.Password });
        var auth = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("dongthuan.auth=", StringComparison.Ordinal));
        Assert.Contains("secure", auth, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Pages_have_no_inline_script_style_or_handlers_so_the_policy_holds()
    {
        using var browser = await Browser.SignedInAs(app, "admin");
        var ids = await DemoIds.LoadAsync(app);
        foreach (var url in new[] { "/", "/Organisation/Units", $"/Organisation/Units/Details/{ids.District}", "/Organisation/Bodies", $"/Organisation/Bodies/Details/{ids.Council}",
                     "/Organisation/People", $"/Organisation/People/Details/{ids.Delegate}", $"/Organisation/Bodies/Edit/{ids.Council}", "/Accounts/Users", "/Admin/Audit" })
        {
            var html = await browser.GetPageAsync(url);
            Assert.DoesNotMatch(InlineScript(), html);
            Assert.DoesNotMatch(StyleAttribute(), html);
            Assert.DoesNotMatch(HandlerAttribute(), html);
            Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", html, StringComparison.Ordinal);
            Assert.Single(MainLandmark().Matches(html));
        }
    }

    [Fact]
    public async Task An_unhandled_error_shows_a_friendly_page_with_a_correlation_id_and_no_stack_trace()
    {
        using var client = app.CreateClient();
        var page = await client.GetAsync("/khong-co/test-boom");
        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Đã có lỗi xảy ra", html, StringComparison.Ordinal);
        Assert.Matches("Mã tra cứu lỗi: <code>[0-9a-f]{32}</code>", html);
        Assert.DoesNotContain("secret internal detail", html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);

        var api = await client.GetAsync("/api/v1/test-boom");
        Assert.Equal(HttpStatusCode.InternalServerError, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        var body = await api.Content.ReadAsStringAsync();
        Assert.DoesNotContain("secret internal detail", body, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(body);
        Assert.Matches("^[0-9a-f]{32}$", json.RootElement.GetProperty("correlationId").GetString());
    }

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("\\sstyle=\"", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();

    [GeneratedRegex("\\son[a-z]+=\"", RegexOptions.IgnoreCase)]
    private static partial Regex HandlerAttribute();

    [GeneratedRegex("<main[\\s>]")]
    private static partial Regex MainLandmark();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
