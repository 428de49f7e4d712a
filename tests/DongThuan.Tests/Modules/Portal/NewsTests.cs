using System.Net;
using System.Net.Http.Json;
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
        Assert.DoesNotContain("Quang cảnh hội nghị", page); // the photo's caption, without the photo
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

    /// <summary>Reads a page until it comes from the cache (an <c>Age</c> header): a job's save in between may evict it once.</summary>
    private static async Task<string> CachedAsync(HttpClient client, string url)
    {
        for (var attempt = 0; attempt < 4; attempt++)
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            if (response.Headers.Age is not null)
            {
                return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            }
        }

        Assert.Fail($"{url} never came from the cache");
        return "";
    }

    [Fact]
    public async Task Public_pages_come_from_the_cache_and_the_next_request_after_a_change_shows_it()
    {
        var ids = await DemoIds.LoadAsync(_app);
        using var reader = _app.CreateClient();
        using var editor = await Petitions.PetitionKit.ApiAsync(_app, "bientap");
        using var office = await Petitions.PetitionKit.ApiAsync(_app, "thuongtruc");

        // An article written and published: the cached news list shows it on the next request.
        var title = "Lịch tiếp xúc cử tri " + Guid.NewGuid().ToString("N")[..6];
        var body = new { title, author = "Văn phòng HĐND", lead = "Lịch tháng này.", body = "Đại biểu tiếp xúc cử tri tại các phường.", tags = "tiếp xúc cử tri" };
        var before = await CachedAsync(reader, "/tin-tuc");
        Assert.DoesNotContain(title, before, StringComparison.Ordinal);
        var written = await editor.PostAsJsonAsync("/api/v1/portal/articles", body);
        var id = System.Text.Json.JsonDocument.Parse(await written.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await editor.PostAsJsonAsync($"/api/v1/portal/articles/{id}/publish", new { })).StatusCode);
        var list = WebUtility.HtmlDecode(await reader.GetStringAsync("/tin-tuc"));
        Assert.Contains(title, list, StringComparison.Ordinal);
        var url = "/tin-tuc/" + Article.SlugOf(title);

        // The article edited: its cached page shows the new text next.
        Assert.Contains("tại các phường", await CachedAsync(reader, url), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await editor.PutAsJsonAsync($"/api/v1/portal/articles/{id}", body with { body = "Đại biểu tiếp xúc cử tri tại nhà văn hoá tổ dân phố." })).StatusCode);
        var edited = WebUtility.HtmlDecode(await reader.GetStringAsync(url));
        Assert.Contains("tại nhà văn hoá tổ dân phố", edited, StringComparison.Ordinal);
        Assert.DoesNotContain("tại các phường", edited, StringComparison.Ordinal);

        // A comment approved: the cached article shows it next.
        var author = await OtherCouncil.CreateCitizenAsync(_app);
        using (var citizen = await Browser.SignedInAs(_app, author, OtherCouncil.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await citizen.SubmitAsync(url, new() { ["text"] = "Xin hỏi lịch cụ thể ở phường Dịch Vọng." }, url + "?handler=Comment")).StatusCode);
        }

        var comment = await _app.WithDb((db, _) => db.Set<DongThuan.Web.Modules.Portal.Comments.Comment>().Where(c => c.ArticleId == id).Select(c => c.Id).SingleAsync());
        Assert.DoesNotContain($"id=\"bl-{comment}\"", await CachedAsync(reader, url), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await editor.PostAsync($"/api/v1/portal/comments/{comment}/publish", null)).StatusCode);
        Assert.Contains($"id=\"bl-{comment}\"", await reader.GetStringAsync(url), StringComparison.Ordinal);

        // A session's resolution registered: the cached public session page lists it next.
        var sessionUrl = $"/cong-khai/ky-hop/{ids.Session2022}";
        var resolution = "Nghị quyết thử bộ nhớ đệm " + Guid.NewGuid().ToString("N")[..6];
        Assert.DoesNotContain(resolution, await CachedAsync(reader, sessionUrl), StringComparison.Ordinal);
        var registered = await office.PostAsJsonAsync($"/api/v1/sessions/{ids.Session2022}/documents",
            new { kind = "Resolution", number = 90 + Random.Shared.Next(900), symbol = "NQ-HĐND", issuedOn = "2022-12-20", title = resolution });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        Assert.Contains(resolution, WebUtility.HtmlDecode(await reader.GetStringAsync(sessionUrl)), StringComparison.Ordinal);

        // Taken down: gone from the list and the address on the next request.
        await CachedAsync(reader, "/tin-tuc");
        Assert.Equal(HttpStatusCode.NoContent, (await editor.PostAsync($"/api/v1/portal/articles/{id}/unpublish", null)).StatusCode);
        Assert.DoesNotContain(title, WebUtility.HtmlDecode(await reader.GetStringAsync("/tin-tuc")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task An_article_scheduled_for_later_appears_on_cached_pages_at_its_time_without_any_save()
    {
        using var editor = await Petitions.PetitionKit.ApiAsync(_app, "bientap");
        using var reader = _app.CreateClient();
        var title = "Thông báo hẹn giờ " + Guid.NewGuid().ToString("N")[..6];
        var body = new { title, author = "Văn phòng HĐND", lead = "", body = "Lịch tiếp công dân tuần sau.", tags = "" };
        var written = await editor.PostAsJsonAsync("/api/v1/portal/articles", body);
        var id = System.Text.Json.JsonDocument.Parse(await written.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        var at = DateTimeOffset.UtcNow.AddSeconds(4);
        Assert.Equal(HttpStatusCode.NoContent, (await editor.PutAsJsonAsync($"/api/v1/portal/articles/{id}", new { body.title, body.author, body.lead, body.body, body.tags, publish = true, publishAt = at })).StatusCode);

        // Cached before its time, without it; nothing is saved afterwards, yet the first request after its time shows it.
        Assert.DoesNotContain(title, await CachedAsync(reader, "/tin-tuc"), StringComparison.Ordinal);
        await Task.Delay(at - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(300));
        Assert.Contains(title, WebUtility.HtmlDecode(await reader.GetStringAsync("/tin-tuc")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await editor.PostAsync($"/api/v1/portal/articles/{id}/unpublish", null)).StatusCode);
    }

    [Fact]
    public async Task A_signed_in_reader_never_gets_a_cached_page_and_languages_never_mix()
    {
        using var anonymous = _app.CreateClient();
        var cached = await CachedAsync(anonymous, "/tin-tuc");
        Assert.Contains("Đăng nhập", cached, StringComparison.Ordinal);

        // Signed in, the same address is rendered for that user: never the anonymous copy, never kept for others.
        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        for (var i = 0; i < 2; i++)
        {
            using var response = await office.Client.GetAsync("/tin-tuc");
            Assert.Null(response.Headers.Age);
            var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Contains("Đăng xuất", page, StringComparison.Ordinal);
            Assert.DoesNotContain(">Đăng nhập<", page, StringComparison.Ordinal);
        }

        Assert.Contains(">Đăng nhập<", await CachedAsync(anonymous, "/tin-tuc"), StringComparison.Ordinal);

        // English and Vietnamese readers of one address, in turn: each is served its own language from the cache.
        using var english = _app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        english.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den-GB%7Cuic%3Den-GB");
        for (var i = 0; i < 2; i++)
        {
            var en = await CachedAsync(english, "/cong-khai");
            Assert.Contains("<html lang=\"en\">", en, StringComparison.Ordinal);
            Assert.Contains("Sign in", en, StringComparison.Ordinal);
            var vi = await CachedAsync(anonymous, "/cong-khai");
            Assert.Contains("<html lang=\"vi\">", vi, StringComparison.Ordinal);
            Assert.DoesNotContain("Sign in", vi, StringComparison.Ordinal);
        }

        // The language switch carries no token, so it does not keep pages out of the cache, and it still works.
        Assert.DoesNotContain("__RequestVerificationToken", cached, StringComparison.Ordinal);
        using var switching = Browser.Open(_app);
        var switched = await switching.Client.PostAsync("/Accounts/Language", new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "en-GB", ["returnUrl"] = "/cong-khai" }));
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Contains("<html lang=\"en\">", await switching.GetPageAsync("/cong-khai"), StringComparison.Ordinal);
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

    [Fact]
    public async Task The_news_desk_writes_publishes_and_takes_down_an_article_through_the_API_for_its_own_unit_only()
    {
        using var editor = await Petitions.PetitionKit.ApiAsync(_app, "bientap");
        using var reader = _app.CreateClient();
        var title = "Thông báo lịch tiếp công dân " + Guid.NewGuid().ToString("N")[..6];
        var body = new { title, author = "Văn phòng HĐND", lead = "Lịch tháng này.", body = "Thường trực HĐND tiếp công dân vào thứ Năm hằng tuần.", tags = "tiếp công dân" };
        var written = await editor.PostAsJsonAsync("/api/v1/portal/articles", body);
        Assert.Equal(HttpStatusCode.Created, written.StatusCode);
        var id = System.Text.Json.JsonDocument.Parse(await written.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        System.Text.Json.JsonElement Mine(System.Text.Json.JsonElement list) => list.EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == id);
        var draft = Mine(await editor.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/portal/articles"));
        Assert.Equal("draft", draft.GetProperty("state").GetString());
        var url = draft.GetProperty("url").GetString()!;
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(url)).StatusCode);

        // Published now: the public reads it. An empty body is refused and changes nothing; taken down, it is gone again.
        Assert.Equal(HttpStatusCode.NoContent, (await editor.PostAsJsonAsync($"/api/v1/portal/articles/{id}/publish", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(url)).StatusCode);
        var refused = await editor.PutAsJsonAsync($"/api/v1/portal/articles/{id}", body with { body = "" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("article-required", System.Text.Json.JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString());
        Assert.Contains("thứ Năm hằng tuần", System.Net.WebUtility.HtmlDecode(await reader.GetStringAsync(url)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await editor.PostAsync($"/api/v1/portal/articles/{id}/unpublish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(url)).StatusCode);

        // Scheduled for tomorrow: listed as scheduled, not yet public.
        Assert.Equal(HttpStatusCode.NoContent, (await editor.PutAsJsonAsync($"/api/v1/portal/articles/{id}", new { body.title, body.author, body.lead, body.body, body.tags, publish = true, publishAt = DateTimeOffset.UtcNow.AddDays(1) })).StatusCode);
        Assert.Equal("scheduled", Mine(await editor.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/portal/articles")).GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(url)).StatusCode);

        // Another council's office cannot touch it; a delegate has no news desk.
        var other = await OtherCouncil.CreateAsync(_app);
        using var stranger = await Petitions.PetitionKit.ApiAsync(_app, other.OfficeUser, OtherCouncil.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/v1/portal/articles/{id}/unpublish", null)).StatusCode);
        Assert.DoesNotContain((await stranger.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/portal/articles")).EnumerateArray(), a => a.GetProperty("id").GetGuid() == id);
        using var delegateApi = await Petitions.PetitionKit.ApiAsync(_app, "daibieu");
        Assert.Equal(HttpStatusCode.Forbidden, (await delegateApi.PostAsJsonAsync("/api/v1/portal/articles", body)).StatusCode);
    }
}

public sealed class NewsTestsOnSqlite(SqliteApp app) : NewsTests(app), IClassFixture<SqliteApp>;

public sealed class NewsTestsOnPostgres(PostgresApp app) : NewsTests(app), IClassFixture<PostgresApp>;
