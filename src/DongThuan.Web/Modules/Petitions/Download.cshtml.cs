using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>A petition's file, for those who may see the petition; a restricted file (a denunciation's) only for the office.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Accounts.Permissions.Staff)]
public sealed class DownloadModel(DongThuanDb db, FileStore files) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var file = await db.PetitionAttachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        var petition = file is null ? null : await db.Petitions.AsNoTracking().SingleOrDefaultAsync(p => p.Id == file.PetitionId, ct);
        if (file is null || petition is null || !PetitionAccess.CanView(User, petition) || (file.Restricted && !PetitionAccess.IsOffice(User, petition)))
        {
            return NotFound();
        }

        return File(files.Open(file.Sha256), file.ContentType, file.FileName);
    }
}
