using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Review;

/// <summary>
/// The years in which a council has records: a session it held, a petition it received, or anything owed in its unit
/// (questions, petitions, recommendations and joint tasks all owe through an obligation) that began or fell due then.
/// The year list of <c>/Review</c> offers these, and the dashboard compares a year only with one that has records:
/// against a year with none, "+162" would read as growth where there is only absence.
/// </summary>
public static class RecordYears
{
    public static async Task<IReadOnlySet<int>> OfAsync(DongThuanDb db, Body council, CancellationToken ct)
    {
        var sessions = await db.Set<Sessions.Session>().AsNoTracking().Where(s => s.CouncilId == council.Id).Select(s => s.StartsOn.Year).Distinct().ToListAsync(ct);
        var petitions = await db.Set<Petitions.Petition>().AsNoTracking().Where(p => p.CouncilId == council.Id).Select(p => p.ReceivedOn.Year).Distinct().ToListAsync(ct);
        var owed = await ObligationYears.OfUnitAsync(db, council.UnitId, ct);
        return sessions.Concat(petitions).Concat(owed).ToHashSet();
    }
}
