using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DongThuan.Web.Modules.Accounts;

/// <summary>
/// Ends bearer tokens the way the security stamp validator ends cookies: a token whose account has since changed
/// its password, lost a role or been disabled is treated as no token at all. Identity's bearer handler has no
/// such check of its own. The stamp is read at most once per account per <c>SignIn:StampCheckSeconds</c> (60),
/// which is the "within a minute" of ADR 0016.
/// </summary>
public sealed class TokenStampCheck(RequestDelegate next, TimeProvider time, IConfiguration configuration, IOptions<IdentityOptions> identity)
{
    private readonly ConcurrentDictionary<string, (string? Stamp, DateTimeOffset ReadAt)> _stamps = new(StringComparer.Ordinal);

    public async Task InvokeAsync(HttpContext context)
    {
        // The context is asked for only when a token is to be checked: taken as a parameter of this method, it was
        // set up for every request, a cached public page's too (issue 21).
        if (context.User.Identity?.IsAuthenticated == true
            && AccountsModule.CarriesBearerToken(context.Request)
            && !await IsCurrentAsync(context.User, context.RequestServices.GetRequiredService<Infrastructure.Database.DongThuanDb>(), context.RequestAborted))
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
        }

        await next(context);
    }

    private async Task<bool> IsCurrentAsync(ClaimsPrincipal user, Infrastructure.Database.DongThuanDb db, CancellationToken ct)
    {
        var userId = user.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType);
        var stamp = user.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        if (userId is null || stamp is null)
        {
            return false;
        }

        var now = time.GetUtcNow();
        var maxAge = TimeSpan.FromSeconds(configuration.GetValue("SignIn:StampCheckSeconds", 60));
        if (!_stamps.TryGetValue(userId, out var known) || now - known.ReadAt >= maxAge)
        {
            // A disabled account has no current stamp: none of its tokens is current.
            var current = await db.Users.AsNoTracking().Where(u => u.Id == userId && u.ArchivedAt == null).Select(u => u.SecurityStamp).SingleOrDefaultAsync(ct);
            known = (current, now);
            _stamps[userId] = known;
        }

        return known.Stamp == stamp;
    }
}
