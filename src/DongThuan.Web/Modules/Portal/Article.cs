using System.Text;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Text;

namespace DongThuan.Web.Modules.Portal;

/// <summary>
/// A news article of the council's portal. A draft until it is given a publication time; shown to the
/// public from that time on (so it can be scheduled); its address is made once from the title with the
/// Vietnamese marks folded ("quan-cau-giay-tang-cuong-doi-thoai-tao-su-dong-thuan") and kept when the title
/// is edited later, so links in feeds and elsewhere do not break.
/// </summary>
public sealed class Article : Entity, IUnitOwned
{
    public const int TitleLimit = 300, LeadLimit = 1_000, BodyLimit = 100_000;

    public Guid UnitId { get; private set; }

    public string Title { get; private set; } = "";

    public string Slug { get; private set; } = "";

    public string Author { get; private set; } = "";

    public string Lead { get; private set; } = "";

    /// <summary>Markdown; rendered to sanitised HTML (<see cref="ArticleText"/>).</summary>
    public string Body { get; private set; } = "";

    /// <summary>Comma-separated tags ("HĐND, đối thoại").</summary>
    public string Tags { get; private set; } = "";

    public DateTimeOffset? PublishAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    private Article()
    {
    }

    public bool IsPublishedAt(DateTimeOffset now) => PublishAt is { } at && at <= now;

    /// <summary>"Đã đăng", "Hẹn giờ đăng" or "Bản nháp" on a given instant (keys of their translations).</summary>
    public string StateName(DateTimeOffset now) => IsPublishedAt(now) ? "Đã đăng" : PublishAt is null ? "Bản nháp" : "Hẹn giờ đăng";

    public IReadOnlyList<string> TagList => [.. Tags.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    public static Article Write(Guid unitId, string title, string author, string lead, string body, string tags, IReadOnlyCollection<string> takenSlugs,
        DateTimeOffset now, out Outcome outcome)
    {
        var a = new Article { UnitId = unitId };
        outcome = a.Edit(title, author, lead, body, tags, now);
        a.Slug = UniqueSlug(SlugOf(title), takenSlugs);
        return a;
    }

    public Outcome Edit(string title, string author, string lead, string body, string tags, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(author) || string.IsNullOrWhiteSpace(body))
        {
            return PortalRefusals.Required;
        }

        if (title.Length > TitleLimit || (lead ?? "").Length > LeadLimit || body.Length > BodyLimit)
        {
            return PortalRefusals.TooLong;
        }

        if (SlugOf(title).Length == 0)
        {
            return PortalRefusals.TitleLetters;
        }

        (Title, Author, Lead, Body, UpdatedAt) = (title.Trim(), author.Trim(), (lead ?? "").Trim(), body.Trim(), now.ToUniversalTime());
        Tags = string.Join(", ", (tags ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase));
        return Outcome.Done;
    }

    /// <summary>Publishes at <paramref name="at"/>: now, or later (scheduled). A published article cannot be moved back in time silently: unpublish first.</summary>
    public Outcome Publish(DateTimeOffset at, DateTimeOffset now)
    {
        if (IsPublishedAt(now))
        {
            return PortalRefusals.AlreadyPublished;
        }

        // Stored in UTC: PostgreSQL keeps instants without an offset.
        PublishAt = (at < now ? now : at).ToUniversalTime();
        return Outcome.Done;
    }

    public void Unpublish() => PublishAt = null;

    /// <summary>The title folded to ASCII letters and digits joined by hyphens ("đ" becomes "d").</summary>
    public static string SlugOf(string? title)
    {
        var folded = VietnameseText.Fold(title);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        var slug = sb.ToString().Trim('-');
        return slug.Length > 120 ? slug[..120].TrimEnd('-') : slug;
    }

    private static string UniqueSlug(string slug, IReadOnlyCollection<string> taken)
    {
        var candidate = slug;
        for (var n = 2; taken.Contains(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }
}

public static class PortalRefusals
{
    public static readonly Refusal PublishDateInvalid = new("article-publish-date", "Ngày giờ đăng không hợp lệ: hãy chọn lại ngày và giờ.");
    public static readonly Refusal UnitRequired = new("article-unit", "Vui lòng chọn đơn vị hành chính có trang tin đăng bài này (unitId).");
    public static readonly Refusal Required = new("article-required", "Vui lòng nhập tiêu đề, tác giả và nội dung bài viết.");
    public static readonly Refusal TooLong = new("article-too-long", "Tiêu đề tối đa 300 ký tự, sapo 1.000 ký tự, nội dung 100.000 ký tự.");
    public static readonly Refusal TitleLetters = new("article-title-letters", "Tiêu đề phải có chữ hoặc số.");
    public static readonly Refusal AlreadyPublished = new("article-published", "Bài viết đã đăng; hãy gỡ xuống trước khi đặt lại thời gian đăng.");
}
