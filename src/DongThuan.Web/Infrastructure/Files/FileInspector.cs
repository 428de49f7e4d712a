using System.IO.Compression;
using System.Security.Cryptography;
using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Infrastructure.Files;

public static class FileRefusals
{
    public static readonly Refusal FileTooLarge = new("file-too-large", "Tệp vượt quá 20 MB.");
    public static readonly Refusal TooManyFiles = new("files-too-many", "Tối đa 5 tệp đính kèm, mỗi tệp không quá 20 MB.");
    public static readonly Refusal TrailingContent = new("file-trailing", "Tệp có nội dung lạ ngoài định dạng của nó (ví dụ mã HTML gắn thêm vào ảnh); hãy lưu lại tệp gốc rồi gửi lại.");
    public static readonly Refusal NoFile = new("file-none", "Vui lòng chọn tệp để gửi.");
    public static readonly Refusal FileType = new("file-type", "Chỉ nhận tệp PDF, DOCX, XLSX, PNG hoặc JPEG (kiểm tra theo nội dung tệp, không theo tên).");
}

/// <summary>
/// Checks a file by what it contains: PDF, DOCX, XLSX, PNG, JPEG; everything else is refused. A file must also end
/// where its format ends, and carry no page markup at either end: a JPEG with HTML appended is a polyglot that a
/// careless viewer may render as a page.
/// </summary>
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
        if (type is null)
        {
            return (FileRefusals.FileType, null, null);
        }

        return EndsWhereItsFormatEnds(bytes, type) && !CarriesMarkup(bytes)
            ? (Outcome.Done, type, Convert.ToHexStringLower(SHA256.HashData(bytes)))
            : (FileRefusals.TrailingContent, null, null);
    }

    private static bool EndsWhereItsFormatEnds(byte[] b, string type)
    {
        var span = b.AsSpan();
        switch (type)
        {
            case "image/jpeg":
                // After the last end-of-image marker, at most zero padding.
                var end = span.LastIndexOf(new byte[] { 0xFF, 0xD9 });
                return end >= 0 && span[(end + 2)..].IndexOfAnyExcept((byte)0) < 0;
            case "image/png":
                // The IEND chunk, with its fixed CRC, is the last 12 bytes.
                return span.EndsWith(new byte[] { 0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82 });
            default:
                // Office files were opened as zip packages already; PDF readers accept bytes after %%EOF, and many
                // producers leave some, so a PDF is held to the markup check alone.
                return true;
        }
    }

    private static readonly string[] Markup = ["<script", "<html", "<!doctype", "<?php", "<svg", "<iframe", "<body"];

    private static bool CarriesMarkup(byte[] b)
    {
        const int Edge = 1024;
        var head = System.Text.Encoding.Latin1.GetString(b, 0, Math.Min(Edge, b.Length));
        var tail = System.Text.Encoding.Latin1.GetString(b, Math.Max(0, b.Length - Edge), Math.Min(Edge, b.Length));
        return Markup.Any(m => head.Contains(m, StringComparison.OrdinalIgnoreCase) || tail.Contains(m, StringComparison.OrdinalIgnoreCase));
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
