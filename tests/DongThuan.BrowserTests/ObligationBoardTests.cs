using Microsoft.Playwright;

namespace DongThuan.BrowserTests;

/// <summary>The "who owes what" board as the council office reads it: by agency, by person, down to one item's timeline.</summary>
public sealed class ObligationBoardTests
{
    private readonly BrowserFixture _fx;

    public ObligationBoardTests(BrowserFixture fx)
    {
        fx.RequireAvailable();
        _fx = fx;
    }

    [Fact]
    public async Task The_office_goes_from_an_agency_to_a_named_person_to_one_late_item()
    {
        var (context, page, errors) = await _fx.SignedInPageAsync("thuongtruc");
        await using var _ = context;

        await page.GetByRole(AriaRole.Link, new() { Name = "Ai nợ việc gì" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Ai nợ việc gì");
        await BrowserFixture.ScreenshotAsync(page, "obligations-board");
        await page.GetByRole(AriaRole.Link, new() { Name = "Phòng Quản lý đô thị" }).First.ClickAsync();
        var person = page.Locator("h2:has-text('Theo người chịu trách nhiệm') + div table tbody tr td a").First;
        var name = await person.InnerTextAsync();
        await person.ClickAsync();
        await Assertions.Expect(page.Locator("table").Last.Locator("tbody tr").First).ToContainTextAsync(name);
        await page.Locator("table").Last.Locator("tbody tr td a").First.ClickAsync();
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync(name);
        await Assertions.Expect(page.Locator("ol.timeline")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "obligation-details");

        var (phoneContext, phone, phoneErrors) = await _fx.SignedInPageAsync("ubnd", 360, 740);
        await using var _2 = phoneContext;
        await phone.GotoAsync("/Obligations/Mine");
        await Assertions.Expect(phone.Locator("main h2").First).ToHaveTextAsync("Tôi chịu trách nhiệm");
        await BrowserFixture.ScreenshotAsync(phone, "obligations-mine-360");
        Assert.True(await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 360);
        Assert.Empty(errors.Concat(phoneErrors));
    }
}
