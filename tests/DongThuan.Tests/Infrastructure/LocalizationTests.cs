using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using DongThuan.Tests.Harness;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Coordination;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Petitions;
using DongThuan.Web.Modules.Questions;
using DongThuan.Web.Modules.Sessions;
using DongThuan.Web.Modules.Supervision;
using DongThuan.Web.Infrastructure.Text;

namespace DongThuan.Tests.Infrastructure;

/// <summary>Vietnamese by default, English on request and remembered; every text the code shows has its English.</summary>
public sealed partial class LocalizationTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static string RepoRoot() => Repository.Root;

    private static HashSet<string> EnglishKeys() =>
        XDocument.Load(Path.Combine(RepoRoot(), "src/DongThuan.Web/Resources/SharedResource.en.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();

    [Fact]
    public async Task Pages_are_Vietnamese_until_the_reader_switches_to_English_and_the_choice_sticks()
    {
        using var browser = Browser.Open(app);
        var home = await browser.GetPageAsync("/");
        Assert.Contains("<html lang=\"vi\">", home, StringComparison.Ordinal);
        Assert.Contains(">Đăng nhập<", home, StringComparison.Ordinal);

        // The switch is a plain form without a token (it sits on every cached public page).
        var switched = await browser.Client.PostAsync("/Accounts/Language", new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "en-GB", ["returnUrl"] = "/" }));
        Assert.Equal("/", switched.Headers.Location?.OriginalString);
        var english = await browser.GetPageAsync("/");
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains(">Sign in<", english, StringComparison.Ordinal);
        Assert.Contains(">Sign in<", await browser.GetPageAsync("/Accounts/SignIn"), StringComparison.Ordinal);

        // The home page speaks one language at a time, and its cards draw their icons rather than rely on a font's emoji.
        Assert.Contains("Follow sessions, questions", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Theo dõi kỳ họp", english, StringComparison.Ordinal);
        Assert.Contains("Theo dõi kỳ họp", home, StringComparison.Ordinal);
        Assert.DoesNotContain("Follow sessions", home, StringComparison.Ordinal);
        Assert.DoesNotContain("🔎", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_home_page_is_headed_by_the_council_the_portal_belongs_to()
    {
        var ids = await DemoIds.LoadAsync(app);
        var ward = await app.WithDb((db, _) => db.Set<Body>().Where(b => b.Kind == BodyKind.Council && b.Name == "HĐND phường Cầu Giấy").Select(b => b.Id).SingleAsync());
        var today = new DateOnly(2026, 12, 5);

        // Named by the operator: that council, written out, with the unit above it; even the district council that has ended.
        var named = await app.WithDb((db, _) => Web.Modules.Portal.PortalOwner.OfAsync(db, Settings(ward), today, default));
        Assert.Equal(new("Hội đồng nhân dân phường Cầu Giấy", "Thành phố Hà Nội"), named);
        var district = await app.WithDb((db, _) => Web.Modules.Portal.PortalOwner.OfAsync(db, Settings(ids.Council), today, default));
        Assert.Equal("Hội đồng nhân dân quận Cầu Giấy", district!.Name);

        // Not named: the one council of the highest level sitting that day. In 2024 the district council sat above its wards.
        var in2024 = await app.WithDb((db, _) => Web.Modules.Portal.PortalOwner.OfAsync(db, Settings(null), new DateOnly(2024, 6, 1), default));
        Assert.Equal("Hội đồng nhân dân quận Cầu Giấy", in2024!.Name);

        // The page shows whichever it is, never the product's name as its heading.
        var home = await app.CreateClient().GetStringAsync("/");
        Assert.Matches("<h1>(Hội đồng nhân dân [^<]+|Cổng thông tin Hội đồng nhân dân)</h1>", home);

        static IConfiguration Settings(Guid? council) =>
            new ConfigurationBuilder().AddInMemoryCollection(council is { } c ? [new("Portal:CouncilId", c.ToString())] : []).Build();
    }

    [Fact]
    public async Task Dates_read_day_first_in_both_languages()
    {
        Assert.Equal("06/01/2023", VietnamTime.Date(new DateOnly(2023, 1, 6)));
        Assert.Equal("06/01/2023 18:57", VietnamTime.DateTime(new DateTimeOffset(2023, 1, 6, 11, 57, 0, TimeSpan.Zero)));

        using var browser = await Browser.SignedInAs(app, "thuongtruc");
        Assert.Contains("01/09/1997 – 30/06/2025", await browser.GetPageAsync("/Organisation/Units"), StringComparison.Ordinal);
        await browser.SubmitAsync("/", new() { ["culture"] = "en-GB", ["returnUrl"] = "/" }, "/Accounts/Language");
        var english = await browser.GetPageAsync("/Organisation/Units");
        Assert.Contains("Administrative units", english, StringComparison.Ordinal);
        Assert.Contains("01/09/1997 – 30/06/2025", english, StringComparison.Ordinal);

        // Typed day first too, whatever the browser's language: a date field is text written dd/mm/yyyy, never a native
        // date picker, and the query string reads 05/12/2026 as the fifth of December (ISO still works for programs).
        var search = await browser.GetPageAsync("/tim-kiem?q=chợ&from=05/12/2026&to=2026-12-31");
        Assert.DoesNotContain("type=\"date\"", search, StringComparison.Ordinal);
        Assert.Contains("name=\"from\" value=\"05/12/2026\"", search, StringComparison.Ordinal);
        Assert.Contains("name=\"to\" value=\"31/12/2026\"", search, StringComparison.Ordinal);
        Assert.Matches("<input type=\"text\" name=\"from\"[^>]*inputmode=\"numeric\"[^>]*pattern=", search);
        Assert.True(DongThuan.Web.Infrastructure.Web.DayMonthYear.TryParse("5/12/2026", out var fifth) && fifth == new DateOnly(2026, 12, 5));
        Assert.False(DongThuan.Web.Infrastructure.Web.DayMonthYear.TryParse("12/31/2026", out _));
    }

    [Fact]
    public void Every_text_used_in_pages_and_code_has_an_English_translation()
    {
        var english = EnglishKeys();
        var src = Path.Combine(RepoRoot(), "src/DongThuan.Web");
        var used = new HashSet<string>();
        foreach (var file in Directory.EnumerateFiles(src, "*.*", SearchOption.AllDirectories)
                     .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                                 && !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            used.UnionWith(LocalizerKey().Matches(text).Select(m => m.Groups[1].Value));
            used.UnionWith(ErrorMessage().Matches(text).Select(m => m.Groups[1].Value));
            used.UnionWith(PageRefusal().Matches(text).Select(m => m.Groups[1].Value));
        }

        // Texts chosen at run time: refusals, role and organisation names.
        var web = typeof(Refusal).Assembly;
        used.UnionWith(web.GetTypes().SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(Refusal)).Select(f => ((Refusal)f.GetValue(null)!).Message));
        used.UnionWith(Enum.GetValues<AppRole>().Select(RoleNames.Of));
        used.UnionWith(Enum.GetValues<BodyKind>().Select(OrganisationNames.Of));
        used.UnionWith(Enum.GetValues<UnitLevel>().Select(OrganisationNames.Of));
        used.UnionWith(Enum.GetValues<DongThuan.Web.Modules.Questions.QuestionState>().Select(DongThuan.Web.Modules.Questions.QuestionNames.Of));
        used.UnionWith(Enum.GetValues<DongThuan.Web.Modules.Questions.RespondentRole>().Select(DongThuan.Web.Modules.Questions.QuestionNames.Of));
        used.UnionWith(Enum.GetValues<DongThuan.Web.Modules.Questions.FollowUp>().Select(DongThuan.Web.Modules.Questions.QuestionNames.Of));
        used.UnionWith(Enum.GetValues<DongThuan.Web.Modules.Questions.QuestionChannel>().Select(DongThuan.Web.Modules.Questions.QuestionNames.Of));
        used.UnionWith(Enum.GetValues<DongThuan.Web.Modules.Obligations.ObligationStatus>().Select(DongThuan.Web.Modules.Obligations.ObligationNames.Of));
        used.UnionWith(Enum.GetValues<DongThuan.Web.Modules.Sessions.DocumentType>().Select(DongThuan.Web.Modules.Sessions.DocumentTypes.Name));
        used.UnionWith(Enum.GetValues<DongThuan.Web.Modules.Sessions.AttendanceStatus>().Select(DongThuan.Web.Modules.Sessions.Attendance.Name));
        used.UnionWith(["Sắp diễn ra", "Đang họp", "Đã bế mạc"]);

        // The registered statistics' names, meanings and breakdown labels, and the report's section titles.
        var statistics = new Microsoft.Extensions.DependencyInjection.ServiceCollection().AddSessionsStatistics().AddQuestionsStatistics().AddPetitionsStatistics()
            .AddSupervisionStatistics().AddCoordinationStatistics().AddObligationsStatistics()
            .Where(d => d.ImplementationInstance is DongThuan.Web.Modules.Statistics.Statistic).Select(d => (DongThuan.Web.Modules.Statistics.Statistic)d.ImplementationInstance!).ToList();
        Assert.True(statistics.Count > 30);
        used.UnionWith(statistics.SelectMany(x => new[] { x.Name, x.Meaning, x.GroupLabel }).OfType<string>());
        used.UnionWith(DongThuan.Web.Modules.Review.AnnualReview.SectionTitles);
        used.UnionWith(["Đã đăng", "Bản nháp", "Hẹn giờ đăng", "Bài mới"]);
        used.UnionWith(DongThuan.Web.Modules.Portal.Comments.CommentNotices.All);
        used.UnionWith(Enum.GetValues<DongThuan.Web.Modules.Petitions.PetitionKind>().Select(DongThuan.Web.Modules.Petitions.PetitionNames.Of));
        used.UnionWith(Enum.GetValues<DongThuan.Web.Modules.Petitions.PetitionChannel>().Select(DongThuan.Web.Modules.Petitions.PetitionNames.Of));
        used.UnionWith(Enum.GetValues<DongThuan.Web.Modules.Petitions.PetitionState>().Select(DongThuan.Web.Modules.Petitions.PetitionNames.Of));
        used.UnionWith(Enum.GetValues<DongThuan.Web.Modules.Petitions.CompetentLevel>().Select(DongThuan.Web.Modules.Petitions.PetitionNames.Of));
        used.UnionWith(Enum.GetValues<DongThuan.Web.Modules.Petitions.PetitionRating>().Select(DongThuan.Web.Modules.Petitions.PetitionNames.Of));
        used.UnionWith(Enum.GetValues<DongThuan.Web.Modules.Petitions.MeetingTiming>().Select(DongThuan.Web.Modules.Petitions.PetitionNames.Of));
        used.UnionWith(Enum.GetValues<DongThuan.Web.Modules.Petitions.ConsentPurpose>().Select(DongThuan.Web.Modules.Petitions.PetitionNames.Of));
        used.UnionWith(Enum.GetValues<DongThuan.Web.Modules.Supervision.MissionState>().Select(DongThuan.Web.Modules.Supervision.SupervisionNames.Of));
        used.UnionWith(Enum.GetValues<DongThuan.Web.Modules.Supervision.RecommendationState>().Select(DongThuan.Web.Modules.Supervision.SupervisionNames.Of));
        used.UnionWith(Enum.GetValues<DongThuan.Web.Modules.Supervision.CheckOutcome>().Select(DongThuan.Web.Modules.Supervision.SupervisionNames.Of));
        used.UnionWith(Enum.GetValues<DongThuan.Web.Modules.Coordination.TaskState>().Select(DongThuan.Web.Modules.Coordination.CoordinationNames.Of));
        used.UnionWith(Enum.GetValues<DongThuan.Web.Modules.Coordination.TaskEvaluation>().Select(DongThuan.Web.Modules.Coordination.CoordinationNames.Of));
        used.UnionWith(Enum.GetValues<DongThuan.Web.Modules.Coordination.TimeFrameKind>().Select(DongThuan.Web.Modules.Coordination.CoordinationNames.Of));
        used.UnionWith(Enum.GetValues<DongThuan.Web.Modules.Coordination.CommendationType>().Select(DongThuan.Web.Modules.Coordination.CoordinationNames.Of));
        used.UnionWith(["Thực hiện kiến nghị giám sát", "Bước giám sát theo luật định", "Thực hiện nhiệm vụ chương trình phối hợp", "{0}/{1} kiến nghị đã hoàn thành", "Quyết định số {0} ngày {1}"]);
        // The obligation kinds the modules register, and texts of the rate-limit answer and notices set in code.
        used.UnionWith(["Trả lời chất vấn của đại biểu", "Trả lời kiến nghị, phản ánh", "Tiếp thu, giải trình ý kiến thảo luận tổ", "Thực hiện cam kết tại phiên giải trình",
            "Thực hiện cam kết tại hội nghị đối thoại", "Tham số state phải là overdue, due-soon, open hoặc done."]);
        used.UnionWith(["Bạn đã gửi quá nhiều lần.", "Vui lòng thử lại sau ít phút.", "Trang chủ", "Cảm ơn bạn đã đánh giá kết quả giải quyết."]);
        used.UnionWith(["thường lệ", "chuyên đề", "giải quyết công việc phát sinh đột xuất", "bất thường"]);
        used.UnionWith(Enumerable.Range(0, 7).Select(i => DongThuan.Web.Modules.Calendar.HolidaysModel.WeekdayName(new DateOnly(2026, 11, 30).AddDays(i))));
        used.UnionWith(Enum.GetValues<DongThuan.Web.Modules.Calendar.DeadlineUnit>().Select(DongThuan.Web.Modules.Calendar.DeadlineRules.IndexModel.UnitName));

        // The kinds and states the search offers as filters.
        using var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(app.Services);
        var search = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<DongThuan.Web.Modules.Search.SiteSearch>(scope.ServiceProvider);
        Assert.Equal(7, search.Sources.Count);
        used.UnionWith(search.Sources.SelectMany(s => s.States.Values.Append(s.Name)));

        var missing = used.Where(k => !english.Contains(k)).Order(StringComparer.Ordinal).ToList();
        Assert.True(used.Count > 100, $"only {used.Count} texts found: the scan is broken");
        Assert.True(missing.Count == 0, "No English for: " + string.Join(" | ", missing));
    }

    [Fact]
    public void Instants_are_shown_in_Vietnam_time()
    {
        var local = VietnamTime.ToLocal(new DateTimeOffset(2023, 1, 6, 11, 57, 0, TimeSpan.Zero));
        Assert.Equal(TimeSpan.FromHours(7), local.Offset);
        Assert.Equal(18, local.Hour);
        Assert.Equal("06/01/2023", new DateOnly(2023, 1, 6).ToString("d", CultureInfo.GetCultureInfo("en-GB")));
    }

    [GeneratedRegex("L\\[\"([^\"]+)\"\\]")]
    private static partial Regex LocalizerKey();

    [GeneratedRegex("ErrorMessage = \"([^\"]+)\"")]
    private static partial Regex ErrorMessage();

    [GeneratedRegex("Refusal = \"([^\"]+)\"")]
    private static partial Regex PageRefusal();

    [Fact]
    public void Words_follow_the_Vietnamese_alphabet_and_names_go_by_the_given_name()
    {
        string[] words = ["Vũ", "Nguyễn", "Đặng", "Ngô", "Dương", "Ơn", "On", "Ôn", "Ánh", "An", "Ê-đê", "Em"];
        Assert.Equal(["An", "Ánh", "Dương", "Đặng", "Em", "Ê-đê", "Ngô", "Nguyễn", "On", "Ôn", "Ơn", "Vũ"], words.Order(VietnameseOrder.Text));

        string[] names = ["Nguyễn Thị Bình", "Trần Văn An", "Đỗ Minh Đức", "Lê Văn Dũng", "Ngô Thị An", "Phạm Thu Ơn", "Hoàng Văn Ôn"];
        Assert.Equal(["Ngô Thị An", "Trần Văn An", "Nguyễn Thị Bình", "Lê Văn Dũng", "Đỗ Minh Đức", "Hoàng Văn Ôn", "Phạm Thu Ơn"], names.Order(VietnameseOrder.Names));
    }

    [Fact]
    public async Task The_people_list_and_the_co_signers_picker_are_in_that_order()
    {
        using var office = await Browser.SignedInAs(app, "thuongtruc");
        var people = Linked().Matches(await office.GetPageAsync("/Organisation/People")).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.True(people.Count >= 20);
        Assert.Equal(people.Order(VietnameseOrder.Names), people);

        using var delegateBrowser = await Browser.SignedInAs(app, "daibieu");
        var form = await delegateBrowser.GetPageAsync("/Questions/Write");
        var coSigners = CoSigner().Matches(form).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value).Trim()).ToList();
        Assert.True(coSigners.Count >= 20);
        Assert.Equal(coSigners.Order(VietnameseOrder.Names), coSigners);
    }

    [GeneratedRegex("<a href=\"/Organisation/People/Details/[0-9a-f-]{36}\">([^<]+)</a>")]
    private static partial Regex Linked();

    [GeneratedRegex("name=\"Input.CoSigners\" value=\"[0-9a-f-]{36}\"[^>]*>\\s*([^<]+)<")]
    private static partial Regex CoSigner();
}
