using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace DongThuan.BrowserTests;

/// <summary>
/// The public portal as a reader on a cheap phone meets it: each page's first visit within 100 KB
/// transferred, nothing fetched from another host, no axe-core violation of WCAG 2.1 A/AA, one main
/// landmark, a visible focus; then the comment journey from the seed article to a published comment.
/// </summary>
public sealed class PublicPortalTests
{
    private const int BudgetBytes = 100 * 1024;
    private const string SeedUrl = "/tin-tuc/quan-cau-giay-tang-cuong-doi-thoai-tao-su-dong-thuan";
    private const string VoterMeetingArticle = "/tin-tuc/hdnd-quan-cau-giay-cong-bo-ke-hoach-tiep-xuc-cu-tri-truoc-ky-hop-giua-nam-2023";

    private static readonly string[] Wcag21AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private readonly BrowserFixture _fx;

    public PublicPortalTests(BrowserFixture fx)
    {
        fx.RequireAvailable();
        _fx = fx;
    }

    private async Task<string> FirstPublicSessionAsync()
    {
        var (context, page, _) = await _fx.NewPageAsync();
        await using var _c = context;
        await page.GotoAsync("/cong-khai/ky-hop");
        var href = await page.Locator("main a[href^='/cong-khai/ky-hop/']").First.GetAttributeAsync("href");
        return href!;
    }

    [Fact]
    public async Task Every_public_page_loads_within_100_KB_from_this_host_only_and_passes_axe()
    {
        var session = await FirstPublicSessionAsync();
        var failures = new List<string>();
        var measured = new List<string>();
        foreach (var (name, url) in new[] { ("home", "/"), ("article", VoterMeetingArticle), ("petition-form", "/Petitions/Submit"), ("status", "/Petitions/Status"), ("session", session), ("open-data", "/du-lieu-mo") })
        {
            // A first visit: a fresh context, nothing cached.
            var (context, page, errors) = await _fx.NewPageAsync(360, 800);
            await using var _ = context;
            var finished = new List<IRequest>();
            page.RequestFinished += (_, r) => finished.Add(r);
            var response = await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.NetworkIdle });
            Assert.True(response!.Ok, $"{url}: {response.Status}");
            Assert.Equal("br", (await response.AllHeadersAsync()).GetValueOrDefault("content-encoding"));

            long bytes = 0;
            foreach (var request in finished.ToList())
            {
                if (new Uri(request.Url).Host != new Uri(_fx.BaseUrl).Host)
                {
                    failures.Add($"{name}: asked another host for {request.Url}");
                }

                var sizes = await request.SizesAsync();
                bytes += sizes.ResponseBodySize + sizes.ResponseHeadersSize;
            }

            measured.Add($"{name}\t{url}\t{finished.Count} requests\t{bytes} bytes");
            if (bytes > BudgetBytes)
            {
                failures.Add($"{name}: {bytes:N0} bytes transferred, over the budget of {BudgetBytes:N0}");
            }

