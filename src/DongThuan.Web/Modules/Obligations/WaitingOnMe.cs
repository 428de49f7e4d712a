using System.Security.Claims;

namespace DongThuan.Web.Modules.Obligations;

/// <summary>A kind of decision waiting on the user, how many, and the list that holds them.</summary>
public sealed record Waiting(string What, int Count, string Url);

/// <summary>
/// What waits on a user's decision without being an obligation they owe: a question to forward or close, an answer to
/// evaluate, a petition to route or an answer to accept. Each module that has such steps registers one; "my work" on the
/// home page lists what they say, so the kernel knows no module.
/// </summary>
public interface IWaitingOnMe
{
    Task<IReadOnlyList<Waiting>> ForAsync(ClaimsPrincipal user, CancellationToken ct);
}

public static class UnitsOfOffice
{
    /// <summary>The units where the user is council office staff (the administrator is no one's office here: "my work" is one's own).</summary>
    public static IReadOnlyList<Guid> Of(ClaimsPrincipal user) =>
        [.. Accounts.UnitScope.Scopes(user).Where(s => s.Role == Accounts.AppRole.CouncilOffice && s.UnitId is not null).Select(s => s.UnitId!.Value).Distinct()];
}
