using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Search;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Portal;

/// <summary>News in the search: the public finds an article from its publication time on; its council's office and editors find drafts too.</summary>
public sealed class PortalSearch : SearchSource
{
    public const string Published = "Published", Draft = "Draft";

    public PortalSearch() => Watch<Article>(a => a.Id);

    public override string Kind => "news";

    public override string Name => "Tin tức";

    public override IReadOnlyDictionary<string, string> States { get; } = new Dictionary<string, string> { [Published] = "Đã đăng", [Draft] = "Bản nháp" };

    public override IQueryable<Guid> All(DongThuanDb db) => db.Articles.Select(a => a.Id);

    public override async Task<IReadOnlyList<SearchDocument>> DescribeAsync(DongThuanDb db, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var articles = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).ToListAsync(ct);
        return [.. articles.Select(a => new SearchDocument(a.Id, a.Title, Join(a.Lead, ArticleText.Plain(a.Body), a.Tags), a.UnitId, null,
            DayOf(a.PublishAt ?? a.UpdatedAt), a.PublishAt is null ? Draft : Published, $"/Portal/Edit/{a.Id}", $"/tin-tuc/{a.Slug}", a.PublishAt,
            [SearchAudience.Portal(a.UnitId)]))];
    }
}
