using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Calendar.DeadlineRules;

[Authorize(Policy = Permissions.Staff)]
public sealed class IndexModel(DongThuanDb db) : PageModel
{
    public IReadOnlyList<DeadlineRule> Rules { get; private set; } = [];

    public bool IsAdministrator => UnitScope.IsAdministrator(User);

    public static string UnitName(DeadlineUnit unit) => unit switch
    {
        DeadlineUnit.CalendarDays => "ngày (theo lịch)",
        DeadlineUnit.WorkingDays => "ngày làm việc",
        _ => "giờ làm việc",
    };

    public async Task OnGetAsync(CancellationToken ct) =>
        Rules = await db.Set<DeadlineRule>().AsNoTracking().Where(r => r.ArchivedAt == null).OrderBy(r => r.Code).ThenBy(r => r.ValidFrom).ToListAsync(ct);
}
