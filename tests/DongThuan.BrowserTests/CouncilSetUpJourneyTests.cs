using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace DongThuan.BrowserTests;

/// <summary>
/// The set-up journey of the README in Chromium, through the pages only: the administrator makes a commune, its council
/// and its office's account; the office, signed in with that account, brings in its delegate group, people's committee,
/// term, a delegate and the delegate's seat, then records a question that came on paper and each of its steps on the
/// day it happened; the year's report counts it as answered on time.
/// </summary>
public sealed partial class CouncilSetUpJourneyTests
{
    private const string OfficePassword = "HoaBinh@2026xyz";
    private readonly BrowserFixture _fx;

    public CouncilSetUpJourneyTests(BrowserFixture fx)
    {
        fx.RequireAvailable();
        _fx = fx;
    }

    [GeneratedRegex(@"/(?<id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(\?|$)")]
    private static partial Regex IdInUrl();

    private static Guid IdOf(IPage page) => Guid.Parse(IdInUrl().Match(page.Url).Groups["id"].Value);

    private static async Task SaveAsync(IPage page, string button = "Lưu")
    {
        var before = page.Url;
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(before, new() { Timeout = 60_000 }); // the address, not "load" (BrowserFixture.Board)
    }

    [Fact]
    public async Task A_new_commune_council_is_set_up_and_enters_a_question_of_its_past_through_the_pages()
    {
        var s = Guid.NewGuid().ToString("N")[..5];
        var (adminContext, admin, adminErrors) = await _fx.SignedInPageAsync("admin");
        await using var _1 = adminContext;

        await admin.GotoAsync("/Organisation/Units/Edit");
        await admin.GetByLabel("Tên", new() { Exact = true }).FillAsync($"Xã Hòa Bình {s}");
        await admin.GetByLabel("Cấp").SelectOptionAsync("Commune");
        await admin.GetByLabel("Trực thuộc").SelectOptionAsync(new SelectOptionValue { Label = "Thành phố Hà Nội" });
        await admin.GetByLabel("Hiệu lực từ").FillAsync("2025-07-01");
        await SaveAsync(admin);
        var unit = IdOf(admin);

        await admin.GotoAsync($"/Organisation/Bodies/Edit?unitId={unit}");
        await admin.GetByLabel("Tên", new() { Exact = true }).FillAsync($"HĐND xã Hòa Bình {s}");
        await admin.GetByLabel("Loại").SelectOptionAsync("Council");
        await SaveAsync(admin);
        var council = IdOf(admin);

        await admin.GotoAsync("/Accounts/Users/Create");
        await admin.GetByLabel("Tên đăng nhập").FillAsync($"vp-hoabinh-{s}");
        await admin.Locator("#Input_Role").SelectOptionAsync("CouncilOffice");
        await admin.Locator("#Input_BodyId").SelectOptionAsync(new SelectOptionValue { Label = $"HĐND xã Hòa Bình {s}" });
        await admin.GetByLabel("Mật khẩu ban đầu (để trống thì gửi thư mời tự đặt mật khẩu)").FillAsync(OfficePassword);
        await SaveAsync(admin, "Tạo");

        // From here on, the office's own account.
        var (officeContext, office, officeErrors) = await _fx.NewPageAsync();
        await using var _2 = officeContext;
        await office.GotoAsync("/Accounts/SignIn");
        await office.GetByLabel("Tên đăng nhập").FillAsync($"vp-hoabinh-{s}");
        await office.GetByLabel("Mật khẩu").FillAsync(OfficePassword);
        await office.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Assertions.Expect(office).ToHaveURLAsync(BrowserFixture.Board, new() { Timeout = 90_000 });

        foreach (var (name, kind, parent) in new[] { ("Tổ đại biểu số 1", "DelegateGroup", $"HĐND xã Hòa Bình {s}"), ($"UBND xã Hòa Bình {s}", "PeoplesCommittee", null) })
        {
            await office.GotoAsync($"/Organisation/Bodies/Edit?unitId={unit}");
            await office.GetByLabel("Tên", new() { Exact = true }).FillAsync(name);
            await office.GetByLabel("Loại").SelectOptionAsync(kind);
            if (parent is not null)
            {
                await office.GetByLabel("Trực thuộc").SelectOptionAsync(new SelectOptionValue { Label = parent });
            }

            await SaveAsync(office);
        }

        await office.GotoAsync($"/Organisation/Terms/Edit?councilId={council}");
        await office.GetByLabel("Khóa (số)").FillAsync("1");
        await office.GetByLabel("Bắt đầu").FillAsync("2025-07-01");
        await office.GetByLabel("Kết thúc").FillAsync("2031-06-30");
        await SaveAsync(office);

        var delegateName = $"Đỗ Văn Hùng {s}";
        await office.GotoAsync($"/Organisation/People/Edit?unitId={unit}");
        await office.GetByLabel("Họ và tên").FillAsync(delegateName);
        await SaveAsync(office);
        var person = IdOf(office);
        await office.GotoAsync($"/Organisation/Positions/Assign?personId={person}");
        await office.GetByLabel("Cơ quan").SelectOptionAsync(new SelectOptionValue { Label = $"HĐND xã Hòa Bình {s}" });
        await office.GetByLabel("Chức danh").FillAsync("Đại biểu HĐND xã");
        await office.GetByLabel("Từ ngày").FillAsync("2025-07-01");
        await SaveAsync(office);

        // A question handed in on paper in February, forwarded, answered and accepted, each on its own day.
        var title = $"Nước sạch thôn Đông {s}";
        await office.GotoAsync("/Questions/Receive");
        await office.GetByLabel("Đại biểu chất vấn").SelectOptionAsync(new SelectOptionValue { Label = delegateName });
        await office.GetByLabel("Vấn đề chất vấn").FillAsync(title);
        await office.GetByLabel("Nội dung").FillAsync("Bao giờ thôn Đông có nước sạch?");
        await office.GetByLabel("Ngày Văn phòng nhận (để trống là hôm nay)").FillAsync("2026-02-02");
        await SaveAsync(office, "Ghi nhận chất vấn");
        var question = IdOf(office);

        await office.GotoAsync($"/Questions/Forward/{question}");
        await office.GetByLabel("Chức danh người trả lời").SelectOptionAsync("PeoplesCommitteeChair");
        await office.Locator("#Input_BodyId").SelectOptionAsync(new SelectOptionValue { Label = $"UBND xã Hòa Bình {s}" });
        await office.GetByLabel("Hoặc ghi họ tên, chức vụ người trả lời").FillAsync("Chủ tịch UBND xã");
        await office.GetByLabel("Ngày thực hiện (nhập sau theo hồ sơ giấy; để trống là hôm nay)").FillAsync("2026-02-03");
        await SaveAsync(office, "Chuyển");

        await office.GotoAsync($"/Questions/Answer/{question}");
        await office.GetByLabel("Nội dung trả lời").FillAsync("Quý III/2026 hoàn thành đường ống.");
        await office.GetByLabel("Trách nhiệm").FillAsync("UBND xã");
        await office.GetByLabel("Biện pháp").FillAsync("Lắp đường ống");
        await office.GetByLabel("Thời hạn thực hiện").FillAsync("Quý III/2026");
        await office.GetByLabel("Ngày thực hiện (nhập sau theo hồ sơ giấy; để trống là hôm nay)").FillAsync("2026-02-16");
        await SaveAsync(office, "Gửi trả lời");

        await office.GotoAsync($"/Questions/Evaluate/{question}");
        await office.GetByRole(AriaRole.Radio, new() { Name = "Đồng ý", Exact = true }).CheckAsync();
        await office.GetByLabel("Ngày thực hiện (nhập sau theo hồ sơ giấy; để trống là hôm nay)").FillAsync("2026-02-20");
        await SaveAsync(office, "Gửi đánh giá");
        await Assertions.Expect(office.Locator("body")).ToContainTextAsync("16/02/2026");

        // The year's records count it as answered on time; the office's report page shows the figure.
        await office.GotoAsync($"/Statistics/Records?councilId={council}&year=2026&code=questions.answered-on-time");
        await Assertions.Expect(office.Locator("main")).ToContainTextAsync(title);
        await office.GotoAsync($"/Review/Annual/{council}/2026");
        await Assertions.Expect(office.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("2026");
        await Assertions.Expect(office.Locator("textarea[name='Recipients']")).ToHaveValueAsync(new Regex("Thường trực Đảng ủy xã\nUBND xã"));
        Assert.Empty(adminErrors);
        Assert.Empty(officeErrors);
    }
}
