using DongThuan.Web.Infrastructure.Caching;
using DongThuan.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Sessions.Public;

/// <summary>The sessions held in public, newest first, with each council's name.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class IndexModel(DongThuanDb db, TimeProvider time) : PageModel
{
    public sealed record Item(Session Session, string Council);

    public IReadOnlyList<Item> Items { get; private set; } = [];

    public DateOnly Today => Infrastructure.Localization.VietnamTime.Today(time);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var sessions = await PublicSessions.Of(db).AsNoTracking().OrderByDescending(s => s.StartsOn).Take(100).ToListAsync(ct);
        var councils = sessions.Select(s => s.CouncilId).Distinct().ToList();
        var names = await db.Set<Organisation.Body>().AsNoTracking().Where(b => councils.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        Items = [.. sessions.Select(s => new Item(s, names.GetValueOrDefault(s.CouncilId) ?? ""))];
    }
}
