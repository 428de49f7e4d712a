using System.Net;
using System.Xml.Linq;
using DongThuan.Tests.Harness;
using DongThuan.Web.Modules.Portal;
using DongThuan.Web.Modules.Portal.Demo;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Tests.Modules.Portal;

/// <summary>The council's news: the seed article at its folded address, drafts and scheduled articles kept out, sanitised bodies, the feed and the sitemap.</summary>
public abstract class NewsTests
{
    private const string SeedUrl = "/tin-tuc/quan-cau-giay-tang-cuong-doi-thoai-tao-su-dong-thuan";

    private readonly AppFactory _app;

    protected NewsTests(AppFactory app)
    {
        app.RequireAvailable();
        _app = app;
    }

    [Fact]
    public void Addresses_fold_the_vietnamese_title()
    {
        Assert.Equal("quan-cau-giay-tang-cuong-doi-thoai-tao-su-dong-thuan", Article.SlugOf(News2023.SeedTitle));
        Assert.Equal("dat-dai-duong-pho-2023", Article.SlugOf("  Đất đai, ĐƯỜNG PHỐ — 2023! "));
        Assert.Equal("", Article.SlugOf("—!"));
        var a = Article.Write(Guid.NewGuid(), "Tin mới", "Tác giả", "", "Nội dung", "", ["tin-moi", "tin-moi-2"], DateTimeOffset.UtcNow, out var o);
        Assert.True(o.Succeeded);
        Assert.Equal("tin-moi-3", a.Slug);
        Article.Write(Guid.NewGuid(), "—", "Tác giả", "", "Nội dung", "", [], DateTimeOffset.UtcNow, out o);
        Assert.Equal(PortalRefusals.TitleLetters, o.Refusal);
        Article.Write(Guid.NewGuid(), "Tin", " ", "", "Nội dung", "", [], DateTimeOffset.UtcNow, out o);
        Assert.Equal(PortalRefusals.Required, o.Refusal);
    }

    [Fact]
    public async Task The_seed_article_is_published_with_its_author_date_and_text()
    {
        using var reader = Browser.Open(_app);
        var page = WebUtility.HtmlDecode(await reader.GetPageAsync(SeedUrl));
        Assert.Contains("<h1>Quận Cầu Giấy tăng cường đối thoại, tạo sự đồng thuận</h1>", page);
        Assert.Contains("Hà Phong", page);
        Assert.DoesNotContain("Hà Phong|", page); // the byline is the author and the time, not part of the text
        Assert.Contains("06/01/2023 18:57", page);
        Assert.Contains("đã xem xét 66 báo báo, tờ trình, tổng hợp 35 ý kiến thảo luận", page);
        Assert.Contains("<meta property=\"og:title\" content=\"Quận Cầu Giấy tăng cường đối thoại, tạo sự đồng thuận\">", page);
        Assert.Contains("Đừng bỏ lỡ", page);
        var list = WebUtility.HtmlDecode(await reader.GetPageAsync("/tin-tuc"));
        Assert.True(list.IndexOf("Giám sát việc cấp giấy chứng nhận", StringComparison.Ordinal) < list.IndexOf(News2023.SeedTitle, StringComparison.Ordinal), "newest first");
    }

