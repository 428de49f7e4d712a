using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Infrastructure.Files;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Sessions;

/// <summary>
/// The council office registers a session document with its number and symbol, and its file. The file is
/// checked by content and written to disk before the record is saved; a refused file saves nothing.
/// </summary>
[Authorize(Policy = Permissions.CouncilOffice)]
[RequestSizeLimit(Attachment.MaxBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = Attachment.MaxBytes + 1024 * 1024)]
public sealed class RegisterDocumentModel(DongThuanDb db, FileStore files) : RefusingPage
{
    public sealed class InputModel
    {
        public DocumentType Type { get; set; } = DocumentType.Report;

        public Guid IssuerBodyId { get; set; }

        public string IssuerCode { get; set; } = "";

        public int? Number { get; set; }

        public DateOnly IssuedOn { get; set; }

        public string Summary { get; set; } = "";

        public Guid? VerifiesDocumentId { get; set; }

        public Guid? AgendaItemId { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public Guid SessionId { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Session? Session { get; private set; }

    public IReadOnlyList<Body> Issuers { get; private set; } = [];

    public IReadOnlyList<Document> Proposals { get; private set; } = [];

    public IReadOnlyList<AgendaItem> Agenda { get; private set; } = [];


    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop)
        {
            return stop;
        }

        // Session documents are usually issued before the session opens; the office corrects the date as needed.
        Input.IssuedOn = Session!.StartsOn;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop)
        {
            return stop;
        }

        var issuer = Issuers.SingleOrDefault(b => b.Id == Input.IssuerBodyId);
        if (issuer is null)
        {
            return Refused(SessionRefusals.DocumentFields.Message);
        }

        var (inspected, uploads) = await UploadedFiles.InspectAsync(file is null ? [] : [file], 1, ct);
        if (!inspected.Succeeded)
        {
            return Refused(inspected.Refusal!.Message);
        }

        var year = Input.IssuedOn.Year;
        var sameYear = await db.Documents.Where(d => d.IssuerBodyId == issuer.Id && d.Year == year).ToListAsync(ct);
        var verifies = Input.VerifiesDocumentId is { } v ? Proposals.SingleOrDefault(p => p.Id == v) : null;
        var document = Document.Register(issuer, Input.IssuerCode, Input.Type, Input.Number ?? Document.NextNumber(sameYear, Input.Type),
            Input.IssuedOn, Input.Summary, Session, Agenda.SingleOrDefault(a => a.Id == Input.AgendaItemId), verifies, sameYear, out var outcome);
        if (!outcome.Succeeded)
        {
            return Refused(outcome.Refusal!.Message);
        }

        db.Documents.Add(document);
        foreach (var upload in uploads)
        {
            await AttachDocumentFile.StageAsync(db, files, document, upload, ct);
        }

        await db.SaveChangesAsync(ct);
        return Redirect($"/Sessions/Details/{SessionId}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        Session = await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == SessionId, ct);
        if (Session is null)
        {
            return NotFound();
        }

        if (!UnitScope.IsCouncilOfficeOf(User, Session.UnitId))
        {
            return Forbid();
        }

        Issuers = await db.Set<Body>().AsNoTracking().Where(b => b.UnitId == Session.UnitId && b.ArchivedAt == null).OrderBy(b => b.Kind).ThenBy(b => b.Name).ToListAsync(ct);
        Agenda = await db.AgendaItems.AsNoTracking().Where(a => a.SessionId == SessionId).OrderBy(a => a.Order).ToListAsync(ct);
        Proposals = await db.Documents.AsNoTracking().Where(d => d.SessionId == SessionId && d.Type == DocumentType.Proposal).ToListAsync(ct);
        return null;
    }
}
