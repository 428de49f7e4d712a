using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Sessions.Public;

/// <summary>A file of a public session's document, for anyone; a closed session's files answer 404, so guessing an id reveals nothing.</summary>
[AllowAnonymous]
public sealed class DownloadModel(DongThuanDb db, FileStore files) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var documents = PublicSessions.Documents(db);
        var attachment = await db.Attachments.AsNoTracking().Where(a => a.Id == id && documents.Any(d => d.Id == a.DocumentId)).SingleOrDefaultAsync(ct);
        return attachment is null ? NotFound() : File(files.Open(attachment.Sha256), attachment.ContentType, attachment.FileName);
    }
}
