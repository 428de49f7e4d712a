using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Questions.Explanations;

[Authorize(Policy = Permissions.Staff)]
public sealed class IndexModel(DongThuanDb db) : PageModel
{
    public IReadOnlyList<ExplanationSession> Sessions { get; private set; } = [];

    public IReadOnlyList<Body> Councils { get; private set; } = [];

    public bool IsOfficeOf(Guid unitId) => UnitScope.IsCouncilOfficeOf(User, unitId);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Councils = await db.Bodies.AsNoTracking().Where(b => b.Kind == BodyKind.Council && b.ArchivedAt == null).OrderBy(b => b.Name).ToListAsync(ct);
        Sessions = await db.ExplanationSessions.AsNoTracking().OrderByDescending(e => e.HeldOn).Take(200).ToListAsync(ct);
    }
}
