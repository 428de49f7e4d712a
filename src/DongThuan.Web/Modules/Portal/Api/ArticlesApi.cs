using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DongThuan.Web.Modules.Portal.Api;

/// <summary>
/// The news desk for programs, through the use case of the edit page: the articles of the units whose portal the caller
/// edits (drafts and scheduled ones too), writing one, editing it, publishing it now or at a time, taking it down.
/// An article of another unit is a 404 (or a 403 to one who may see it but not edit it); a refused text a 422.
/// </summary>
public static class ArticlesApi
{
    /// <param name="UnitId">The unit whose portal it is for; left out, the caller's first.</param>
    /// <param name="Publish">Publish with this save: at <paramref name="PublishAt"/>, or now.</param>
    public sealed record Request(string? Title, string? Author, string? Lead, string? Body, string? Tags, Guid? UnitId = null, bool Publish = false, DateTimeOffset? PublishAt = null);

    public sealed record Item(Guid Id, Guid UnitId, string Title, string Slug, string Author, string Lead, string Tags, string State, DateTimeOffset? PublishAt,
        DateTimeOffset UpdatedAt, string Url);

    public static async Task<IReadOnlyList<Item>> ListAsync(ClaimsPrincipal user, DongThuanDb db, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var articles = await db.Set<Article>().AsNoTracking().PortalScoped(user).OrderByDescending(a => a.UpdatedAt).Take(500).ToListAsync(ct);
        return [.. articles.Select(a => new Item(a.Id, a.UnitId, a.Title, a.Slug, a.Author, a.Lead, a.Tags, Code(a, now), a.PublishAt, a.UpdatedAt, $"/tin-tuc/{a.Slug}"))];
    }

    public static async Task<IResult> WriteAsync(Request input, ClaimsPrincipal user, DongThuanDb db, TimeProvider time, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var units = UnitScope.PortalUnits(user);
        var unitId = input.UnitId ?? (units.Count > 0 ? units[0] : Guid.Empty);
        if (!await db.Set<Organisation.Unit>().AnyAsync(u => u.Id == unitId, ct))
        {
            return Problems.Refused(PortalRefusals.UnitRequired, l); // an administrator, who has no portal of their own, names the unit
        }

        if (!UnitScope.IsPortalEditorOf(user, unitId))
        {
            return TypedResults.Forbid();
        }

        var (outcome, article) = await SaveArticle.ExecuteAsync(db, null, unitId, Text(input), Then(input, time), time.GetUtcNow(), ct);
        return outcome.Succeeded ? TypedResults.Created($"/Portal/Edit/{article!.Id}", new CreatedId(article.Id)) : Problems.Refused(outcome, l);
    }

    public static Task<IResult> EditAsync(Guid id, Request input, ClaimsPrincipal user, DongThuanDb db, TimeProvider time, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        OnArticleAsync(id, user, db, async a => Done(await SaveArticle.ExecuteAsync(db, a, a.UnitId, Text(input), Then(input, time), time.GetUtcNow(), ct), l), ct);

    public sealed record PublishRequest(DateTimeOffset? At = null);

    public static Task<IResult> PublishAsync(Guid id, PublishRequest? input, ClaimsPrincipal user, DongThuanDb db, TimeProvider time, IStringLocalizer<SharedResource> l,
        CancellationToken ct) =>
        OnArticleAsync(id, user, db, async a => Done(await SaveArticle.ExecuteAsync(db, a, a.UnitId, new(a.Title, a.Author, a.Lead, a.Body, a.Tags),
            x => x.Publish(input?.At ?? time.GetUtcNow(), time.GetUtcNow()), time.GetUtcNow(), ct), l), ct);

    public static Task<IResult> UnpublishAsync(Guid id, ClaimsPrincipal user, DongThuanDb db, TimeProvider time, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        OnArticleAsync(id, user, db, async a => Done(await SaveArticle.ExecuteAsync(db, a, a.UnitId, new(a.Title, a.Author, a.Lead, a.Body, a.Tags), x =>
        {
            x.Unpublish();
            return Outcome.Done;
        }, time.GetUtcNow(), ct), l), ct);

    /// <summary>
    /// A photo for the article: <c>multipart/form-data</c> with <c>photo</c>, <c>alt</c> and <c>caption</c>, bearer token only
    /// (a browser's form goes through the photos page and its antiforgery check). The form is read here, after the scope check.
    /// </summary>
    public static Task<IResult> AddPhotoAsync(Guid id, HttpContext http, ClaimsPrincipal user, DongThuanDb db, Infrastructure.Files.FileStore files,
        IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        OnArticleAsync(id, user, db, async a =>
        {
            if (!http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                return Problems.BadRequest(l["Gửi tệp qua API cần mã truy cập (Authorization: Bearer); trên trình duyệt hãy dùng trang ảnh của bài viết."]);
            }

            var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(ct) : null;
            var (outcome, image) = await Images.AddArticlePhoto.ExecuteAsync(db, files, a, form?.Files.GetFile("photo"), form?["alt"], form?["caption"], ct);
            return outcome.Succeeded ? TypedResults.Created($"/Portal/Images/{id}", new CreatedId(image!.Id)) : Problems.Refused(outcome, l);
        }, ct);

    public static Task<IResult> RemovePhotoAsync(Guid id, Guid photoId, ClaimsPrincipal user, DongThuanDb db, TimeProvider time, CancellationToken ct) =>
        OnArticleAsync(id, user, db, async a =>
        {
            var image = await db.Set<Images.ArticleImage>().SingleOrDefaultAsync(i => i.Id == photoId && i.ArticleId == a.Id && i.ArchivedAt == null, ct);
            if (image is null)
            {
                return TypedResults.NotFound();
            }

            image.Archive(time.GetUtcNow());
            await db.SaveChangesAsync(ct);
            return TypedResults.NoContent();
        }, ct);

    /// <summary>The state as the API names it: draft, scheduled or published.</summary>
    private static string Code(Article a, DateTimeOffset now) => a.IsPublishedAt(now) ? "published" : a.PublishAt is null ? "draft" : "scheduled";

    private static SaveArticle.Request Text(Request input) => new(input.Title, input.Author, input.Lead, input.Body, input.Tags);

    private static Func<Article, Outcome>? Then(Request input, TimeProvider time) =>
        input.Publish ? a => a.Publish(input.PublishAt ?? time.GetUtcNow(), time.GetUtcNow()) : null;

    private static IResult Done((Outcome Outcome, Article? Article) saved, IStringLocalizer l) => saved.Outcome.Succeeded ? TypedResults.NoContent() : Problems.Refused(saved.Outcome, l);

    private static async Task<IResult> OnArticleAsync(Guid id, ClaimsPrincipal user, DongThuanDb db, Func<Article, Task<IResult>> act, CancellationToken ct)
    {
        var article = await db.Set<Article>().SingleOrDefaultAsync(a => a.Id == id, ct);
        return article is null || !UnitScope.IsPortalEditorOf(user, article.UnitId) ? TypedResults.NotFound() : await act(article);
    }
}
