using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Portal.Images;

/// <summary>
/// A photo of an article (the page and the API): PNG or JPEG, checked by content and by decoding it, resized to the two
/// sizes the site serves, with its alternative text and caption; placed after the article's other photos. The files
/// reach the disk (content-addressed, harmless if the save fails) before the row that names them.
/// </summary>
public static class AddArticlePhoto
{
    public static async Task<(Outcome Outcome, ArticleImage? Image)> ExecuteAsync(DongThuanDb db, FileStore files, Article article, IFormFile? photo, string? alt, string? caption,
        CancellationToken ct)
    {
        var (inspected, uploads) = await UploadedFiles.InspectAsync(photo is null ? [] : [photo], 1, ct);
        if (!inspected.Succeeded)
        {
            return (inspected, null);
        }

        if (uploads.Count == 0 || uploads[0].ContentType is not ("image/png" or "image/jpeg"))
        {
            return (ImageRefusals.NotAnImage, null);
        }

        var original = uploads[0];
        if (ImageResizer.Resize(original.Bytes) is not { } resized)
        {
            return (ImageRefusals.Unreadable, null);
        }

        var last = await db.ArticleImages.Where(i => i.ArticleId == article.Id && i.ArchivedAt == null).MaxAsync(i => (int?)i.Order, ct) ?? 0;
        var image = ArticleImage.Add(article, last + 1, alt, caption, original.Sha256, resized.Small, resized.Large, out var outcome);
        if (!outcome.Succeeded)
        {
            return (outcome, null);
        }

        await files.SaveAsync(original.Sha256, original.Bytes, ct);
        await files.SaveAsync(resized.Small.Sha256, resized.Small.Bytes, ct);
        await files.SaveAsync(resized.Large.Sha256, resized.Large.Bytes, ct);
        db.ArticleImages.Add(image);
        await db.SaveChangesAsync(ct);
        return (Outcome.Done, image);
    }
}
