using DongThuan.Web.Infrastructure.Domain;
using Microsoft.AspNetCore.Identity;

namespace DongThuan.Web.Modules.Accounts;

/// <summary>
/// A signed-in user changes their own password, from the page or the API. Identity renews the security stamp, so every
/// other session and bearer token of the account stops counting within a minute (<c>SignIn:StampCheckSeconds</c>).
/// </summary>
public static class ChangePassword
{
    public sealed record Request(string? Current, string? New);

    public static async Task<Outcome> ExecuteAsync(UserManager<AppUser> users, AppUser user, Request input)
    {
        if (string.IsNullOrEmpty(input.Current))
        {
            return AccountRefusals.PasswordWrong;
        }

        if (string.IsNullOrEmpty(input.New) || input.New.Length > 256)
        {
            return AccountRefusals.PasswordWeak;
        }

        var result = await users.ChangePasswordAsync(user, input.Current, input.New);
        // Identity's own descriptions are English; the answer says the two things a person can act on.
        return result.Succeeded ? Outcome.Done
            : result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)) ? AccountRefusals.PasswordWrong
            : AccountRefusals.PasswordWeak;
    }
}
