using Microsoft.Playwright;

namespace DongThuan.BrowserTests;

/// <summary>A written question in three browsers: the delegate's, the council office's and the official's.</summary>
public sealed class QuestionJourneyTests
{
    private readonly BrowserFixture _fx;

    public QuestionJourneyTests(BrowserFixture fx)
    {
        fx.RequireAvailable();
        _fx = fx;
    }

    private Task<(IBrowserContext Context, IPage Page, List<string> Errors)> SignedInAsync(string user) => _fx.SignedInPageAsync(user);

    [Fact]
    public async Task Delegate_asks_office_forwards_official_answers_delegate_is_not_satisfied()
    {
        var title = "Thoát nước mùa mưa tại phố Trần Thái Tông " + Guid.NewGuid().ToString("N")[..4];
        var (delegateContext, delegatePage, delegateErrors) = await SignedInAsync("daibieu");
        await using var _1 = delegateContext;
        await BrowserFixture.FollowMenuAsync(delegatePage, "Chất vấn", "Chất vấn");
        await delegatePage.GetByRole(AriaRole.Link, new() { Name = "Hạn trả lời" }).ClickAsync();
        await Assertions.Expect(delegatePage.Locator("th[aria-sort]")).ToContainTextAsync("Hạn trả lời");
        await BrowserFixture.ScreenshotAsync(delegatePage, "questions-list-by-due-date");
        await delegatePage.GetByRole(AriaRole.Link, new() { Name = "Viết chất vấn" }).ClickAsync();
        // A co-signer found by typing the name and added without script; the full list stays folded away.
        var someone = await delegatePage.EvaluateAsync<string>(
            "() => { const names = [...document.querySelectorAll('#council-delegates option')].map(o => o.value); return names.find(n => names.indexOf(n) === names.lastIndexOf(n)); }");
        await delegatePage.GetByLabel("Tìm đại biểu (gõ vài chữ của tên)").FillAsync(someone);
        await delegatePage.GetByRole(AriaRole.Button, new() { Name = "Thêm", Exact = true }).ClickAsync();
        await Assertions.Expect(delegatePage.Locator("fieldset.picker > label.check input:checked")).ToHaveCountAsync(1);
        await Assertions.Expect(delegatePage.Locator("fieldset.picker > label.check")).ToContainTextAsync(someone);
        await BrowserFixture.ScreenshotAsync(delegatePage, "question-write-co-signer");
        await delegatePage.GetByLabel("Vấn đề chất vấn").FillAsync(title);
        await delegatePage.GetByLabel("Nội dung").FillAsync("Đề nghị cho biết giải pháp chống úng ngập cục bộ khi mưa lớn.");
        await delegatePage.GetByRole(AriaRole.Button, new() { Name = "Lưu bản nháp" }).ClickAsync();
        await delegatePage.GetByRole(AriaRole.Button, new() { Name = "Gửi Thường trực HĐND" }).ClickAsync();
        await Assertions.Expect(delegatePage.Locator("dl.facts").First).ToContainTextAsync("Đã gửi Thường trực");
        var questionUrl = delegatePage.Url;

        var (officeContext, officePage, officeErrors) = await SignedInAsync("thuongtruc");
        await using var _2 = officeContext;
        await officePage.GotoAsync(questionUrl);
        await officePage.GetByRole(AriaRole.Link, new() { Name = "Chuyển người trả lời" }).ClickAsync();
        await officePage.GetByLabel("Chức danh người trả lời").SelectOptionAsync("PeoplesCommitteeChair");
        await officePage.Locator("#Input_BodyId").SelectOptionAsync(new SelectOptionValue { Label = "UBND quận Cầu Giấy" });
        // The respondent is chosen among the people of the agency, listed under it.
        var chair = await officePage.Locator("#Input_RespondentPersonId optgroup[label='UBND quận Cầu Giấy'] option").First.GetAttributeAsync("value");
        await officePage.Locator("#Input_RespondentPersonId").SelectOptionAsync(chair!);
        await officePage.GetByRole(AriaRole.Button, new() { Name = "Chuyển", Exact = true }).ClickAsync();
        await Assertions.Expect(officePage.Locator("dl.facts").First).ToContainTextAsync("Hạn trả lời");

        var (officialContext, officialPage, officialErrors) = await SignedInAsync("ubnd");
        await using var _3 = officialContext;
        await officialPage.GotoAsync("/Questions");
        await officialPage.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await officialPage.GetByRole(AriaRole.Link, new() { Name = "Trả lời", Exact = true }).ClickAsync();
        await officialPage.GetByLabel("Nội dung trả lời").FillAsync("Đã nạo vét 1,2 km cống; bổ sung 2 trạm bơm cục bộ.");
        await officialPage.GetByLabel("Trách nhiệm").FillAsync("Phòng Quản lý đô thị, Công ty thoát nước");
        await officialPage.GetByLabel("Biện pháp").FillAsync("Nạo vét định kỳ, lắp trạm bơm");
        await officialPage.GetByLabel("Thời hạn thực hiện").FillAsync("Trước mùa mưa năm sau");
        // The signed letter: its number, its date typed day first, who signed it, and its file.
        await officialPage.GetByLabel("Số và ký hiệu").FillAsync("215/UBND-QLĐT");
        // Today in Vietnam, as the app counts it: the machine's date is a day behind from 17:00 UTC, and a letter dated
        // before the day the question was forwarded is refused.
        await officialPage.GetByLabel("Ngày văn bản").FillAsync(DongThuan.Web.Infrastructure.Localization.VietnamTime.Today(TimeProvider.System).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        await officialPage.GetByLabel("Người ký", new() { Exact = true }).FillAsync("Nguyễn Văn Thành");
        await officialPage.GetByLabel("Chức vụ người ký").FillAsync("Chủ tịch UBND quận");
        await officialPage.GetByLabel("Tệp văn bản (PDF, DOCX; tối đa 20 MB)").SetInputFilesAsync(new FilePayload
        {
            Name = "215-UBND-QLDT.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"u8.ToArray(),
        });
        await BrowserFixture.ScreenshotAsync(officialPage, "question-answer-letter");
        await officialPage.GetByRole(AriaRole.Button, new() { Name = "Gửi trả lời" }).ClickAsync();
        await Assertions.Expect(officialPage.Locator("dl.facts").First).ToContainTextAsync("Đã trả lời");

        await delegatePage.GotoAsync(questionUrl);
        await delegatePage.GetByRole(AriaRole.Link, new() { Name = "Đánh giá câu trả lời" }).ClickAsync();
        await delegatePage.GetByRole(AriaRole.Radio, new() { Name = "Chưa đồng ý" }).CheckAsync();
        await delegatePage.GetByLabel("Nếu chưa đồng ý: hướng xử lý").SelectOptionAsync("FurtherAnswer");
        await delegatePage.GetByLabel("Ý kiến").FillAsync("Chưa nêu lộ trình cho các điểm ngập còn lại.");
        await delegatePage.GetByRole(AriaRole.Button, new() { Name = "Gửi đánh giá" }).ClickAsync();
        // A further answer is owed: its own state, its own due date beside the original.
        await Assertions.Expect(delegatePage.Locator("dl.facts").First).ToContainTextAsync("Chờ trả lời bổ sung");
        await Assertions.Expect(delegatePage.Locator("dl.facts").First).ToContainTextAsync("Hạn trả lời bổ sung");
        await Assertions.Expect(delegatePage.Locator("dl.facts").First).ToContainTextAsync("Hạn trả lời ban đầu");
        await Assertions.Expect(delegatePage.Locator("ol.timeline li")).ToHaveCountAsync(4);
        await BrowserFixture.ScreenshotAsync(delegatePage, "question-not-satisfied");

        // The further answer is added beside the first, not over it; the public page shows both, the letter and the verdict.
        await officialPage.GotoAsync(questionUrl);
        await officialPage.GetByRole(AriaRole.Link, new() { Name = "Trả lời", Exact = true }).ClickAsync();
        await Assertions.Expect(officialPage.Locator("p.notice")).ToContainTextAsync("trả lời bổ sung lần 1");
        await officialPage.GetByLabel("Nội dung trả lời").FillAsync("Bổ sung lộ trình: 3 điểm ngập còn lại xử lý xong trong quý II.");
        await officialPage.GetByLabel("Trách nhiệm").FillAsync("Phòng Quản lý đô thị");
        await officialPage.GetByLabel("Biện pháp").FillAsync("Cải tạo cống hộp");
        await officialPage.GetByLabel("Thời hạn thực hiện").FillAsync("Quý II năm sau");
        await officialPage.GetByRole(AriaRole.Button, new() { Name = "Gửi trả lời" }).ClickAsync();
        await Assertions.Expect(officialPage.Locator("section.answer")).ToHaveCountAsync(2);
        var (publicContext, publicPage, publicErrors) = await _fx.NewPageAsync();
        await using var _4 = publicContext;
        await publicPage.GotoAsync("/cong-khai/chat-van");
        var entry = publicPage.Locator("article.record", new() { HasTextString = title });
        await Assertions.Expect(entry.Locator("section.answer")).ToHaveCountAsync(2);
        await Assertions.Expect(entry).ToContainTextAsync("Văn bản số 215/UBND-QLĐT");
        await Assertions.Expect(entry).ToContainTextAsync("Chưa đồng ý");
        await entry.ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ScreenshotAsync(publicPage, "public-questions");
        Assert.Empty(publicErrors);

        Assert.Empty(delegateErrors.Concat(officeErrors).Concat(officialErrors));
    }
}
