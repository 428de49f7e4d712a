using System.Globalization;
using System.Xml.Linq;
using DongThuan.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Portal;

/// <summary>
/// <c>GET /tin-tuc/rss.xml</c> (RSS 2.0) and <c>GET /tin-tuc/atom.xml</c> (Atom 1.0, RFC 4287), each the 30 newest
/// published articles, and <c>GET /sitemap.xml</c> (the public pages, public sessions, every published article and every open data file).
/// </summary>
public static class Feeds
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static async Task<IResult> AtomAsync(HttpRequest request, DongThuanDb db, TimeProvider time, CancellationToken ct)
    {
        var site = $"{request.Scheme}://{request.Host}";
        var articles = await PublishedQuery.Of(db, time.GetUtcNow()).OrderByDescending(a => a.PublishAt).Take(30).ToListAsync(ct);
        static string Instant(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        // Atom requires a feed-level updated time: the newest change among the entries (or a fixed epoch when there are none).
        var updated = articles.Count == 0 ? DateTimeOffset.UnixEpoch : articles.Max(a => a.UpdatedAt > a.PublishAt!.Value ? a.UpdatedAt : a.PublishAt!.Value);
        var feed = new XDocument(new XElement(Atom + "feed", new XAttribute(XNamespace.Xml + "lang", "vi"),
            new XElement(Atom + "id", site + "/tin-tuc"),
            new XElement(Atom + "title", "Tin tức HĐND"),
            new XElement(Atom + "updated", Instant(updated)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", site + "/tin-tuc/atom.xml")),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", site + "/tin-tuc")),
            articles.Select(a => new XElement(Atom + "entry",
                new XElement(Atom + "id", $"{site}/tin-tuc/{a.Slug}"),
                new XElement(Atom + "title", a.Title),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", $"{site}/tin-tuc/{a.Slug}")),
                new XElement(Atom + "published", Instant(a.PublishAt!.Value)),
                new XElement(Atom + "updated", Instant(a.UpdatedAt > a.PublishAt!.Value ? a.UpdatedAt : a.PublishAt!.Value)),
                new XElement(Atom + "author", new XElement(Atom + "name", a.Author)),
                new XElement(Atom + "summary", a.Lead.Length > 0 ? a.Lead : ArticleText.Plain(a.Body)),
                a.TagList.Select(t => new XElement(Atom + "category", new XAttribute("term", t)))))));
        return Results.Text(feed.Declaration + feed.ToString(), "application/atom+xml; charset=utf-8");
    }

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
        var sessions = await Sessions.PublicSessions.Of(db).OrderByDescending(s => s.StartsOn).Select(s => s.Id).ToListAsync(ct);
        string[] pages = ["/", "/tin-tuc", "/cong-khai", "/cong-khai/ky-hop", "/cong-khai/chat-van", "/cong-khai/phoi-hop", "/cong-khai/giai-trinh",
            "/Petitions/Submit", "/Petitions/Status", "/Petitions/Answers", "/Supervision/Public", "/du-lieu-mo", "/du-lieu-mo/atom.xml", "/popolo/",
            "/open311/v2/discovery.xml"];
        // The open data: each council's page, its Popolo document, and every dataset file, dated by its records' last change.
        var data = new List<XElement>();
        foreach (var council in await OpenData.OpenDataCatalogue.CouncilsAsync(db, ct))
        {
            data.Add(new XElement(Sitemap + "url", new XElement(Sitemap + "loc", $"{site}/du-lieu-mo?council={council.Id:D}")));
            data.Add(new XElement(Sitemap + "url", new XElement(Sitemap + "loc", $"{site}/popolo/{council.Id:D}.json")));
            foreach (var e in await OpenData.OpenDataCatalogue.EntriesAsync(db, council, site, ct))
            {
                foreach (var format in new[] { "csv", "json" })
                {
                    data.Add(new XElement(Sitemap + "url", new XElement(Sitemap + "loc", $"{site}/du-lieu-mo/{council.Id:D}/{e.Year}/{e.Dataset.Key}.{format}"),
                        e.LastChange is { } at ? new XElement(Sitemap + "lastmod", at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null));
                }
            }
        }

        var map = new XDocument(new XElement(Sitemap + "urlset",
            pages.Select(p => new XElement(Sitemap + "url", new XElement(Sitemap + "loc", site + p))),
            sessions.Select(id => new XElement(Sitemap + "url", new XElement(Sitemap + "loc", $"{site}/cong-khai/ky-hop/{id}"))),
            data,
            articles.Select(a => new XElement(Sitemap + "url", new XElement(Sitemap + "loc", $"{site}/tin-tuc/{a.Slug}"),
                new XElement(Sitemap + "lastmod", a.UpdatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))))));
        return Results.Text(map.Declaration + map.ToString(), "application/xml; charset=utf-8");
    }
}
