using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Review;

/// <summary>The councils the user works for, each with its years: the way into the year-end reports and the dashboards.</summary>
[Authorize(Policy = Permissions.Staff)]
public sealed class IndexModel(DongThuanDb db, TimeProvider time) : PageModel
{
    public sealed record Entry(Body Council, IReadOnlyList<int> Years);

    public IReadOnlyList<Entry> Councils { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var councils = (await db.Set<Body>().AsNoTracking().Where(b => b.Kind == BodyKind.Council && b.ArchivedAt == null).OrderBy(b => b.Name).ToListAsync(ct))
            .Where(b => UnitScope.IsStaffOf(User, b.UnitId)).ToList();
        var thisYear = VietnamTime.Today(time).Year;

        // The years a council has a record in (its sessions), up to this year, newest first.
        var ids = councils.Select(c => c.Id).ToList();
        var sessionYears = await db.Set<Sessions.Session>().AsNoTracking().Where(s => ids.Contains(s.CouncilId))
            .Select(s => new { s.CouncilId, s.StartsOn }).ToListAsync(ct);
        Councils = [.. councils.Select(c => new Entry(c, [.. sessionYears.Where(s => s.CouncilId == c.Id).Select(s => s.StartsOn.Year).Append(thisYear)
            .Where(y => y <= thisYear).Distinct().OrderDescending()]))];
    }
}
