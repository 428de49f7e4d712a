using DongThuan.Tests.Harness;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

// One host and one Chromium for every browser test class: each class works on records of its own making (or only
// reads the demo), so they can share; starting seven of each was a third of this project's time.
[assembly: AssemblyFixture(typeof(DongThuan.BrowserTests.BrowserFixture))]

namespace DongThuan.BrowserTests;

/// <summary>
/// The real application on a real port (Kestrel) over SQLite, and Debian's Chromium driven by Playwright.
/// No browser is downloaded: the executable is DONGTHUAN_CHROMIUM, else Debian's headless shell, else its full Chromium.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>
    /// The headless shell first: the same Blink and V8 as the full browser, without the browser's own user interface,
    /// and the build Playwright itself drives for headless runs. Under these tests it spends about 90 s of CPU where the
    /// full browser spent 240 s, and CPU is what a two-core CI runs out of (ADR 0032).
    /// </summary>
    public static readonly string ChromiumPath = Environment.GetEnvironmentVariable("DONGTHUAN_CHROMIUM")
        ?? new[] { "/usr/bin/chromium-headless-shell", "/usr/bin/chromium" }.FirstOrDefault(File.Exists)
        ?? "/usr/bin/chromium";

    private readonly SqliteApp _app = new();
    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public string BaseUrl { get; private set; } = "";

    public string? Unavailable => File.Exists(ChromiumPath) ? null : $"Browser tests skipped: no Chromium at {ChromiumPath} (apt-get install chromium-headless-shell or chromium, or set DONGTHUAN_CHROMIUM).";

    public async ValueTask InitializeAsync()
    {
        if (Unavailable is not null)
        {
            return;
        }

        await _app.InitializeAsync();
        _app.UseKestrel(0);
        _app.StartServer();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("127.0.0.1", "localhost", StringComparison.Ordinal);
        // Generous: the one shared host serves every browser class at once while the unit tests share the two cores.
        Assertions.SetDefaultExpectTimeout(30_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // At most two renderer processes, reused across pages: the tests open a fresh context for nearly every
            // page, and Chromium started about 125 processes for them in 94 s of CPU; with the limit, about 80 in 79–84 s (ADR 0053).
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--renderer-process-limit=2"],
        });
    }

    public void RequireAvailable()
    {
        if (Unavailable is { } why)
        {
            if (Environment.GetEnvironmentVariable("DONGTHUAN_REQUIRE_ALL") == "1")
            {
                Assert.Fail($"{why} (DONGTHUAN_REQUIRE_ALL=1 requires it)");
            }

            Assert.Skip(why);
        }
    }

    /// <summary>A fresh browser context (own cookies) with a page that fails the test on any console error, such as a CSP violation.</summary>
    public async Task<(IBrowserContext Context, IPage Page, List<string> Errors)> NewPageAsync(int width = 1280, int height = 900, bool javaScript = true)
    {
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = "vi-VN", JavaScriptEnabled = javaScript,
        });
        // Generous timeouts: CI shares two cores between the app, the browser and the test runner.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                errors.Add(m.Text);
            }
        };
        page.PageError += (_, e) => errors.Add(e);
        return (context, page, errors);
    }

    /// <summary>A fresh page signed in as a demo account through the sign-in form, as a person does.</summary>
    public async Task<(IBrowserContext Context, IPage Page, List<string> Errors)> SignedInPageAsync(string user, int width = 1280, int height = 900, bool javaScript = true)
    {
        var (context, page, errors) = await NewPageAsync(width, height, javaScript);
        // Generous, and tried twice: in CI the unit tests share the two cores with this host, and a sign-in can
        // queue behind them or meet a busy database once; the second try shows whether it is more than that.
        for (var attempt = 1; ; attempt++)
        {
            await page.GotoAsync("/Accounts/SignIn");
            await page.GetByLabel("Tên đăng nhập").FillAsync(user);
            await page.GetByLabel("Mật khẩu").FillAsync(DongThuan.Web.Modules.Accounts.Demo.DemoAccounts.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
            try
            {
                await Assertions.Expect(page).ToHaveURLAsync(Board, new() { Timeout = 90_000 });
                break;
            }
            catch (PlaywrightException) when (attempt == 1)
            {
                Console.WriteLine($"sign-in as {user} did not arrive at / on the first try (at {page.Url}); trying again");
            }
        }

        return (context, page, errors);
    }

    /// <summary>
    /// The board a sign-in lands on. Waited for with Playwright's <c>Expect(page).ToHaveURLAsync</c>, which watches the
    /// address. Not <c>WaitForURLAsync(…, Commit)</c>: when the address already matches as it is called (the redirect
    /// was quick), that waits for the "load" event instead, which Chromium sometimes never reports after a form's
    /// redirect; in CI a sign-in that had arrived then timed out after 90 s.
    /// </summary>
    public static readonly System.Text.RegularExpressions.Regex Board = new("/$");

    /// <summary>
    /// Follows a link of the main menu as a person does: on a phone the menu is unfolded first, then the area is opened
    /// and its link followed. Fails when the menu does not offer the link.
    /// </summary>
    public static async Task FollowMenuAsync(IPage page, string area, string link)
    {
        var button = page.Locator("label.menu-button");
        if (await button.IsVisibleAsync())
        {
            await button.ClickAsync();
        }

        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" });
        await nav.Locator($"summary:text-is('{area}')").ClickAsync();
        await nav.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
    }

    /// <summary>
    /// Keeps a picture of what the user saw, for a person to look at. The pictures assert nothing, and a full-page
    /// PNG costs Chromium a third of a second of CPU, so CI (<c>DONGTHUAN_SCREENSHOTS=0</c>) does not take them.
    /// </summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("DONGTHUAN_SCREENSHOTS") == "0")
        {
            return;
        }

        var dir = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(dir);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _app.DisposeAsync();
    }
}
