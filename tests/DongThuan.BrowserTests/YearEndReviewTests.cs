using Microsoft.Playwright;

namespace DongThuan.BrowserTests;

/// <summary>The council office opens the 2022 report, follows a figure to its records, reads the dashboard and downloads the Word file.</summary>
public sealed class YearEndReviewTests
{
    private readonly BrowserFixture _fx;

    public YearEndReviewTests(BrowserFixture fx)
    {
        fx.RequireAvailable();
        _fx = fx;
    }

    [Fact]
    public async Task The_2022_report_leads_from_a_figure_to_its_records_and_downloads_as_docx()
    {
        var (context, page, errors) = await _fx.SignedInPageAsync("thuongtruc");
        await using var _ = context;

        await BrowserFixture.FollowMenuAsync(page, "Báo cáo, thống kê", "Tổng kết năm");
        await page.GetByRole(AriaRole.Link, new() { Name = "Báo cáo năm 2022" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Báo cáo tổng kết năm 2022");
        var reviewed = page.Locator("tr", new() { HasTextString = "Báo cáo, tờ trình được xem xét" });
        await Assertions.Expect(reviewed.Locator("td")).ToHaveTextAsync("66");
        await Assertions.Expect(page.Locator("ul.limitations")).ToContainTextAsync("Cấp giấy chứng nhận quyền sử dụng đất tồn đọng tại phường Mai Dịch");
        await BrowserFixture.ScreenshotAsync(page, "review-annual");

        var questions = page.Locator("tr", new() { HasTextString = "Chất vấn được trả lời chậm" });
        await questions.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.Locator("[data-total]")).ToHaveTextAsync("2 hồ sơ");
        await Assertions.Expect(page.Locator("a.record")).ToHaveCountAsync(2);
        await page.GoBackAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Tải báo cáo (DOCX)" }).ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        var path = await download.PathAsync();
        Assert.True(new FileInfo(path!).Length > 3000);

        await page.GetByRole(AriaRole.Link, new() { Name = "Bảng điều khiển", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("figure.chart").First).ToBeVisibleAsync();
        Assert.True(await page.Locator("figure.chart").CountAsync() >= 3);
        await BrowserFixture.ScreenshotAsync(page, "review-dashboard");

        // The same dashboard on a 360 px phone: no sideways scrolling.
        await page.SetViewportSizeAsync(360, 740);
        await page.ReloadAsync();
        await BrowserFixture.ScreenshotAsync(page, "review-dashboard-360");
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 360);
        // Readable there: no chart text under 12 px, and a label wraps rather than runs out of its row.
        Assert.True(await page.EvaluateAsync<double>("() => Math.min(...[...document.querySelectorAll('figure.chart .label, figure.chart .value')].map(e => parseFloat(getComputedStyle(e).fontSize)))") >= 12);
        Assert.True(await page.EvaluateAsync<bool>("() => [...document.querySelectorAll('figure.chart .label')].every(e => e.scrollWidth <= e.clientWidth + 1)"));
        Assert.Empty(errors);
    }
}
