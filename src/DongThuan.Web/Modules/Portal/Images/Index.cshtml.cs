using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Files;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Portal.Images;

/// <summary>An article's photos: upload one (PNG or JPEG, checked by content) with its alternative text and caption, or take one out.</summary>
[Authorize(Policy = Permissions.PortalEditor)]
[RequestSizeLimit(FileInspector.MaxBytes + 1_000_000)]
public sealed class IndexModel(DongThuanDb db, FileStore files, TimeProvider time) : RefusingPage
{
    public Article Article { get; private set; } = null!;

    public IReadOnlyList<ArticleImage> Images { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid articleId, CancellationToken ct) => await LoadAsync(articleId, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid articleId, IFormFile? photo, string? alt, string? caption, CancellationToken ct)
    {
        if (await LoadAsync(articleId, ct) is { } stop)
        {
            return stop;
        }

        var (outcome, _) = await AddArticlePhoto.ExecuteAsync(db, files, Article, photo, alt, caption, ct);
        if (!outcome.Succeeded)
        {
            return Refused(outcome.Refusal!.Message);
        }

        return RedirectToPage(new { articleId });
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid articleId, Guid imageId, CancellationToken ct)
    {
        if (await LoadAsync(articleId, ct) is { } stop)
        {
            return stop;
        }

        var image = await db.ArticleImages.SingleOrDefaultAsync(i => i.Id == imageId && i.ArticleId == articleId && i.ArchivedAt == null, ct);
        if (image is null)
        {
            return NotFound();
        }

        image.Archive(time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { articleId });
    }

    private async Task<IActionResult?> LoadAsync(Guid articleId, CancellationToken ct)
    {
        var article = await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == articleId, ct);
        if (article is null)
        {
            return NotFound();
        }

        if (!UnitScope.IsPortalEditorOf(User, article.UnitId))
        {
            return Forbid();
        }

        Article = article;
        Images = await ArticlePhotos.Of(db, articleId).ToListAsync(ct);
        return null;
    }
}
