using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Modules.Portal.Images;

/// <summary>
/// A photo of an article with its alternative text and caption. The upload is kept as sent; the pages
/// show two copies resized on the server (<see cref="ImageResizer"/>), so a phone never downloads a
/// camera's 5 MB original. Taken out (archived) rather than deleted.
/// </summary>
public sealed class ArticleImage : Entity, IUnitOwned, IArchivable
{
    public const int AltLimit = 300, CaptionLimit = 500;

    public Guid UnitId { get; private set; }

    public Guid ArticleId { get; private set; }

    public int Order { get; private set; }

    /// <summary>What the photo shows, for readers who cannot see it (WCAG 1.1.1).</summary>
    public string Alt { get; private set; } = "";

    public string Caption { get; private set; } = "";

    public string OriginalSha256 { get; private set; } = "";

    public string SmallSha256 { get; private set; } = "";

    public int SmallWidth { get; private set; }

    public int SmallHeight { get; private set; }

    public string LargeSha256 { get; private set; } = "";

    public int LargeWidth { get; private set; }

    public int LargeHeight { get; private set; }

    public DateTimeOffset? ArchivedAt { get; private set; }

    private ArticleImage()
    {
    }

    public static ArticleImage Add(Article article, int order, string? alt, string? caption, string originalSha256, ResizedImage small, ResizedImage large, out Outcome outcome)
    {
        var image = new ArticleImage
        {
            UnitId = article.UnitId, ArticleId = article.Id, Order = order, OriginalSha256 = originalSha256,
            SmallSha256 = small.Sha256, SmallWidth = small.Width, SmallHeight = small.Height,
            LargeSha256 = large.Sha256, LargeWidth = large.Width, LargeHeight = large.Height,
        };
        outcome = image.Describe(alt, caption);
        return image;
    }

    public Outcome Describe(string? alt, string? caption)
    {
        if (string.IsNullOrWhiteSpace(alt))
        {
            return ImageRefusals.AltRequired;
        }

        if (alt.Trim().Length > AltLimit || (caption ?? "").Trim().Length > CaptionLimit)
        {
            return ImageRefusals.TooLong;
        }

        (Alt, Caption) = (alt.Trim(), (caption ?? "").Trim());
        return Outcome.Done;
    }

    public void Archive(DateTimeOffset at) => ArchivedAt ??= at.ToUniversalTime();
}

public static class ImageRefusals
{
    public static readonly Refusal AltRequired = new("image-alt", "Vui lòng mô tả nội dung ảnh (văn bản thay thế) cho người không xem được ảnh.");
    public static readonly Refusal TooLong = new("image-too-long", "Văn bản thay thế tối đa 300 ký tự, chú thích 500 ký tự.");
    public static readonly Refusal NotAnImage = new("image-type", "Chỉ nhận ảnh PNG hoặc JPEG (kiểm tra theo nội dung tệp).");
    public static readonly Refusal Unreadable = new("image-unreadable", "Không đọc được ảnh này; vui lòng chọn ảnh khác.");
}
