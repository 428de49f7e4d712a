using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Sessions;

/// <summary>All sessions, newest first, with their document counts: three queries.</summary>
[Authorize(Policy = Permissions.Staff)]
public sealed class IndexModel(DongThuanDb db, TimeProvider time) : PageModel
{
    public DateOnly Today => Infrastructure.Localization.VietnamTime.Today(time);

    public sealed record Row(Session Session, string Council, int Documents);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyList<Body> Councils { get; private set; } = [];

    public bool IsOfficeOf(Guid unitId) => UnitScope.IsCouncilOfficeOf(User, unitId);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Councils = await db.Bodies.AsNoTracking().Where(b => b.Kind == BodyKind.Council && b.ArchivedAt == null).OrderBy(b => b.Name).ToListAsync(ct);
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.ArchivedAt == null).StaffScoped(User).OrderByDescending(s => s.StartsOn).Take(200).ToListAsync(ct);
        var ids = sessions.Select(s => s.Id).ToList();
        var counts = await db.Documents.Where(d => d.SessionId != null && ids.Contains(d.SessionId.Value)).GroupBy(d => d.SessionId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key!.Value, x => x.Count, ct);
        var names = Councils.ToDictionary(c => c.Id, c => c.Name);
        Rows = [.. sessions.Select(s => new Row(s, names.GetValueOrDefault(s.CouncilId, ""), counts.GetValueOrDefault(s.Id)))];
    }
}