            if (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"))
            {
                failures.Add($"{name}: scrolls sideways at 360 px");
            }

            if (await page.Locator("main").CountAsync() != 1)
            {
                failures.Add($"{name}: not exactly one main landmark");
            }

            var axe = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Wcag21AA] } });
            failures.AddRange(axe.Violations.Select(v => $"{name}: axe {v.Id} ({v.Impact}) on {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
            failures.AddRange(errors.Select(e => $"{name}: console error {e}"));
            await BrowserFixture.ScreenshotAsync(page, "portal-" + name);
        }

        // Kept beside the screenshots, for the README's performance section.
        // (The folder is made here too: CI takes no screenshots.)
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots"));
        await File.WriteAllLinesAsync(Path.Combine(folder.FullName, "page-weights.tsv"), measured);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Static_files_are_fingerprinted_and_cached_long_and_the_keyboard_reaches_the_content_with_visible_focus()
    {
        var (context, page, _) = await _fx.NewPageAsync(javaScript: false);
        await using var _c = context;
        var css = new List<IResponse>();
        page.Response += (_, r) =>
        {
            if (r.Url.EndsWith(".css", StringComparison.Ordinal))
            {
                css.Add(r);
            }
        };
        await page.GotoAsync("/");
        var sheet = Assert.Single(css);
        Assert.Matches(@"/css/site\.[a-z0-9]+\.css$", sheet.Url);
        Assert.Contains("immutable", (await sheet.AllHeadersAsync()).GetValueOrDefault("cache-control") ?? "");

        // Without JavaScript, by keyboard: the first Tab shows the skip link, Enter goes to the content.
        await page.Keyboard.PressAsync("Tab");
        var focused = page.Locator(":focus");
        await Assertions.Expect(focused).ToHaveTextAsync("Bỏ qua, đến nội dung chính");
        var outline = await focused.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle");
        Assert.NotEqual("none", outline);
        await page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#main", page.Url);
    }

    [Fact]
    public async Task A_citizen_comments_on_the_seed_article_a_moderator_publishes_it_and_a_script_stays_text()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var text = $"<script>document.title='hacked-{marker}'</script> Cảm ơn HĐND quận đã lắng nghe {marker}.";

        // The reader opens the news, then the seed article, and sees it has no comments yet.
        var (readerContext, reader, readerErrors) = await _fx.NewPageAsync(360, 800);
        await using var _r = readerContext;
        await reader.GotoAsync("/tin-tuc");
        await reader.GetByRole(AriaRole.Link, new() { Name = "Quận Cầu Giấy tăng cường đối thoại, tạo sự đồng thuận" }).ClickAsync();
        await Assertions.Expect(reader.Locator("h1")).ToHaveTextAsync("Quận Cầu Giấy tăng cường đối thoại, tạo sự đồng thuận");
        await Assertions.Expect(reader.Locator(".news-article")).ToContainTextAsync("Hà Phong");
        await Assertions.Expect(reader.Locator(".news-article")).ToContainTextAsync("06/01/2023 18:57");
        await Assertions.Expect(reader.GetByRole(AriaRole.Heading, new() { Name = "Đừng bỏ lỡ" })).ToBeVisibleAsync();
        await Assertions.Expect(reader.GetByRole(AriaRole.Link, new() { Name = "Đăng nhập để bình luận" })).ToBeVisibleAsync();
        await Assertions.Expect(reader.GetByRole(AriaRole.Link, new() { Name = "Đăng nhập để theo dõi cập nhật" })).ToBeVisibleAsync();

        // congdan comments; the comment waits, and only they see it.
        var (citizenContext, citizen, citizenErrors) = await _fx.SignedInPageAsync("congdan", 360, 800);
        await using var _ci = citizenContext;
        await citizen.GotoAsync(SeedUrl);
        await citizen.GetByLabel("Ý kiến của bạn").FillAsync(text);
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Gửi bình luận" }).ClickAsync();
        await Assertions.Expect(citizen.Locator("p.notice")).ToContainTextAsync("Bình luận sẽ hiển thị sau khi được duyệt");
        await Assertions.Expect(citizen.Locator("article.comment.mine")).ToContainTextAsync("Đang chờ duyệt");
        await BrowserFixture.ScreenshotAsync(citizen, "comment-waiting");

        // They follow the article's comments from the same place, and find it in what they follow.
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Theo dõi cập nhật" }).ClickAsync();
        await Assertions.Expect(citizen.GetByRole(AriaRole.Button, new() { Name = "Đang theo dõi — bỏ theo dõi" })).ToHaveAttributeAsync("aria-pressed", "true");
        await BrowserFixture.ScreenshotAsync(citizen, "article-followed");
        await citizen.GotoAsync("/Notifications/Follows");
        await Assertions.Expect(citizen.Locator("main")).ToContainTextAsync("Quận Cầu Giấy tăng cường đối thoại, tạo sự đồng thuận");

        // The editor approves it from the moderators' list.
        var (editorContext, editor, editorErrors) = await _fx.SignedInPageAsync("bientap");
        await using var _e = editorContext;
        await BrowserFixture.FollowMenuAsync(editor, "Quản trị", "Duyệt bình luận");
        var waiting = editor.Locator("article.comment", new() { HasTextString = marker });
        await Assertions.Expect(waiting).ToContainTextAsync("<script>");
        await waiting.GetByRole(AriaRole.Button, new() { Name = "Duyệt" }).ClickAsync();
        await Assertions.Expect(editor.Locator("p.notice")).ToContainTextAsync("Đã duyệt");

        // The reader sees it published, as text: the script did not run.
        await reader.ReloadAsync();
        var shown = reader.Locator("article.comment", new() { HasTextString = marker });
        await Assertions.Expect(shown).ToContainTextAsync($"<script>document.title='hacked-{marker}'</script>");
        await Assertions.Expect(reader.GetByRole(AriaRole.Heading, new() { Name = "(1) Bình luận" })).ToBeVisibleAsync();
        Assert.DoesNotContain("hacked", await reader.TitleAsync());
        await BrowserFixture.ScreenshotAsync(reader, "comment-published");
        Assert.Empty(readerErrors.Concat(citizenErrors).Concat(editorErrors));
    }

    [Fact]
    public async Task The_public_record_shows_sessions_questions_and_the_programme_without_javascript()
    {
        var (context, page, errors) = await _fx.NewPageAsync(360, 800, javaScript: false);
        await using var _ = context;
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Thông tin công khai" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Kỳ họp Hội đồng nhân dân" }).ClickAsync();
        // The newest first: the ward's next session, with its agenda; then one of the district's, with its resolutions.
        var sessions = page.Locator("main a[href^='/cong-khai/ky-hop/']");
        var list = page.Url;
        await sessions.First.ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Sắp diễn ra");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Chương trình kỳ họp");
        await page.GotoAsync(list);
        await sessions.Filter(new() { HasText = "quận Cầu Giấy" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nghị quyết và kết quả biểu quyết" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Thông qua");
        await page.GotoAsync("/cong-khai/chat-van");
        await Assertions.Expect(page.Locator("article.record").First).ToContainTextAsync("Trả lời");
        await page.GotoAsync("/cong-khai/phoi-hop");
        await Assertions.Expect(page.Locator("main table").First).ToBeVisibleAsync();
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"), "no horizontal scroll at 360 px");

        // An address that is no public session answers "not found" (closed sessions: PublicRecordTests, on both databases).
        var closed = await page.GotoAsync($"/cong-khai/ky-hop/{Guid.Empty}");
        Assert.Equal(404, closed!.Status);
        Assert.DoesNotContain(errors, e => !e.Contains("404", StringComparison.Ordinal));
    }
}
