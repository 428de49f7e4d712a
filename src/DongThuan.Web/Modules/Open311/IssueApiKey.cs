using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Open311;

/// <summary>The administrator issues an Open311 key to a named client; the key is returned once and only its hash is kept.</summary>
public static class IssueApiKey
{
    public sealed record Issued(Guid Id, string Client, string ApiKey);

    public static async Task<(Outcome Outcome, Issued? Issued)> ExecuteAsync(DongThuanDb db, ClaimsPrincipal user, string? client, TimeProvider time, CancellationToken ct)
    {
        var issued = Open311Client.Issue(client, user.Identity?.Name ?? "", time.GetUtcNow(), out var key, out var outcome);
        if (!outcome.Succeeded)
        {
            return (outcome, null);
        }

        db.Open311Clients.Add(issued);
        await db.SaveChangesAsync(ct);
        return (Outcome.Done, new Issued(issued.Id, issued.Name, key));
    }
}
