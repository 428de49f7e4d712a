using DongThuan.Web.Infrastructure.Caching;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Supervision.Public;

/// <summary>Supervision results for everyone (Law 87/2015 Art. 89): reported missions not marked secret, newest first.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class IndexModel(DongThuanDb db) : PageModel
{
    public sealed record Item(Guid Id, string Subject, string ConductedBy, DateOnly? ReportedOn, bool IsReSupervision, int Recommendations, int Completed);

    public IReadOnlyList<Item> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var missions = await PublicSupervision.Missions(db).AsNoTracking()
            .OrderByDescending(m => m.ReportedOn).Take(100).ToListAsync(ct);
        var ids = missions.Select(m => m.Id).ToList();
        var counts = await db.Recommendations.AsNoTracking().Where(r => ids.Contains(r.MissionId)).GroupBy(r => r.MissionId)
            .Select(g => new { g.Key, Total = g.Count(), Done = g.Count(r => r.State == RecommendationState.Completed) }).ToDictionaryAsync(x => x.Key, ct);
        var bodies = missions.Select(m => m.ConductedByBodyId).ToList();
        var names = await db.Bodies.AsNoTracking().Where(b => bodies.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        Items = [.. missions.Select(m => new Item(m.Id, m.Subject, names.GetValueOrDefault(m.ConductedByBodyId) ?? "", m.ReportedOn, m.IsReSupervision,
            counts.GetValueOrDefault(m.Id)?.Total ?? 0, counts.GetValueOrDefault(m.Id)?.Done ?? 0))];
    }
}
