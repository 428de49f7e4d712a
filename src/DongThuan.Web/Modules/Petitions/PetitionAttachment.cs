using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// A file sent with a petition, stored under its SHA-256. A denunciation's files may show the author's
/// handwriting or name, so they are restricted: the office keeps them, agencies never receive them.
/// </summary>
public sealed class PetitionAttachment : Entity
{
    public const int MaxCount = 5;

    public Guid PetitionId { get; private set; }

    public string FileName { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public long Size { get; private set; }

    public string Sha256 { get; private set; } = "";

    public bool Restricted { get; private set; }

    /// <summary>Sent by the agency with its answer, rather than by the petitioner.</summary>
    public bool IsAnswer { get; private set; }

    private PetitionAttachment()
    {
    }

    public static PetitionAttachment For(Petition p, string fileName, string contentType, long size, string sha256) => new()
    {
        PetitionId = p.Id,
        FileName = Path.GetFileName(fileName) is { Length: > 0 and <= 200 } n ? n : "tep-dinh-kem",
        ContentType = contentType,
        Size = size,
        Sha256 = sha256,
        Restricted = p.Kind == PetitionKind.Denunciation,
    };

    public static PetitionAttachment ForAnswer(Petition p, string fileName, string contentType, long size, string sha256)
    {
        var a = For(p, fileName, contentType, size, sha256);
        a.Restricted = false;
        a.IsAnswer = true;
        return a;
    }

    public void Restrict(bool restricted) => Restricted = restricted;
}
