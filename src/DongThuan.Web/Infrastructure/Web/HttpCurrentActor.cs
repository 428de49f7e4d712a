using System.Security.Claims;
using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Infrastructure.Web;

/// <summary>The actor of the current HTTP request; outside a request (start-up, jobs) it is the system.</summary>
public sealed class HttpCurrentActor(IHttpContextAccessor accessor) : ICurrentActor
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public string? UserId => User?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string Name => User?.Identity?.Name ?? (accessor.HttpContext is null ? "system" : "anonymous");
}
