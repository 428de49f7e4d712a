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

