using DongThuan.Web.Infrastructure.Caching;
using DongThuan.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Sessions.Public;

/// <summary>A public session: its agenda, its documents with their files, and how each resolution was voted.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class DetailsModel(DongThuanDb db, TimeProvider time) : PageModel
{
    public Session Session { get; private set; } = null!;

    public string Council { get; private set; } = "";

    public IReadOnlyList<AgendaItem> Agenda { get; private set; } = [];

    public IReadOnlyList<Document> Documents { get; private set; } = [];

    public ILookup<Guid, Attachment> Files { get; private set; } = Array.Empty<Attachment>().ToLookup(a => a.DocumentId);

    public DateOnly Today => Infrastructure.Localization.VietnamTime.Today(time);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var session = await PublicSessions.Of(db).AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (session is null)
        {
            return NotFound(); // a closed session is answered as if it did not exist
        }

        Session = session;
        Council = await db.Set<Organisation.Body>().Where(b => b.Id == session.CouncilId).Select(b => b.Name).SingleAsync(ct);
        Agenda = await db.AgendaItems.AsNoTracking().Where(a => a.SessionId == id).OrderBy(a => a.Order).ToListAsync(ct);
        Documents = await db.Documents.AsNoTracking().Where(d => d.SessionId == id)
            .OrderBy(d => d.Type).ThenBy(d => d.IssuedOn).ThenBy(d => d.Number).ToListAsync(ct);
        var ids = Documents.Select(d => d.Id).ToList();
        Files = (await db.Attachments.AsNoTracking().Where(a => ids.Contains(a.DocumentId)).ToListAsync(ct)).ToLookup(a => a.DocumentId);
        return Page();
    }

    public IEnumerable<Document> Resolutions => Documents.Where(d => d.Type == DocumentType.Resolution);
}
