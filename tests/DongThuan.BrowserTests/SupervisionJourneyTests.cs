using Microsoft.Playwright;

namespace DongThuan.BrowserTests;

/// <summary>The council office records a supervision recommendation and finds it on the board under the person it names.</summary>
public sealed class SupervisionJourneyTests
{
    private readonly BrowserFixture _fx;

    public SupervisionJourneyTests(BrowserFixture fx)
    {
        fx.RequireAvailable();
        _fx = fx;
    }

    [Fact]
    public async Task A_recommendation_recorded_on_a_mission_shows_on_the_board_under_the_right_person()
    {
        var (context, page, errors) = await _fx.SignedInPageAsync("thuongtruc");
        await using var _ = context;

        await BrowserFixture.FollowMenuAsync(page, "Giám sát", "Giám sát");
        await page.SelectOptionAsync("select[name=year]", "2022");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Công tác thu gom, vận chuyển rác thải sinh hoạt" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Công tác thu gom, vận chuyển rác thải sinh hoạt");

        var owner = page.Locator("select[name=owner]");
        var label = await owner.Locator("option", new() { HasTextString = "Phòng Y tế — " }).First.InnerTextAsync();
        var person = label.Split(" — ")[1].Split(',')[0];
        await owner.SelectOptionAsync(new SelectOptionValue { Label = label });
        var task = $"Kiểm tra vệ sinh môi trường tại các chợ dân sinh {Guid.NewGuid().ToString("N")[..6]}";
        await page.GetByLabel("Nội dung kiến nghị").FillAsync(task);
        await page.GetByLabel("Thời hạn thực hiện").FillAsync(DateTime.Today.AddDays(60).ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu kiến nghị" }).ClickAsync();
        await Assertions.Expect(page.Locator("table", new() { HasTextString = task })).ToContainTextAsync(person);
        await BrowserFixture.ScreenshotAsync(page, "supervision-mission");

        await BrowserFixture.FollowMenuAsync(page, "Công việc của tôi", "Ai nợ việc gì");
        await page.SelectOptionAsync("select[name=Kind]", "supervision.recommendation");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = person, Exact = true }).First.ClickAsync();
        var row = page.Locator("tr", new() { HasTextString = task });
        await Assertions.Expect(row).ToContainTextAsync(person);
        await Assertions.Expect(row).ToContainTextAsync("Phòng Y tế");
        await BrowserFixture.ScreenshotAsync(page, "supervision-board");
        await row.GetByRole(AriaRole.Link, new() { Name = task }).ClickAsync();
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync(person);

        var (phoneContext, phone, phoneErrors) = await _fx.NewPageAsync(360, 740, javaScript: false);
        await using var _2 = phoneContext;
        await phone.GotoAsync("/Supervision/Public");
        await phone.GetByRole(AriaRole.Link, new() { Name = "Công tác thu gom, vận chuyển rác thải sinh hoạt" }).ClickAsync();
        await Assertions.Expect(phone.Locator("main")).ToContainTextAsync(task);
        await BrowserFixture.ScreenshotAsync(phone, "supervision-public-360");
        Assert.True(await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 360);
        Assert.Empty(errors.Concat(phoneErrors));
    }
}
