using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Files;

namespace DongThuan.Web.Modules.Sessions;

/// <summary>
/// A file of a registered session document (the signed report, the resolution as issued): checked by its content (PDF,
/// DOCX, XLSX, PNG, JPEG; at most 20 MB), written to disk by its SHA-256 before the record that names it is saved.
/// A refused file saves nothing. The caller has checked the office of the document's unit.
/// </summary>
public static class AttachDocumentFile
{
    public static async Task<(Outcome Outcome, Attachment? Attachment)> ExecuteAsync(DongThuanDb db, FileStore files, Document document, string fileName, byte[] bytes,
        CancellationToken ct)
    {
        if (bytes.LongLength > Attachment.MaxBytes)
        {
            return (SessionRefusals.FileTooLarge, null);
        }

        var inspected = FileInspector.Inspect(bytes);
        if (!inspected.Outcome.Succeeded)
        {
            return (inspected.Outcome, null);
        }

        await files.SaveAsync(inspected.Sha256!, bytes, ct);
        var attachment = Attachment.For(document, Path.GetFileName(fileName), inspected.ContentType!, bytes.LongLength, inspected.Sha256!);
        db.Attachments.Add(attachment);
        await db.SaveChangesAsync(ct);
        return (Outcome.Done, attachment);
    }
}
