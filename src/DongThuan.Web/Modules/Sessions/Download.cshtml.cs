using DongThuan.Web.Infrastructure.Files;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Sessions;

/// <summary>Downloads an attachment, served as the type found in its content and never rendered inline.</summary>
[Authorize(Policy = Permissions.Staff)]
public sealed class DownloadModel(DongThuanDb db, FileStore files) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var attachment = await db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        return attachment is null || !UnitScope.IsStaffOf(User, attachment.UnitId) ? NotFound() : File(files.Open(attachment.Sha256), attachment.ContentType, attachment.FileName);
    }
}
