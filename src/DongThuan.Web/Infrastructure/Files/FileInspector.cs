using System.IO.Compression;
using System.Security.Cryptography;
using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Infrastructure.Files;

public static class FileRefusals
{
    public static readonly Refusal FileTooLarge = new("file-too-large", "Tệp vượt quá 20 MB.");
    public static readonly Refusal TooManyFiles = new("files-too-many", "Tối đa 5 tệp đính kèm, mỗi tệp không quá 20 MB.");
    public static readonly Refusal FileType = new("file-type", "Chỉ nhận tệp PDF, DOCX, XLSX, PNG hoặc JPEG (kiểm tra theo nội dung tệp, không theo tên).");
}

/// <summary>Checks a file by what it contains: PDF, DOCX, XLSX, PNG, JPEG; everything else is refused.</summary>
public static class FileInspector
{
    public const long MaxBytes = 20 * 1024 * 1024;

    public static (Outcome Outcome, string? ContentType, string? Sha256) Inspect(byte[] bytes)
    {
        if (bytes.LongLength > FileInspector.MaxBytes)
        {
            return (FileRefusals.FileTooLarge, null, null);
        }

        var type = Detect(bytes);
        return type is null
            ? (FileRefusals.FileType, null, null)
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
