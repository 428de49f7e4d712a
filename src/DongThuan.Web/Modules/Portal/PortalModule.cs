namespace DongThuan.Web.Modules.Portal;

/// <summary>The public portal's news: articles, their feed and the sitemap.</summary>
public static class PortalModule
{
    public static IEndpointRouteBuilder MapPortal(this IEndpointRouteBuilder app)
    {
        app.MapGet("/tin-tuc/rss.xml", Feeds.RssAsync).WithTags("Portal").AllowAnonymous();
        app.MapGet("/sitemap.xml", Feeds.SitemapAsync).WithTags("Portal").AllowAnonymous();
        return app;
    }
}
