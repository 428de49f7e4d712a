using System.ComponentModel.DataAnnotations;
using DongThuan.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace DongThuan.Web.Modules.Accounts.Api;

/// <summary>
/// <c>POST /api/v1/auth/token</c>: a bearer token for a program, with the same throttle as the sign-in page.
/// The answer is <c>{"tokenType","accessToken","expiresIn"}</c> and nothing else: no refresh token is issued
/// (ADR 0016); a program asks for a new token when its hour is up. A token stops working within a minute of a
/// password change, a role removed or the account disabled (<see cref="TokenStampCheck"/>).
/// </summary>
public static class IssueToken
{
    public sealed record Request([property: Required, MaxLength(256)] string UserName, [property: Required, MaxLength(256)] string Password);

    public sealed record Token(string TokenType, string AccessToken, long ExpiresIn);

    public static async Task<IResult> HandleAsync(Request request, HttpContext http, PasswordCheck check, SignInManager<AppUser> signIn,
        IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider time, IStringLocalizer<SharedResource> l)
    {
        var (result, user) = await check.CheckAsync(request.UserName ?? "", request.Password ?? "", http.Connection.RemoteIpAddress);
        switch (result)
        {
            case PasswordCheck.Result.Throttled:
                return Problems.Refused(AccountRefusals.TooManyAttempts, l, StatusCodes.Status429TooManyRequests);
            case PasswordCheck.Result.Failed:
                return Problems.Unauthorized(l[AccountRefusals.SignInFailed.Message]);
            case PasswordCheck.Result.Unconfirmed:
                return Problems.Refused(AccountRefusals.Unconfirmed, l, StatusCodes.Status403Forbidden);
        }

        var principal = await signIn.CreateUserPrincipalAsync(user!);
        var options = bearer.Get(IdentityConstants.BearerScheme);
        var now = time.GetUtcNow();
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now + options.BearerTokenExpiration },
            IdentityConstants.BearerScheme);
        return TypedResults.Ok(new Token("Bearer", options.BearerTokenProtector.Protect(ticket), (long)options.BearerTokenExpiration.TotalSeconds));
    }
}
