using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Accounts;

/// <summary>
/// The one check of a name and password, for the sign-in page and the token endpoint alike: throttled by
/// <see cref="SignInThrottle"/>, never locking an account, and as slow for a name that does not exist (or an
/// account that is disabled) as for a wrong password, so neither the answer nor its time tells which names exist.
/// </summary>
public sealed class PasswordCheck(UserManager<AppUser> users, IPasswordHasher<AppUser> hasher, SignInThrottle throttle, PasswordCheck.DecoyHash decoy,
    Infrastructure.Database.DongThuanDb db)
{
    public enum Result
    {
        Passed,
        Failed,
        Throttled,

        /// <summary>The password is right, but the citizen has not confirmed the address yet (<see cref="RegisterCitizen"/>).</summary>
        Unconfirmed,
    }

    /// <summary>
    /// A hash made once per host by the host's own hasher, with its configured cost: verifying against it costs what
    /// a real check costs. A singleton, not a static: two hosts in one process (the tests) may hash at different costs.
    /// </summary>
    public sealed class DecoyHash
    {
        private string? _hash;

        public string Of(IPasswordHasher<AppUser> hasher) => _hash ??= hasher.HashPassword(new AppUser(), Guid.NewGuid().ToString());
    }

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
        if (!user!.EmailConfirmed)
        {
            var roles = await db.RoleAssignments.Where(r => r.UserId == user.Id && r.ArchivedAt == null).Select(r => r.Role).ToListAsync();
            if (RegisterCitizen.MustConfirm(user, roles))
            {
                return (Result.Unconfirmed, null);
            }
        }

        return (Result.Passed, user);
    }

    private bool Decoy(string password)
    {
        hasher.VerifyHashedPassword(new AppUser(), decoy.Of(hasher), password);
        return false;
    }
}
