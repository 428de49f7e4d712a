using System.Text.RegularExpressions;
using DongThuan.Web.Modules.Accounts.Demo;
using Microsoft.Playwright;

namespace DongThuan.BrowserTests;

/// <summary>What a member of the council office does first: sign in, look around, switch language, sign out.</summary>
public sealed class StaffJourneyTests
{
    private readonly BrowserFixture _fx;

    public StaffJourneyTests(BrowserFixture fx)
    {
        fx.RequireAvailable();
        _fx = fx;
    }

    private static async Task SignInAsync(IPage page, string user)
    {
        await page.GotoAsync("/Accounts/SignIn");
        await page.GetByLabel("Tên đăng nhập").FillAsync(user);
        await page.GetByLabel("Mật khẩu").FillAsync(DemoAccounts.Password);
        // By keyboard, as many users do: Enter submits.
        await page.GetByLabel("Mật khẩu").PressAsync("Enter");
        // The address, not the load event (BrowserFixture.Board); what follows waits for the page's elements anyway.
        await Assertions.Expect(page).ToHaveURLAsync(BrowserFixture.Board, new() { Timeout = 90_000 });
    }

    [Fact]
    public async Task Office_staff_sign_in_see_the_workspace_switch_to_English_and_sign_out()
    {
        var (context, page, errors) = await _fx.NewPageAsync();
        await using var _ = context;

        await SignInAsync(page, "thuongtruc");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Trang làm việc");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "HĐND quận Cầu Giấy" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "workspace-vi");

        await BrowserFixture.FollowMenuAsync(page, "Quản trị", "Cơ quan");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Cơ quan");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Ban Pháp chế HĐND quận Cầu Giấy" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Bodies");
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Workspace");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await BrowserFixture.ScreenshotAsync(page, "workspace-en");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).First).ToBeVisibleAsync();
        await page.GotoAsync("/Organisation/Units");
        Assert.Contains("/Accounts/SignIn", page.Url, StringComparison.Ordinal);

        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_wrong_password_is_explained_in_Vietnamese()
    {
        var (context, page, errors) = await _fx.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync("/Accounts/SignIn");
        await page.GetByLabel("Tên đăng nhập").FillAsync("thuongtruc");
        await page.GetByLabel("Mật khẩu").FillAsync("sai mật khẩu");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Tên đăng nhập hoặc mật khẩu không đúng.");
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Accounts/SignIn")]
    [InlineData("/Organisation/Units")]
    [InlineData("/Organisation/Bodies")]
    [InlineData("/Organisation/People")]
    [InlineData("/Calendar/Holidays?year=2026")]
    [InlineData("/Calendar/DeadlineRules")]
    [InlineData("/Sessions")]
    [InlineData("/Questions")]
    [InlineData("/Questions/Explanations")]
    [InlineData("/Petitions/Mine")]
    [InlineData("/Open311/Keys")]
    public async Task Pages_fit_a_360_pixel_phone_without_sideways_scrolling(string url)
    {
        var (context, page, errors) = await _fx.NewPageAsync(360, 740);
        await using var _ = context;
        await SignInAsync(page, "admin");
        await page.GotoAsync(url);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        // Other tests share the host and add records while this runs; name what sticks out, so that a failure says which.
        var wide = overflow <= 0 ? "" : await page.EvaluateAsync<string>("""
            () => [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                .slice(-3).map(e => e.tagName + '.' + e.className + ': ' + (e.textContent || '').trim().slice(0, 60)).join(' | ')
            """);
        Assert.True(overflow <= 0, $"{url} is {overflow}px wider than a 360px screen: {wide}");
        await BrowserFixture.ScreenshotAsync(page, "phone" + url.Replace('/', '-').Replace('?', '-').Replace('=', '-'));
        Assert.Empty(errors);
    }
}
