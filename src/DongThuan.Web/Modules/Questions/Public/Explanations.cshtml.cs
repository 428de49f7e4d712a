using DongThuan.Web.Infrastructure.Caching;
using DongThuan.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Questions.Public;

/// <summary>Explanation sessions held in public: topic, officials, date, and, once concluded, the conclusion and the promises made with their due dates.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class ExplanationsModel(DongThuanDb db) : PageModel
{
    public IReadOnlyList<ExplanationSession> Sessions { get; private set; } = [];

    public ILookup<Guid, ExplanationPromise> Promises { get; private set; } = Array.Empty<ExplanationPromise>().ToLookup(p => p.ExplanationSessionId);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Sessions = await db.ExplanationSessions.AsNoTracking().Where(e => e.IsPublic).OrderByDescending(e => e.HeldOn).Take(50).ToListAsync(ct);
        var ids = Sessions.Select(e => e.Id).ToList();
        Promises = (await db.ExplanationPromises.AsNoTracking().Where(p => ids.Contains(p.ExplanationSessionId)).OrderBy(p => p.DueOn).ToListAsync(ct))
            .ToLookup(p => p.ExplanationSessionId);
    }
}
