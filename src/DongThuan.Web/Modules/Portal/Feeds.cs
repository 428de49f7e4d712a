using System.Globalization;
using System.Xml.Linq;
using DongThuan.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Portal;

/// <summary><c>GET /tin-tuc/rss.xml</c> (RSS 2.0, the 30 newest published articles) and <c>GET /sitemap.xml</c> (the public pages and every published article).</summary>
public static class Feeds
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static async Task<IResult> RssAsync(HttpRequest request, DongThuanDb db, TimeProvider time, CancellationToken ct)
    {
        var site = $"{request.Scheme}://{request.Host}";
        var articles = await PublishedQuery.Of(db, time.GetUtcNow()).OrderByDescending(a => a.PublishAt).Take(30).ToListAsync(ct);
        var rss = new XDocument(new XElement("rss", new XAttribute("version", "2.0"),
            new XElement("channel",
                new XElement("title", "Tin tức HĐND"),
                new XElement("link", site + "/tin-tuc"),
                new XElement("description", "Tin tức của Hội đồng nhân dân"),
                new XElement("language", "vi"),
                articles.Select(a => new XElement("item",
                    new XElement("title", a.Title),
                    new XElement("link", $"{site}/tin-tuc/{a.Slug}"),
                    new XElement("guid", new XAttribute("isPermaLink", "true"), $"{site}/tin-tuc/{a.Slug}"),
                    new XElement("pubDate", a.PublishAt!.Value.ToString("r", CultureInfo.InvariantCulture)),
                    new XElement("author", a.Author),
                    new XElement("description", a.Lead.Length > 0 ? a.Lead : ArticleText.Plain(a.Body)))))));
        return Results.Text(rss.Declaration + rss.ToString(), "application/rss+xml; charset=utf-8");
    }

    public static async Task<IResult> SitemapAsync(HttpRequest request, DongThuanDb db, TimeProvider time, CancellationToken ct)
    {
        var site = $"{request.Scheme}://{request.Host}";
        var articles = await PublishedQuery.Of(db, time.GetUtcNow()).OrderByDescending(a => a.PublishAt).Select(a => new { a.Slug, a.UpdatedAt }).ToListAsync(ct);
        var sessions = await Sessions.Public.PublicSessions.Of(db).OrderByDescending(s => s.StartsOn).Select(s => s.Id).ToListAsync(ct);
        string[] pages = ["/", "/tin-tuc", "/cong-khai", "/cong-khai/ky-hop", "/cong-khai/chat-van", "/cong-khai/phoi-hop", "/cong-khai/giai-trinh",
            "/Petitions/Submit", "/Petitions/Status", "/Petitions/Answers", "/Supervision/Public"];
        var map = new XDocument(new XElement(Sitemap + "urlset",
            pages.Select(p => new XElement(Sitemap + "url", new XElement(Sitemap + "loc", site + p))),
            sessions.Select(id => new XElement(Sitemap + "url", new XElement(Sitemap + "loc", $"{site}/cong-khai/ky-hop/{id}"))),
            articles.Select(a => new XElement(Sitemap + "url", new XElement(Sitemap + "loc", $"{site}/tin-tuc/{a.Slug}"),
                new XElement(Sitemap + "lastmod", a.UpdatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))))));
        return Results.Text(map.Declaration + map.ToString(), "application/xml; charset=utf-8");
    }
}