    [Fact]
    public async Task Drafts_and_scheduled_articles_stay_out_until_their_time_and_scripts_come_out_as_text()
    {
        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        var title = "Bản tin thử " + Guid.NewGuid().ToString("N")[..6];
        var saved = await office.SubmitAsync("/Portal/Edit", new()
        {
            ["Title"] = title, ["Author"] = "Văn phòng", ["Lead"] = "Sapo", ["Body"] = "Đoạn **đậm**.\n\n<script>alert(1)</script> [link](javascript:alert(2))", ["Tags"] = "thử",
        }, "/Portal/Edit?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var editUrl = saved.Headers.Location!.OriginalString;
        var slug = Article.SlugOf(title);
        using var reader = Browser.Open(_app);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/tin-tuc/{slug}")).StatusCode); // a draft

        var fields = new Dictionary<string, string>
        {
            ["Title"] = title, ["Author"] = "Văn phòng", ["Lead"] = "Sapo", ["Body"] = "Đoạn **đậm**.\n\n<script>alert(1)</script> [link](javascript:alert(2))", ["Tags"] = "thử",
            ["PublishOn"] = DateTime.UtcNow.AddHours(7).AddDays(2).ToString("yyyy-MM-ddTHH:mm"),
        };
        Assert.Equal(HttpStatusCode.Redirect, (await office.SubmitAsync(editUrl, fields, editUrl + "?handler=Publish")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/tin-tuc/{slug}")).StatusCode); // scheduled, not yet

        Assert.Equal(HttpStatusCode.Redirect, (await office.SubmitAsync(editUrl, fields, editUrl + "?handler=Unpublish")).StatusCode);
        fields.Remove("PublishOn");
        Assert.Equal(HttpStatusCode.Redirect, (await office.SubmitAsync(editUrl, fields, editUrl + "?handler=Publish")).StatusCode);
        var page = await reader.GetPageAsync($"/tin-tuc/{slug}");
        Assert.Contains("<strong>đậm</strong>", WebUtility.HtmlDecode(page));
        Assert.DoesNotContain("<script>alert", page);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page);
        Assert.DoesNotContain("javascript:", page);

        // Published now: a second publish is refused, nothing changes.
        var again = await office.SubmitAsync(editUrl, fields, editUrl + "?handler=Publish");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains(PortalRefusals.AlreadyPublished.Message, WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));

        // Editing is the council office's: a delegate and another council's office are refused.
        using var delegateBrowser = await Browser.SignedInAs(_app, "daibieu");
        Assert.True(Responses.IsRefusal(await delegateBrowser.GetAsync(editUrl)));
        var other = await OtherCouncil.CreateAsync(_app);
        using var otherOffice = await Browser.SignedInAs(_app, other.OfficeUser, OtherCouncil.Password);
        Assert.True(Responses.IsRefusal(await otherOffice.GetAsync(editUrl)));
        var refused = await office.SubmitAsync("/Portal/Edit", new() { ["Title"] = " ", ["Author"] = "A", ["Body"] = "B" }, "/Portal/Edit?handler=Publish");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(0, await _app.WithDb((db, _) => db.Set<Article>().CountAsync(a => a.Title == " " || a.Title == "")));
    }

    [Fact]
    public async Task The_feed_and_the_sitemap_list_only_published_articles()
    {
        using var reader = Browser.Open(_app);
        var rss = await reader.GetAsync("/tin-tuc/rss.xml");
        Assert.Equal("application/rss+xml", rss.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await rss.Content.ReadAsStringAsync());
        var items = feed.Descendants("item").ToList();
        Assert.Contains(items, i => i.Element("title")?.Value == News2023.SeedTitle && i.Element("link")!.Value.EndsWith(SeedUrl, StringComparison.Ordinal));
        Assert.Contains(items, i => i.Element("pubDate")!.Value == "Fri, 06 Jan 2023 11:57:00 GMT");
        var atomResponse = await reader.GetAsync("/tin-tuc/atom.xml");
        Assert.Equal("application/atom+xml", atomResponse.Content.Headers.ContentType?.MediaType);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var atomFeed = XDocument.Parse(await atomResponse.Content.ReadAsStringAsync());
        Assert.NotNull(atomFeed.Root!.Element(atom + "updated"));
        var seedEntry = Assert.Single(atomFeed.Descendants(atom + "entry"), e => e.Element(atom + "title")?.Value == News2023.SeedTitle);
        Assert.Equal("2023-01-06T11:57:00Z", seedEntry.Element(atom + "published")!.Value);
        Assert.Equal("Hà Phong", seedEntry.Element(atom + "author")!.Element(atom + "name")!.Value);
        Assert.EndsWith(SeedUrl, seedEntry.Element(atom + "link")!.Attribute("href")!.Value, StringComparison.Ordinal);
        var map = XDocument.Parse(await reader.Client.GetStringAsync("/sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = map.Descendants(ns + "loc").Select(l => l.Value).ToList();
        Assert.Contains(locs, l => l.EndsWith(SeedUrl, StringComparison.Ordinal));
        Assert.Contains(locs, l => l.EndsWith("/Petitions/Submit", StringComparison.Ordinal));
        var drafts = await _app.WithDb((db, _) => db.Set<Article>().Where(a => a.PublishAt == null).Select(a => a.Slug).ToListAsync());
        Assert.All(drafts, d => Assert.DoesNotContain(locs, l => l.EndsWith("/" + d, StringComparison.Ordinal)));
    }
}

public sealed class NewsTestsOnSqlite(SqliteApp app) : NewsTests(app), IClassFixture<SqliteApp>;

public sealed class NewsTestsOnPostgres(PostgresApp app) : NewsTests(app), IClassFixture<PostgresApp>;
