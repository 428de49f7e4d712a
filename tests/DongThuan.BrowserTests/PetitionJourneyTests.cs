using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace DongThuan.BrowserTests;

/// <summary>
/// A citizen's petition in real browsers: sent from a phone with JavaScript switched off, followed on the status
/// page, routed and answered by staff, and rated by the citizen, again without JavaScript.
/// </summary>
public sealed partial class PetitionJourneyTests
{
    private readonly BrowserFixture _fx;

    public PetitionJourneyTests(BrowserFixture fx)
    {
        fx.RequireAvailable();
        _fx = fx;
    }

    private Task<(IBrowserContext Context, IPage Page, List<string> Errors)> SignedInAsync(string user) => _fx.SignedInPageAsync(user);

    [Fact]
    public async Task A_citizen_without_JavaScript_sends_a_petition_follows_it_and_rates_the_answer()
    {
        var title = "Cây xanh che khuất đèn tín hiệu tại nút Trần Duy Hưng " + Guid.NewGuid().ToString("N")[..4];
        var email = $"{Guid.NewGuid():N}@example.com";
        var (citizenContext, citizen, citizenErrors) = await _fx.NewPageAsync(360, 740, javaScript: false);
        await using var _1 = citizenContext;
        await citizen.GotoAsync("/");
        await citizen.GetByRole(AriaRole.Link, new() { Name = "Gửi kiến nghị, phản ánh" }).ClickAsync();

        // Sent with blanks (the browser's own checks pass spaces): every error at once, each beside its field, nothing lost.
        await citizen.GetByLabel("Họ và tên").FillAsync(" ");
        await citizen.GetByLabel("Tiêu đề").FillAsync(" ");
        await citizen.GetByLabel("Nội dung").FillAsync(" ");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Gửi kiến nghị" }).ClickAsync();
        await Assertions.Expect(citizen.Locator("[data-valmsg-for='Input.Email']")).ToHaveTextAsync("Vui lòng nhập họ tên và email hoặc số điện thoại để nhận kết quả.");
        await Assertions.Expect(citizen.Locator("[data-valmsg-for='Input.Title']")).ToHaveTextAsync("Vui lòng nhập tiêu đề và nội dung.");
        await Assertions.Expect(citizen.Locator("[data-valmsg-for='Input.ConsentHandling']")).Not.ToBeEmptyAsync();
        await BrowserFixture.ScreenshotAsync(citizen, "petition-form-errors-360-nojs");
        citizenErrors.Clear(); // the browser logs the deliberate 422 as a failed load
        await citizen.GetByLabel("Họ và tên").FillAsync("Nguyễn Thị Thu");
        await citizen.Locator("#Input_Email").FillAsync(email);
        await citizen.GetByLabel("Tiêu đề").FillAsync(title);
        await citizen.GetByLabel("Nội dung").FillAsync("Tán cây xanh che khuất đèn tín hiệu giao thông, người đi đường không nhìn thấy đèn.");
        await citizen.GetByLabel("Phường, xã nơi xảy ra sự việc").FillAsync("Cầu Giấy");
        await citizen.GetByLabel("Tôi đồng ý để cơ quan nhà nước").CheckAsync();
        await BrowserFixture.ScreenshotAsync(citizen, "petition-form-360-nojs");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Gửi kiến nghị" }).ClickAsync();
        var code = await citizen.Locator(".code").InnerTextAsync();
        Assert.Matches(CodePattern(), code);
        await BrowserFixture.ScreenshotAsync(citizen, "petition-receipt-360-nojs");

        await citizen.GetByRole(AriaRole.Link, new() { Name = "Tra cứu tình trạng" }).ClickAsync();
        await citizen.GetByLabel("Email hoặc số điện thoại đã dùng khi gửi").FillAsync(email);
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Tra cứu", Exact = true }).ClickAsync();
        await Assertions.Expect(citizen.Locator("dl.facts").First).ToContainTextAsync("Đã tiếp nhận");

        var (officeContext, office, officeErrors) = await SignedInAsync("phuong.vanphong");
        await using var _2 = officeContext;
        await office.GotoAsync("/Petitions?Q=" + Uri.EscapeDataString(code));
        await office.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await office.GetByRole(AriaRole.Link, new() { Name = "Phân loại và chuyển xử lý" }).ClickAsync();
        await office.Locator("select[name='Input.FieldId']").SelectOptionAsync(new SelectOptionValue { Label = "Giao thông" });
        await office.Locator("select[name='Input.Level']").SelectOptionAsync("Commune");
        await office.GetByRole(AriaRole.Button, new() { Name = "Gợi ý cơ quan" }).ClickAsync();
        await Assertions.Expect(office.Locator("#Input_AgencyBodyId option:checked")).ToHaveTextAsync("Phòng Kinh tế, Hạ tầng và Đô thị phường Cầu Giấy");
        await office.Locator("#Input_AgencyBodyId").SelectOptionAsync(new SelectOptionValue { Label = "UBND phường Cầu Giấy" });
        await office.GetByRole(AriaRole.Button, new() { Name = "Chuyển xử lý" }).ClickAsync();
        await Assertions.Expect(office.Locator("dl.facts").First).ToContainTextAsync("Hạn trả lời");
        await BrowserFixture.ScreenshotAsync(office, "petition-details-office");
        var detailsUrl = office.Url;

        var (officialContext, official, officialErrors) = await SignedInAsync("phuong.ubnd");
        await using var _3 = officialContext;
        await official.GotoAsync(detailsUrl);
        await Assertions.Expect(official.Locator("main")).Not.ToContainTextAsync(email);
        await official.GetByRole(AriaRole.Link, new() { Name = "Trả lời kiến nghị" }).ClickAsync();
        await official.GetByLabel("Nội dung trả lời").FillAsync("Đã cắt tỉa cây xanh, đèn tín hiệu đã thông thoáng.");
        await official.GetByRole(AriaRole.Button, new() { Name = "Gửi trả lời" }).ClickAsync();
        await Assertions.Expect(official.Locator("dl.facts").First).ToContainTextAsync("Chờ duyệt trả lời");

        await office.ReloadAsync();
        await office.GetByRole(AriaRole.Button, new() { Name = "Chấp nhận câu trả lời và thông báo người gửi" }).ClickAsync();
        await Assertions.Expect(office.Locator("dl.facts").First).ToContainTextAsync("Đã trả lời");

        await citizen.GotoAsync("/Petitions/Status?code=" + code);
        await citizen.GetByLabel("Email hoặc số điện thoại đã dùng khi gửi").FillAsync(email);
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Tra cứu", Exact = true }).ClickAsync();
        await Assertions.Expect(citizen.Locator("main")).ToContainTextAsync("Đã cắt tỉa cây xanh");
        await citizen.GetByLabel("Giải quyết một phần").CheckAsync();
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Gửi đánh giá" }).ClickAsync();
        await Assertions.Expect(citizen.Locator("main")).ToContainTextAsync("Cảm ơn bạn đã đánh giá");
        await Assertions.Expect(citizen.Locator("dl.facts").First).ToContainTextAsync("Đã kết thúc");
        await BrowserFixture.ScreenshotAsync(citizen, "petition-status-360-nojs");
        var overflow = await citizen.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(overflow <= 360, $"the status page is {overflow}px wide on a 360px phone");

        Assert.Empty(citizenErrors.Concat(officeErrors).Concat(officialErrors));
    }

