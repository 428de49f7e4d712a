using System.ComponentModel.DataAnnotations;
using DongThuan.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace DongThuan.Web.Modules.Accounts.Api;

/// <summary><c>POST /api/v1/auth/token</c>: a bearer token for a program, with the same lockout rules as the sign-in page.</summary>
public static class IssueToken
{
    public sealed record Request([property: Required, MaxLength(256)] string UserName, [property: Required, MaxLength(256)] string Password);

    public static async Task<Results<SignInHttpResult, ProblemHttpResult>> HandleAsync(
        Request request, SignInManager<AppUser> signIn, IStringLocalizer<SharedResource> l)
    {
        var user = await signIn.UserManager.FindByNameAsync(request.UserName);
        if (user is null || user.ArchivedAt is not null)
        {
            return Problems.Unauthorized(l[AccountRefusals.SignInFailed.Message]);
        }

        var result = await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return Problems.Unauthorized(l[AccountRefusals.LockedOut.Message]);
        }

        if (!result.Succeeded)
        {
            return Problems.Unauthorized(l[AccountRefusals.SignInFailed.Message]);
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        // The bearer handler writes {"tokenType","accessToken","expiresIn","refreshToken"}.
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }
}
