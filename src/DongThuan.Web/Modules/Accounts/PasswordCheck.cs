using System.Net;
using Microsoft.AspNetCore.Identity;

namespace DongThuan.Web.Modules.Accounts;

/// <summary>
/// The one check of a name and password, for the sign-in page and the token endpoint alike: throttled by
/// <see cref="SignInThrottle"/>, never locking an account, and as slow for a name that does not exist (or an
/// account that is disabled) as for a wrong password, so neither the answer nor its time tells which names exist.
/// </summary>
public sealed class PasswordCheck(UserManager<AppUser> users, IPasswordHasher<AppUser> hasher, SignInThrottle throttle)
{
    public enum Result
    {
        Passed,
        Failed,
        Throttled,
    }

    // A hash made by the app's own hasher: verifying against it costs what a real check costs.
    private static string? _decoyHash;

    public async Task<(Result Result, AppUser? User)> CheckAsync(string userName, string password, IPAddress? address)
    {
        if (throttle.Admit(userName, address) is not { } wait)
        {
            return (Result.Throttled, null);
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        var user = await users.FindByNameAsync(userName.Trim());
        var passed = user is { ArchivedAt: null }
            ? await users.CheckPasswordAsync(user, password)
            : Decoy(password);
        if (!passed)
        {
            throttle.Failed(userName, address);
            return (Result.Failed, null);
        }

        throttle.Succeeded(userName, address);
        return (Result.Passed, user);
    }

    private bool Decoy(string password)
    {
        _decoyHash ??= hasher.HashPassword(new AppUser(), Guid.NewGuid().ToString());
        hasher.VerifyHashedPassword(new AppUser(), _decoyHash, password);
        return false;
    }
}
