using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DongThuan.Web.Modules.Accounts;

/// <summary>
/// The sign-in cookie's check of the account's security stamp, asked of Identity only when it is due: once the cookie
/// is older than <c>SignIn:StampCheckSeconds</c>, as Identity itself decides.
/// </summary>
/// <remarks>
/// Identity's own handler resolves its validator on every request, and the validator comes with the sign-in manager,
/// the user manager (which builds Identity's token providers afresh) and its store, only to find in nearly every
/// request that the interval has not passed. On the page that runs nothing but the header's query that was a
/// twentieth of its CPU; the comparison with the stack's floor (ADR 0055) led to it, and ADR 0056 has the
/// measurements. The test for "due" is Identity's: a cookie without an issue time, or one older than the interval, on
/// the options' clock.
/// </remarks>
public static class CookieStampCheck
{
    public static Task WhenDueAsync(CookieValidatePrincipalContext context)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        var now = (options.TimeProvider ?? TimeProvider.System).GetUtcNow();
        return context.Properties.IssuedUtc is { } issued && now - issued <= options.ValidationInterval
            ? Task.CompletedTask
            : SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
