using System.Security.Claims;

namespace DongThuan.Web.Modules.Accounts.Api;

/// <summary><c>GET /api/v1/me</c>: who the caller is and which roles they hold, where.</summary>
public static class GetMe
{
    public sealed record Scope(string Role, Guid? BodyId, Guid? UnitId);

    public sealed record Response(string UserName, string Name, IReadOnlyList<string> Roles, IReadOnlyList<Scope> Scopes);

    public static Response HandleAsync(ClaimsPrincipal user) => new(
        user.Identity?.Name ?? "",
        user.FindFirstValue("name") ?? user.Identity?.Name ?? "",
        [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value).Distinct().Order()],
        [.. UnitScope.Scopes(user).Select(s => new Scope(s.Role.ToString(), s.BodyId, s.UnitId))]);
}
