using DongThuan.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Obligations;

/// <summary>The years in which anything owed in a unit began or fell due: the kernel's answer to "did this unit have work that year".</summary>
public static class ObligationYears
{
    public static async Task<IReadOnlySet<int>> OfUnitAsync(DongThuanDb db, Guid unitId, CancellationToken ct)
    {
        var owed = db.Obligations.AsNoTracking().Where(o => o.UnitId == unitId);
        var started = await owed.Select(o => o.StartedOn.Year).Distinct().ToListAsync(ct);
        var due = await owed.Select(o => o.DueOn.Year).Distinct().ToListAsync(ct);
        return started.Concat(due).ToHashSet();
    }
}
