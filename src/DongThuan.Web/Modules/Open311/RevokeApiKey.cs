using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Open311;

/// <summary>Revoking a key stops its client posting at once; what it posted stays, and the client stays listed as revoked.</summary>
public static class RevokeApiKey
{
    public static async Task<Outcome> ExecuteAsync(DongThuanDb db, Guid id, TimeProvider time, CancellationToken ct)
    {
        if (await db.Open311Clients.SingleOrDefaultAsync(c => c.Id == id, ct) is not { } client)
        {
            return Open311Refusals.NotFound;
        }

        var outcome = client.Revoke(time.GetUtcNow());
        if (outcome.Succeeded)
        {
            await db.SaveChangesAsync(ct);
        }

        return outcome;
    }
}
