using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Portal.Images;

/// <summary>An article's photos in order, and <c>GET /tin-tuc/anh/{id}/{small|large}</c>: a photo of a published article for everyone, of a draft for its editors only.</summary>
public static class ArticlePhotos
{
    public static IQueryable<ArticleImage> Of(DongThuanDb db, Guid articleId) =>
        db.ArticleImages.AsNoTracking().Where(i => i.ArticleId == articleId && i.ArchivedAt == null).OrderBy(i => i.Order);

    public static async Task<IResult> ServeAsync(Guid id, string size, HttpContext http, DongThuanDb db, FileStore files, TimeProvider time, CancellationToken ct)
    {
        if (size is not ("small" or "large"))
        {
            return Results.NotFound();
        }

        var image = await db.ArticleImages.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id && i.ArchivedAt == null, ct);
        if (image is null)
        {
            return Results.NotFound();
        }

        var published = await PublishedQuery.Of(db, time.GetUtcNow()).AnyAsync(a => a.Id == image.ArticleId, ct);
        if (!published && !Accounts.UnitScope.IsPortalEditorOf(http.User, image.UnitId))
        {
            return Results.NotFound(); // a draft's photo is not there yet, like the draft
        }

        // A photo never changes (a new upload is a new id), so a published one is cached for a year.
        http.Response.Headers.CacheControl = published ? "public, max-age=31536000, immutable" : "private, no-store";
        return Results.File(files.Open(size == "small" ? image.SmallSha256 : image.LargeSha256), "image/jpeg");
    }
}
