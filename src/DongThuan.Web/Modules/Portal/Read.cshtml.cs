using DongThuan.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Portal;

/// <summary>One published article by its address, with "Đừng bỏ lỡ": other articles sharing a tag, else the latest.</summary>
[AllowAnonymous]
public sealed class ReadModel(DongThuanDb db, TimeProvider time) : PageModel
{
    public Article Article { get; private set; } = null!;

    public IReadOnlyList<Article> Related { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var article = await PublishedQuery.Of(db, now).SingleOrDefaultAsync(a => a.Slug == slug, ct);
        if (article is null)
        {
            return NotFound(); // a draft or a scheduled article is not there yet, whoever asks
        }

        Article = article;
        var others = await PublishedQuery.Of(db, now).Where(a => a.Id != article.Id).OrderByDescending(a => a.PublishAt).Take(50).ToListAsync(ct);
        var tags = article.TagList.ToHashSet(StringComparer.OrdinalIgnoreCase);
        Related = [.. others.OrderByDescending(a => a.TagList.Count(tags.Contains)).ThenByDescending(a => a.PublishAt).Take(4)];
        return Page();
    }
}
