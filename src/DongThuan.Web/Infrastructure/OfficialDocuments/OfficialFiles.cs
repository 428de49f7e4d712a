using Microsoft.AspNetCore.Mvc;

namespace DongThuan.Web.Infrastructure.OfficialDocuments;

/// <summary>An official document as a download, in the format asked for ("docx" or "pdf").</summary>
public static class OfficialFiles
{
    /// <summary>
    /// The file, or 404 for an unknown format, or 503 with the reason when the server has no font to embed
    /// in a PDF (the Word file still works; the message is the one the pages show, in both languages).
    /// </summary>
    public static IActionResult Download(OfficialDocument doc, string? format, string fileName) => format?.ToLowerInvariant() switch
    {
        "docx" => new FileContentResult(DocxWriter.Write(doc), DocxWriter.ContentType) { FileDownloadName = fileName + ".docx" },
        "pdf" when PdfWriter.IsAvailable => new FileContentResult(PdfWriter.Write(doc), PdfWriter.ContentType) { FileDownloadName = fileName + ".pdf" },
        "pdf" => new ContentResult
        {
            StatusCode = StatusCodes.Status503ServiceUnavailable, ContentType = "text/plain; charset=utf-8",
            Content = "Máy chủ chưa cài phông chữ có dấu tiếng Việt nên chưa tạo được tệp PDF; hãy tải bản Word. / The server has no Vietnamese serif font installed, so no PDF can be made; download the Word file.",
        },
        _ => new NotFoundResult(),
    };
}
