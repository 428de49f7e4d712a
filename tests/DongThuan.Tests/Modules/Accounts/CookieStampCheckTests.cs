using System.Net;
using DongThuan.Tests.Harness;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DongThuan.Tests.Modules.Accounts;

/// <summary>
/// The sign-in cookie asks Identity to check the account's security stamp only once the check is due, and the check it
/// then asks for is Identity's own: a changed stamp still ends the session.
/// </summary>
public sealed class CookieStampCheckTests(CookieStampCheckTests.CountingApp app) : IClassFixture<CookieStampCheckTests.CountingApp>
{
    /// <summary>The app, counting each time a request asks for Identity's stamp validator.</summary>
    public sealed class CountingApp : CountingApp<ISecurityStampValidator>;

    [Fact]
    public async Task The_stamp_check_is_asked_for_only_when_due_and_still_ends_a_changed_accounts_session()
    {
        using var browser = await Browser.SignedInAs(app, "thuongtruc");
        var before = app.Asked;
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Notifications")).StatusCode);
        }

        // Signed in a moment ago, the minute has not passed: Identity's validator was not built once.
        Assert.Equal(before, app.Asked);

        var options = app.Services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        var interval = options.ValidationInterval;
        options.ValidationInterval = TimeSpan.Zero;
        try
        {
            // Due now: the check is asked for, finds the stamp unchanged and keeps the session.
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Notifications")).StatusCode);
            Assert.True(app.Asked > before, "the due check was not asked for");

            // The stamp changes (a password changed elsewhere): the next due check ends the session.
            await app.WithDb(async (_, sp) =>
            {
                var users = sp.GetRequiredService<UserManager<AppUser>>();
                Assert.True((await users.UpdateSecurityStampAsync((await users.FindByNameAsync("thuongtruc"))!)).Succeeded);
                return 0;
            });
            var after = await browser.GetAsync("/Notifications");
            Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
            Assert.Contains("/Accounts/SignIn", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
        finally
        {
            options.ValidationInterval = interval;
        }
    }
}
