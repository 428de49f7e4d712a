using System.Net;
using DongThuan.Tests.Harness;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DongThuan.Tests.Modules.Accounts;

public abstract class SignInTests
{
    private readonly AppFactory _app;

    protected SignInTests(AppFactory app)
    {
        app.RequireAvailable();
        _app = app;
    }

    [Fact]
    public async Task Office_staff_sign_in_see_their_workspace_and_sign_out()
    {
        using var browser = await Browser.SignedInAs(_app, "thuongtruc");
        var home = await browser.GetPageAsync("/");
        Assert.Contains("Trang làm việc", home, StringComparison.Ordinal);
        Assert.Contains("Văn phòng HĐND", home, StringComparison.Ordinal);
        Assert.Contains("HĐND quận Cầu Giấy", home, StringComparison.Ordinal);

        var signOut = await browser.SubmitAsync("/Accounts/SignOut", []);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        var after = await browser.GetAsync("/Organisation/Units");
        Assert.True(Responses.IsRefusal(after));
    }

    [Fact]
    public async Task Wrong_password_is_refused_in_Vietnamese_without_saying_which_part_was_wrong()
    {
        using var browser = Browser.Open(_app);
        foreach (var (user, password) in new[] { ("thuongtruc", "sai-mat-khau"), ("khong-ton-tai", "CauGiay@2023") })
        {
            var response = await browser.SubmitAsync("/Accounts/SignIn", new() { ["Input.UserName"] = user, ["Input.Password"] = password });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Five_failures_from_one_address_refuse_it_even_against_the_right_password()
    {
        var name = "khoa-" + Guid.NewGuid().ToString("N")[..8];
        await _app.WithDb(async (_, sp) =>
        {
            var result = await sp.GetRequiredService<UserManager<AppUser>>().CreateAsync(new AppUser { UserName = name, DisplayName = name }, "DungMatKhau@1");
            Assert.True(result.Succeeded);
            return 0;
        });
        using var browser = Browser.Open(_app);
        for (var i = 0; i < 5; i++)
        {
            await browser.SubmitAsync("/Accounts/SignIn", new() { ["Input.UserName"] = name, ["Input.Password"] = "SaiMatKhau@1" });
        }

        var response = await browser.SubmitAsync("/Accounts/SignIn", new() { ["Input.UserName"] = name, ["Input.Password"] = "DungMatKhau@1" });
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Contains("Vui lòng thử lại sau.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var api = _app.CreateClient();
        var token = await api.PostAsJsonAsync("/api/v1/auth/token", new { userName = name, password = "DungMatKhau@1" });
        Assert.Equal(HttpStatusCode.TooManyRequests, token.StatusCode);

        // The account itself was never locked: the owner elsewhere gets in (SignInAbuseTests), and no lockout is recorded.
        var user = await _app.WithDb((db, _) => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Users, u => u.UserName == name));
        Assert.Null(user.LockoutEnd);
    }

    [Fact]
    public async Task A_forged_antiforgery_token_is_refused_and_signs_nobody_in()
    {
        using var browser = Browser.Open(_app);
        await browser.GetPageAsync("/Accounts/SignIn");
        var response = await browser.Client.PostAsync("/Accounts/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "admin",
            ["Input.Password"] = DongThuan.Web.Modules.Accounts.Demo.DemoAccounts.Password,
            ["__RequestVerificationToken"] = "CfDJ8-forged-token",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Biểu mẫu đã hết hạn", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.True(Responses.IsRefusal(await browser.GetAsync("/Organisation/Units")));
    }

    [Fact]
    public async Task Return_url_to_another_site_is_ignored()
    {
        using var browser = Browser.Open(_app);
        var response = await browser.SubmitAsync("/Accounts/SignIn?ReturnUrl=https%3A%2F%2Fevil.example%2F",
            new() { ["Input.UserName"] = "daibieu", ["Input.Password"] = DongThuan.Web.Modules.Accounts.Demo.DemoAccounts.Password, ["ReturnUrl"] = "https://evil.example/" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }
}

public sealed class SignInTestsOnSqlite(SqliteApp app) : SignInTests(app), IClassFixture<SqliteApp>;

public sealed class SignInTestsOnPostgres(PostgresApp app) : SignInTests(app), IClassFixture<PostgresApp>;
