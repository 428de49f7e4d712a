using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DongThuan.Web.Modules.Accounts;

/// <summary>
/// Puts a user's roles and their scopes (body, unit) into the principal, for cookies and bearer tokens
/// alike, so permission checks need no database round trip.
/// </summary>
public sealed class AccountClaimsFactory(UserManager<AppUser> users, IOptions<IdentityOptions> options, DongThuanDb db)
    : UserClaimsPrincipalFactory<AppUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim("name", string.IsNullOrEmpty(user.DisplayName) ? user.UserName ?? "" : user.DisplayName));
        if (user.PersonId is { } person)
        {
            identity.AddClaim(new Claim(UnitScope.PersonClaimType, person.ToString()));
        }

        var assignments = await db.RoleAssignments.AsNoTracking()
            .Where(a => a.UserId == user.Id && a.ArchivedAt == null).ToListAsync();
        foreach (var role in assignments.Select(a => a.Role).Distinct())
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, role.ToString()));
        }

        foreach (var a in assignments)
        {
            identity.AddClaim(new Claim(UnitScope.ClaimType, UnitScope.ClaimValue(a.Role, a.BodyId, a.UnitId)));
        }

        return identity;
    }
}