    [Fact]
    public async Task The_office_lists_petitions_and_the_public_answers_page_fits_a_phone()
    {
        var (context, page, errors) = await SignedInAsync("thuongtruc");
        await using var _ = context;
        await page.GotoAsync("/Petitions");
        await Assertions.Expect(page.Locator("table tbody tr").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "petitions-index");
        await page.GotoAsync("/Petitions/Compile");
        await BrowserFixture.ScreenshotAsync(page, "petitions-compile");
        await page.GotoAsync("/Petitions/ReportBack");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();
        await Assertions.Expect(page.Locator("table tbody tr").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "petitions-report-back");
        foreach (var (url, name) in new[] { ("/Petitions/Import", "petitions-import"), ("/Petitions/Settings", "petitions-settings"), ("/Petitions/Meetings", "petitions-meetings"),
                     ("/Petitions/Enter", "petitions-enter"), ("/Petitions/Dialogues/Plan", "petitions-dialogue-plan") })
        {
            await page.GotoAsync(url);
            await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
            await BrowserFixture.ScreenshotAsync(page, name);
        }

        await page.GotoAsync("/Petitions/Meetings");
        await page.Locator("table tbody tr a").First.ClickAsync();
        await Assertions.Expect(page.Locator("table tbody tr").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "petitions-meeting-details");

        var (publicContext, phone, publicErrors) = await _fx.NewPageAsync(360, 740, javaScript: false);
        await using var _2 = publicContext;
        await phone.GotoAsync("/Petitions/Answers");
        await Assertions.Expect(phone.Locator("article.card").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(phone, "petitions-answers-360");
        Assert.True(await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 360);
        Assert.Empty(errors.Concat(publicErrors));
    }

    [GeneratedRegex("^KN-[2-9A-Z]{4}-[2-9A-Z]{4}$")]
    private static partial Regex CodePattern();
}
