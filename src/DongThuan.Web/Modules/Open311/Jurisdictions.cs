using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Petitions;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Open311;

/// <summary>
/// GeoReport's <c>jurisdiction_id</c> is a council here: its id, as <c>/popolo/</c> and the open data name it. One
/// installation may serve many councils; a client that leaves the parameter out is served for all of them, and a
/// request it posts goes where the ward sends it, as the public form's does.
/// </summary>
public static class Jurisdictions
{
    /// <summary>The councils a call is about: the one named, every sitting one when none is named, or null for an unknown id.</summary>
    public static async Task<IReadOnlyList<Body>?> ResolveAsync(DongThuanDb db, string? jurisdiction, DateOnly today, CancellationToken ct)
    {
        var councils = await db.Councils.AsNoTracking().ToListAsync(ct);
        if (string.IsNullOrWhiteSpace(jurisdiction))
        {
            return [.. councils.Where(c => c.IsInOperationOn(today)).OrderBy(c => c.Name, StringComparer.Ordinal)];
        }

        return Guid.TryParse(jurisdiction.Trim(), out var id) && councils.FirstOrDefault(c => c.Id == id) is { } named ? [named] : null;
    }
}
