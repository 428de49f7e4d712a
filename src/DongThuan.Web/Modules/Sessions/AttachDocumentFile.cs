using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Files;

namespace DongThuan.Web.Modules.Sessions;

/// <summary>
/// A file of a session document (the signed report, the resolution as issued), checked by its content by the shared
/// upload check (PDF, DOCX, XLSX, PNG, JPEG; at most 20 MB) and written to disk by its SHA-256 before the record that
/// names it is saved. A refused file saves nothing. The caller has checked the office of the document's unit.
/// </summary>
public static class AttachDocumentFile
{
    /// <summary>Writes the checked file and adds its row to the unit of work: the registration page saves it with the document.</summary>
    public static async Task<Attachment> StageAsync(DongThuanDb db, FileStore files, Document document, InspectedFile file, CancellationToken ct)
    {
        await files.SaveAsync(file.Sha256, file.Bytes, ct);
        var attachment = Attachment.For(document, Path.GetFileName(file.Name), file.ContentType, file.Bytes.LongLength, file.Sha256);
        db.Attachments.Add(attachment);
        return attachment;
    }

    /// <summary>A file added to a document already registered (the API).</summary>
    public static async Task<(Outcome Outcome, Attachment? Attachment)> ExecuteAsync(DongThuanDb db, FileStore files, Document document, IFormFile? file, CancellationToken ct)
    {
        var (inspected, uploads) = await UploadedFiles.InspectAsync(file is null ? [] : [file], 1, ct);
        if (!inspected.Succeeded || uploads.Count == 0)
        {
            return (inspected.Succeeded ? SessionRefusals.FileType : inspected, null);
        }

        var attachment = await StageAsync(db, files, document, uploads[0], ct);
        await db.SaveChangesAsync(ct);
        return (Outcome.Done, attachment);
    }
}
