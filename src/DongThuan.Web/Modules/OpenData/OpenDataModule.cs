using DongThuan.Web.Infrastructure.Caching;

namespace DongThuan.Web.Modules.OpenData;

/// <summary>
/// The public record as open data (ADR 0028): the list page <c>/du-lieu-mo</c>, each dataset per council and year as
/// CSV and JSON, and an Atom feed of them. All anonymous, cached as public pages and evicted by any save.
/// </summary>
public static class OpenDataModule
{
    public static IEndpointRouteBuilder MapOpenData(this IEndpointRouteBuilder app)
    {
        var data = app.MapGroup("/du-lieu-mo").WithTags("OpenData").AllowAnonymous();
        data.MapGet("/{councilId:guid}/{year:int}/{dataset}.{format}", DownloadDataset.GetAsync).CacheOutput(PublicPageCache.Policy);
        data.MapGet("/atom.xml", DatasetFeed.AtomAsync).CacheOutput(PublicPageCache.Policy);
        return app;
    }
}
