using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Files;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Supervision;

/// <summary>An evidence file, for those who may see its recommendation; never public.</summary>
[Authorize(Policy = Permissions.Staff)]
public sealed class EvidenceModel(DongThuanDb db, FileStore files) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var file = await db.RecommendationEvidence.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct);
        var r = file is null ? null : await db.Recommendations.AsNoTracking().SingleOrDefaultAsync(x => x.Id == file.RecommendationId, ct);
        var m = r is null ? null : await db.SupervisionMissions.AsNoTracking().SingleOrDefaultAsync(x => x.Id == r.MissionId, ct);
        if (file is null || r is null || m is null || !SupervisionAccess.CanViewRecommendation(User, r, m))
        {
            return NotFound();
        }

        return File(files.Open(file.Sha256), file.ContentType, file.FileName);
    }
}
