using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Modules.Sessions;

/// <summary>A file attached to a document, stored under its SHA-256 so a stored file cannot silently change.</summary>
public sealed class Attachment : Entity, IUnitOwned
{
    public const long MaxBytes = Infrastructure.Files.FileInspector.MaxBytes;

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
