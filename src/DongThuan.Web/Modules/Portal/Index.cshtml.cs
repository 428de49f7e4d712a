using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Portal;

/// <summary>The editors' list: every article of the units whose portal the user edits, drafts and scheduled ones included.</summary>
[Authorize(Policy = Permissions.PortalEditor)]
public sealed class IndexModel(DongThuanDb db, TimeProvider time) : PageModel
{
    public IReadOnlyList<Article> Articles { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Now = time.GetUtcNow();
        Articles = await db.Set<Article>().AsNoTracking().PortalScoped(User).OrderByDescending(a => a.PublishAt ?? a.UpdatedAt).Take(200).ToListAsync(ct);
    }

    public string StateOf(Article a) => a.StateName(Now);
}
