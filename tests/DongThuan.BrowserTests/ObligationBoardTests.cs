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

        await BrowserFixture.FollowMenuAsync(page, "Công việc của tôi", "Ai nợ việc gì");
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

/// <summary>The council of today: its office reminds from the board, and the officer reminded finds it in the header.</summary>
public sealed class RemindFromTheBoardTests
{
    private readonly BrowserFixture _fx;

    public RemindFromTheBoardTests(BrowserFixture fx)
    {
        fx.RequireAvailable();
        _fx = fx;
    }

    [Fact]
    public async Task The_ward_office_ticks_an_overdue_item_reminds_and_the_officer_sees_it()
    {
        var (context, page, errors) = await _fx.SignedInPageAsync("phuong.vanphong");
        await using var _ = context;
        await page.GotoAsync("/Obligations");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Ai nợ việc gì");
        var row = page.Locator("tbody tr", new() { HasText = "Thiếu sân chơi cho trẻ em" });
        await row.Locator("input[type=checkbox]").CheckAsync();
        await page.GetByLabel("Lời nhắn đôn đốc (không bắt buộc)").FillAsync("Đề nghị trả lời đại biểu trong tuần này.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đôn đốc các việc đã chọn" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.notice")).ToContainTextAsync("Đã đôn đốc 1 việc, 1 người được báo.");
        await BrowserFixture.ScreenshotAsync(page, "obligations-board-reminded");

        var (officerContext, officer, officerErrors) = await _fx.SignedInPageAsync("phuong.ubnd", 360, 740);
        await using var _2 = officerContext;
        await officer.GotoAsync("/Notifications");
        await Assertions.Expect(officer.Locator("main")).ToContainTextAsync("Đôn đốc: Trả lời chất vấn của đại biểu — Thiếu sân chơi cho trẻ em tại tổ dân phố số 8");
        await BrowserFixture.ScreenshotAsync(officer, "notifications-reminded-360");
        Assert.True(await officer.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 360);
        Assert.Empty(errors.Concat(officerErrors));
    }
}

/// <summary>Every role of the council of today signs in on a phone and finds its own work first.</summary>
public sealed class MyWorkTests
{
    private readonly BrowserFixture _fx;

    public MyWorkTests(BrowserFixture fx)
    {
        fx.RequireAvailable();
        _fx = fx;
    }

    [Theory]
    [InlineData("phuong.vanphong", "Chất vấn chờ chuyển người trả lời")]
    [InlineData("phuong.ubnd", "Thiếu sân chơi cho trẻ em tại tổ dân phố số 8")]
    [InlineData("phuong.daibieu", "Câu trả lời chất vấn chờ quý vị đánh giá")]
    [InlineData("phuong.mttq", "Không có việc nào đang chờ bạn hoặc cơ quan của bạn.")]
    public async Task The_home_page_is_my_work_on_a_phone(string user, string expected)
    {
        // Without JavaScript: the menu folds and unfolds by CSS alone.
        var (context, page, errors) = await _fx.SignedInPageAsync(user, 360, 740, javaScript: false);
        await using var _ = context;
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("main h2").First).ToHaveTextAsync("Việc tôi phải làm");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(expected);
        await BrowserFixture.ScreenshotAsync(page, $"my-work-{user}-360");
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 360);

        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" });
        await Assertions.Expect(menu).ToBeHiddenAsync();
        await page.Locator("label.menu-button").ClickAsync();
        await Assertions.Expect(menu).ToBeVisibleAsync();
        await Assertions.Expect(menu.Locator("li.area.current summary")).ToHaveTextAsync("Công việc của tôi");
        await menu.Locator("summary:text-is('Chất vấn')").ClickAsync();
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Phiên giải trình" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, $"menu-{user}-360");
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 360, "the unfolded menu fits the phone");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task On_a_wide_screen_an_area_opens_below_its_name_and_the_page_shown_is_marked()
    {
        var (context, page, errors) = await _fx.SignedInPageAsync("phuong.vanphong");
        await using var _ = context;
        await BrowserFixture.FollowMenuAsync(page, "Chất vấn", "Phiên giải trình");
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" });
        await Assertions.Expect(menu.Locator("li.area.current summary")).ToHaveTextAsync("Chất vấn");
        await menu.Locator("summary:text-is('Quản trị')").ClickAsync();
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Tài khoản" })).ToBeVisibleAsync();
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Nhật ký kiểm toán" })).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "menu-office-1280");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_sessions_and_supervision_lists_sort_by_a_clicked_heading()
    {
        var (context, page, errors) = await _fx.SignedInPageAsync("thuongtruc");
        await using var _ = context;
        await BrowserFixture.FollowMenuAsync(page, "Kỳ họp", "Kỳ họp");
        await page.GetByRole(AriaRole.Link, new() { Name = "Văn bản", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("th[aria-sort='descending']")).ToHaveTextAsync("Văn bản");
        var counts = await page.Locator("td[data-label='Văn bản']").AllTextContentsAsync();
        var numbers = counts.Select(c => int.Parse(c.Trim(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(numbers.OrderDescending(), numbers);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Tải danh sách (XLSX)" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "sessions-by-documents-1280");

        await page.GotoAsync("/Supervision?year=2022");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nội dung giám sát", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("th[aria-sort='ascending']")).ToHaveTextAsync("Nội dung giám sát");
        await BrowserFixture.ScreenshotAsync(page, "supervision-by-subject-1280");
        Assert.Empty(errors);
    }
}
