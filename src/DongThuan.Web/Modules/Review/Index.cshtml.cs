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
        var today = VietnamTime.Today(time);
        var thisYear = today.Year;

        // The years a council has records in, and this year while it sits, newest first; none beyond this year (a deadline set for next year is no report yet).
        var entries = new List<Entry>();
        foreach (var council in councils)
        {
            var years = await RecordYears.OfAsync(db, council, ct);
            entries.Add(new Entry(council, [.. (council.IsInOperationOn(today) ? years.Append(thisYear) : years).Where(y => y <= thisYear).Distinct().OrderDescending()]));
        }

        Councils = entries;
    }
}
