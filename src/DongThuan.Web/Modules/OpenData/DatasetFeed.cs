using System.Globalization;
using System.Xml.Linq;
using DongThuan.Web.Infrastructure.Database;

namespace DongThuan.Web.Modules.OpenData;

/// <summary><c>GET /du-lieu-mo/atom.xml</c>: every published dataset file (Atom 1.0), newest change first, so a data portal or a reader can follow them.</summary>
public static class DatasetFeed
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static async Task<IResult> AtomAsync(HttpRequest request, DongThuanDb db, CancellationToken ct)
    {
        var site = $"{request.Scheme}://{request.Host}";
        var entries = new List<OpenDataCatalogue.Entry>();
        foreach (var council in await OpenDataCatalogue.CouncilsAsync(db, ct))
        {
            entries.AddRange(await OpenDataCatalogue.EntriesAsync(db, council, site, ct));
        }

        static string Instant(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var ordered = entries.OrderByDescending(e => e.LastChange ?? DateTimeOffset.UnixEpoch).ToList();
        var feed = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Atom + "feed", new XAttribute(XNamespace.Xml + "lang", "vi"),
            new XElement(Atom + "id", site + "/du-lieu-mo"),
            new XElement(Atom + "title", "Dữ liệu mở HĐND"),
            new XElement(Atom + "updated", Instant(ordered.FirstOrDefault()?.LastChange ?? DateTimeOffset.UnixEpoch)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", site + "/du-lieu-mo/atom.xml")),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", site + "/du-lieu-mo")),
            ordered.Select(e =>
            {
                var url = $"{site}/du-lieu-mo/{e.Council.Id:D}/{e.Year}/{e.Dataset.Key}";
                return new XElement(Atom + "entry",
                    new XElement(Atom + "id", url),
                    new XElement(Atom + "title", $"{e.Dataset.Title} {e.Year}, {e.Council.Name}"),
                    new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/csv"), new XAttribute("href", url + ".csv")),
                    new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "application/json"), new XAttribute("href", url + ".json")),
                    new XElement(Atom + "updated", Instant(e.LastChange ?? DateTimeOffset.UnixEpoch)),
                    new XElement(Atom + "author", new XElement(Atom + "name", e.Council.Name)),
                    new XElement(Atom + "summary", $"{e.Dataset.Description} ({e.Rows})"));
            })));
        return Results.Text(feed.Declaration + Environment.NewLine + feed.Root, "application/atom+xml; charset=utf-8");
    }
}
