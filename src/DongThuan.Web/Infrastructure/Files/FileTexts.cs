using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DongThuan.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DongThuan.Web.Infrastructure.Files;

/// <summary>The words of a stored file, read once per content (files are stored by their SHA-256, so the text is too).</summary>
public sealed class FileText : IDerivedRow
{
    private FileText()
    {
    }

    public FileText(string sha256, string text) => (Sha256, Text) = (sha256, text);

    public string Sha256 { get; private set; } = "";

    public string Text { get; private set; } = "";
}

internal sealed class FileTextConfiguration : IEntityTypeConfiguration<FileText>
{
    public void Configure(EntityTypeBuilder<FileText> b)
    {
        b.HasKey(f => f.Sha256);
        b.Property(f => f.Sha256).HasMaxLength(64);
    }
}

/// <summary>
/// Reads the text of DOCX (Open XML SDK, paragraph by paragraph) and PDF files (PdfPig, page by page, words
/// in reading order) for the search. Other files, and files that cannot be read, have no text: a broken
/// attachment must not stop its document from being saved or found by its summary.
/// </summary>
public sealed class FileTexts(FileStore files, ILogger<FileTexts> log)
{
    public const int Limit = 200_000;

    /// <summary>The text of each file, read from the cache or from the file (and then cached in the same save).</summary>
    public async Task<IReadOnlyDictionary<string, string>> OfAsync(DongThuanDb db, IEnumerable<(string Sha256, string ContentType)> stored, CancellationToken ct)
    {
        var wanted = stored.DistinctBy(f => f.Sha256).ToList();
        var keys = wanted.Select(f => f.Sha256).ToList();
        var texts = await db.Set<FileText>().AsNoTracking().Where(t => keys.Contains(t.Sha256)).ToDictionaryAsync(t => t.Sha256, t => t.Text, ct);
        foreach (var (sha, type) in wanted.Where(f => !texts.ContainsKey(f.Sha256)))
        {
            if (db.Set<FileText>().Local.FirstOrDefault(t => t.Sha256 == sha) is { } pending)
            {
                texts[sha] = pending.Text;
                continue;
            }

            var text = Read(sha, type);
            texts[sha] = text;
            db.Set<FileText>().Add(new FileText(sha, text));
        }

        return texts;
    }

    private string Read(string sha256, string contentType)
    {
        try
        {
            using var stream = files.Open(sha256);
            var text = contentType switch
            {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => Docx(stream),
                "application/pdf" => Pdf(stream),
                _ => "",
            };
            return text.Length > Limit ? text[..Limit] : text;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Two parsers reading files people uploaded may fail in any way; the document is saved and found by its summary all the same.
            log.LogWarning("The text of file {Sha256} ({ContentType}) could not be read: {Reason}", sha256, contentType, e.Message);
            return "";
        }
    }

    public static string Docx(Stream stream)
    {
        using var doc = WordprocessingDocument.Open(stream, false);
        var body = doc.MainDocumentPart?.Document?.Body;
        if (body is null)
        {
            return "";
        }

        var sb = new StringBuilder();
        foreach (var p in body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>())
        {
            sb.AppendLine(p.InnerText);
        }

        return sb.ToString().Trim();
    }

    public static string Pdf(Stream stream)
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(stream);
        var sb = new StringBuilder();
        foreach (var page in pdf.GetPages())
        {
            sb.AppendLine(string.Join(' ', page.GetWords().Select(w => w.Text)));
        }

        return sb.ToString().Trim();
    }
}
