using System.IO.Compression;
using System.Security.Cryptography;
using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Modules.Sessions;

/// <summary>A file attached to a document, stored under its SHA-256 so a stored file cannot silently change.</summary>
public sealed class Attachment : Entity, IUnitOwned
{
    public const long MaxBytes = 20 * 1024 * 1024;

    public Guid DocumentId { get; private set; }

    public Guid UnitId { get; private set; }

    public string FileName { get; private set; } = "";

    /// <summary>The type found in the content, not the one the browser claimed.</summary>
    public string ContentType { get; private set; } = "";

    public long Size { get; private set; }

    public string Sha256 { get; private set; } = "";

    private Attachment()
    {
    }

    public static Attachment For(Document document, string fileName, string contentType, long size, string sha256) => new()
    {
        DocumentId = document.Id,
        UnitId = document.UnitId,
        FileName = Path.GetFileName(fileName),
        ContentType = contentType,
        Size = size,
        Sha256 = sha256,
    };
}

/// <summary>Checks a file by what it contains: PDF, DOCX, XLSX, PNG, JPEG; everything else is refused.</summary>
public static class FileInspector
{
    public static (Outcome Outcome, string? ContentType, string? Sha256) Inspect(byte[] bytes)
    {
        if (bytes.LongLength > Attachment.MaxBytes)
        {
            return (SessionRefusals.FileTooLarge, null, null);
        }

        var type = Detect(bytes);
        return type is null
            ? (SessionRefusals.FileType, null, null)
            : (Outcome.Done, type, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    private static string? Detect(byte[] b)
    {
        if (b.AsSpan().StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }

        if (b.AsSpan().StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return "image/png";
        }

        if (b.AsSpan().StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }))
        {
            return "image/jpeg";
        }

        if (b.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            // Office files are zip packages; the part names say which kind. Any other zip is refused.
            try
            {
                using var zip = new ZipArchive(new MemoryStream(b), ZipArchiveMode.Read);
                var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
                if (names.Contains("[Content_Types].xml") && names.Contains("word/document.xml"))
                {
                    return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                }

                if (names.Contains("[Content_Types].xml") && names.Contains("xl/workbook.xml"))
                {
                    return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                }
            }
            catch (InvalidDataException)
            {
                return null;
            }
        }

        return null;
    }
}
