using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using DongThuan.Tests.Harness;
using DongThuan.Tests.Modules.Petitions;
using DongThuan.Web.Infrastructure.OfficialDocuments;
using DongThuan.Web.Modules.Review;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace DongThuan.Tests.Modules.Review;

/// <summary>
/// The year-end review from the demo records: golden figures of 2022 (the seed article's), every figure
/// equal to the records it links to, the limitations naming the late and unsatisfying items, the DOCX in
/// the Decree 30 layout, the PDF's text, the XLSX read back, and the refusals. Both databases must give the
/// same golden figures, so they agree with each other.
/// </summary>
public abstract partial class AnnualReviewTests
{
    private readonly AppFactory _app;

    protected AnnualReviewTests(AppFactory app)
    {
        app.RequireAvailable();
        _app = app;
    }

    /// <summary>Every figure of the 2022 report, counted by hand from the demo data's design.</summary>
    private static readonly Dictionary<string, int> Golden2022 = new()
    {
        ["sessions.regular"] = 2, ["sessions.thematic"] = 1, ["sessions.urgent"] = 0,
        ["documents.reviewed"] = 66, ["documents.resolutions"] = 24, ["opinions.group"] = 35, ["opinions.group.answered"] = 35, ["opinions.group.unanswered"] = 0,
        ["questions.asked"] = 9, ["questions.answered"] = 9, ["questions.answered-on-time"] = 7, ["questions.answered-late"] = 2,
        ["questions.overdue"] = 0, ["questions.median-days"] = 9, ["questions.not-satisfied"] = 2, ["explanations.held"] = 1,
        ["petitions.received"] = 162, ["petitions.by-field"] = 162, ["petitions.by-level"] = 162, ["petitions.by-state"] = 162,
        ["petitions.answered"] = 149, ["petitions.answered-on-time"] = 111, ["petitions.answered-late"] = 38, ["petitions.overdue"] = 6,
        ["petitions.median-working-days"] = 149, ["petitions.reopened"] = 3,
        ["supervision.missions"] = 3, ["supervision.recommendations"] = 7, ["supervision.recommendations.done"] = 5,
        ["supervision.recommendations.overdue"] = 2, ["supervision.re-supervised"] = 0,
        ["coordination.tasks"] = 0, ["coordination.tasks.done-on-time"] = 0, ["coordination.tasks.done-late"] = 0, ["coordination.tasks.not-done"] = 0, ["coordination.tasks.overdue"] = 0,
        ["emulation.movements"] = 0, ["emulation.commendations"] = 0,
        // A petition's answer is owed 30 days from receipt (not routing): those received in late November fall due in 2022.
        ["obligations.due"] = 180, ["obligations.on-time"] = 136, ["obligations.late"] = 44,
    };

    private async Task<JsonElement> AnnualAsync(string user, int year)
    {
        var ids = await DemoIds.LoadAsync(_app);
        using var api = await PetitionKit.ApiAsync(_app, user);
        var response = await api.GetAsync($"/api/v1/reports/annual?councilId={ids.Council}&year={year}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task The_2022_report_states_the_seed_articles_figures()
    {
        var r = await AnnualAsync("thuongtruc", 2022);
        Assert.Equal(2022, r.GetProperty("year").GetInt32());
        Assert.Equal((2, 1, 0), (r.GetProperty("sessions").GetProperty("regular").GetInt32(), r.GetProperty("sessions").GetProperty("thematic").GetInt32(),
            r.GetProperty("sessions").GetProperty("urgent").GetInt32()));
        Assert.Equal(66, r.GetProperty("documentsReviewed").GetInt32());
        Assert.Equal(35, r.GetProperty("groupDiscussionOpinions").GetInt32());
        var q = r.GetProperty("writtenQuestions");
        Assert.Equal((9, 9, 7, 2, 2), (q.GetProperty("total").GetInt32(), q.GetProperty("answered").GetInt32(), q.GetProperty("answeredOnTime").GetInt32(),
            q.GetProperty("answeredLate").GetInt32(), q.GetProperty("notSatisfied").GetInt32()));
        Assert.Equal(17, q.GetProperty("medianDaysToAnswer").GetDouble());
        Assert.Equal(40, r.GetProperty("documentsByType").GetProperty("Báo cáo").GetInt32());
        Assert.Equal(26, r.GetProperty("documentsByType").GetProperty("Tờ trình").GetInt32());

        // Every registered figure, on this database; the other database must give the same.
        var figures = r.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("code").GetString()!, f => f.GetProperty("count").GetInt32());
        Assert.Equal(Golden2022.OrderBy(x => x.Key), figures.OrderBy(x => x.Key));
    }

    [Fact]
    public async Task The_limitations_name_the_late_and_the_unsatisfying_items()
    {
        var limitations = (await AnnualAsync("thuongtruc", 2022)).GetProperty("limitations").EnumerateArray().ToList();
        var late = limitations.Single(l => l.GetProperty("statistic").GetString() == "questions.answered-late");
        Assert.Contains("02/09 chất vấn được trả lời sau thời hạn", late.GetProperty("text").GetString());
        Assert.Equal(["Cấp giấy chứng nhận quyền sử dụng đất tồn đọng tại phường Mai Dịch", "Tiến độ giải phóng mặt bằng dự án mở rộng đường Nguyễn Khang"],
            late.GetProperty("items").EnumerateArray().Select(i => i.GetString()!).Order(StringComparer.Ordinal));
        var unsatisfied = limitations.Single(l => l.GetProperty("statistic").GetString() == "questions.not-satisfied");
        Assert.Contains("hiệu quả chưa cao", unsatisfied.GetProperty("text").GetString());
        Assert.Equal(["Cấp giấy chứng nhận quyền sử dụng đất tồn đọng tại phường Mai Dịch", "Xử lý vi phạm trật tự xây dựng tại phường Dịch Vọng Hậu"],
            unsatisfied.GetProperty("items").EnumerateArray().Select(i => i.GetString()!).Order(StringComparer.Ordinal));
        Assert.Contains(limitations, l => l.GetProperty("statistic").GetString() == "supervision.recommendations.overdue" && l.GetProperty("count").GetInt32() == 2);
        Assert.DoesNotContain(limitations, l => l.GetProperty("statistic").GetString()!.StartsWith("coordination", StringComparison.Ordinal));

        // 2023: the joint programme's late and undone tasks ("phối hợp có lúc chưa kịp thời") and the re-supervision.
        var y2023 = await AnnualAsync("thuongtruc", 2023);
        var c = y2023.GetProperty("coordination");
        Assert.Equal((10, 6, 2, 2), (c.GetProperty("tasks").GetInt32(), c.GetProperty("doneOnTime").GetInt32(), c.GetProperty("doneLate").GetInt32(), c.GetProperty("notDone").GetInt32()));
        Assert.Equal(3, y2023.GetProperty("supervision").GetProperty("reSupervised").GetInt32());
        var coordination = y2023.GetProperty("limitations").EnumerateArray().Single(l => l.GetProperty("statistic").GetString() == "coordination.tasks.done-late");
        Assert.Contains("Công tác phối hợp có lúc chưa kịp thời", coordination.GetProperty("text").GetString());
        Assert.Equal(4, coordination.GetProperty("items").GetArrayLength());
        Assert.Contains(y2023.GetProperty("limitations").EnumerateArray(), l => l.GetProperty("statistic").GetString() == "supervision.re-supervised"
            && l.GetProperty("text").GetString()!.Contains("02 thực hiện một phần", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_figure_on_the_report_page_equals_the_records_it_links_to()
    {
        var ids = await DemoIds.LoadAsync(_app);
        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        var page = await office.GetPageAsync($"/Review/Annual/{ids.Council}/2022");
        var links = FigureLink().Matches(page).Select(m => (Url: WebUtility.HtmlDecode(m.Groups[1].Value), Count: int.Parse(m.Groups[2].Value))).ToList();
        Assert.True(links.Count > 60, $"only {links.Count} figures on the page");
        foreach (var (url, count) in links)
        {
            var list = await office.GetPageAsync(url);
            var total = int.Parse(TotalOf().Match(list).Groups[1].Value);
            Assert.True(total == count, $"{url}: the report says {count}, the list has {total}");
            var rows = RecordLink().Count(list);
            Assert.True(rows == Math.Min(count, 100), $"{url}: {rows} rows listed for {count}");
        }
    }

    [Fact]
    public async Task The_dashboard_draws_its_tiles_on_the_server_and_ranks_only_agencies_with_enough_items()
    {
        var ids = await DemoIds.LoadAsync(_app);
        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        var page = await office.GetPageAsync($"/Review/Dashboard/{ids.Council}?year=2022");
        Assert.Equal(3, Regex.Count(page, "<figure class=\"chart "));
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);

        // Labels are whole text, not cut to fit a drawing; each chart has a legend; the headline figures come first.
        Assert.Contains("<span class=\"label\">Phòng Tài chính – Kế hoạch</span>", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.DoesNotContain("…</span>", page, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Count(page, "<ul class=\"legend\">"));
        Assert.True(page.IndexOf("<ul class=\"headline\"", StringComparison.Ordinal) < page.IndexOf("<figure class=\"chart", StringComparison.Ordinal));

        // 2022 is past: nothing "overdue now" on it, and 2021, with no records, is said to have none instead of a "+162".
        Assert.DoesNotContain("t-overdue", page, StringComparison.Ordinal);
        Assert.Contains("Năm 2021 không có số liệu để so sánh.", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.DoesNotContain("▲", page, StringComparison.Ordinal);

        // The current year shows what is overdue now; 2023 compares with 2022, which has records.
        var now = WebUtility.HtmlDecode(await office.GetPageAsync($"/Review/Dashboard/{ids.Council}"));
        Assert.Contains("t-overdue", now, StringComparison.Ordinal);
        Assert.Contains("Việc đang quá hạn", now, StringComparison.Ordinal);
        Assert.DoesNotContain("không có số liệu để so sánh", WebUtility.HtmlDecode(await office.GetPageAsync($"/Review/Dashboard/{ids.Council}?year=2023")), StringComparison.Ordinal);

        // /Review lists every year with records, 2023 included (no session was held in it), and none after this year.
        var years = WebUtility.HtmlDecode(await office.GetPageAsync("/Review"));
        Assert.Contains($"/Review/Annual/{ids.Council}/2023", years, StringComparison.Ordinal);
        Assert.Contains($"/Review/Annual/{ids.Council}/2022", years, StringComparison.Ordinal);

        // Phòng Tư pháp has 4 decided items (3 on time): listed, not ranked; Phòng Tài chính – Kế hoạch 5/5 is ranked.
        var tooFew = Regex.Match(WebUtility.HtmlDecode(page), "Chưa đủ số việc để xếp hạng: (.*?)</p>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("Phòng Tư pháp (3/4)", tooFew);
        Assert.DoesNotContain("Phòng Tài chính", tooFew);
        Assert.Contains("<span class=\"label\">Phòng Tài chính – Kế hoạch</span><span class=\"value\">100% (5/5)</span>", WebUtility.HtmlDecode(page));
        var dashboard = _app.Services.CreateScope().ServiceProvider.GetRequiredService<DongThuan.Web.Modules.Review.Dashboard>();
        var scope = DongThuan.Web.Modules.Statistics.StatisticScope.Year(ids.Council, ids.District, 2022, new DateOnly(2026, 1, 1));
        var tile = await dashboard.AgenciesAsync(scope, TestContext.Current.CancellationToken);
        Assert.All(tile.Ranked, r => Assert.True(r.OnTime + r.Late >= DongThuan.Web.Modules.Review.Dashboard.MinimumToRank));
        Assert.Equal(tile.Ranked.OrderByDescending(r => r.Rate).Select(r => r.Rate), tile.Ranked.Select(r => r.Rate));
        var months = await dashboard.PetitionsByMonthAsync(scope, TestContext.Current.CancellationToken);
        Assert.Equal(12, months.Count);
        Assert.Equal(162, months.Sum(m => m.Count));
    }

    [Fact]
    public async Task The_docx_has_the_decree_30_header_number_date_and_signature()
    {
        var ids = await DemoIds.LoadAsync(_app);
        using var office = await Browser.SignedInAs(_app, "thuongtruc");

        // Not yet edited (2023): the default date, 06/01 of the next year, padded.
        var fresh = await office.Client.GetAsync($"/Review/Annual/{ids.Council}/2023?handler=Docx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", fresh.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Cầu Giấy, ngày 06 tháng 01 năm 2024", DocxText(await fresh.Content.ReadAsByteArrayAsync()));

        var edited = await office.SubmitAsync($"/Review/Annual/{ids.Council}/2022", new()
        {
            ["Number"] = "7", ["IssuedOn"] = "2023-03-15", ["Opening"] = "Mở đầu do Thường trực soạn.", ["Assessment"] = "Đánh giá chung của năm.",
            ["Directions"] = "Phương hướng năm 2023.", ["Recipients"] = "Thường trực HĐND thành phố\nUBND quận", ["SignerName"] = "Nguyễn Văn Ký",
        });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var bytes = await office.Client.GetByteArrayAsync($"/Review/Annual/{ids.Council}/2022?handler=Docx");
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var body = doc.MainDocumentPart!.Document.Body!;
        var paragraphs = body.Descendants<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).ToList();
        Assert.Contains(OfficialDocument.Motto, paragraphs);
        Assert.Contains(OfficialDocument.Slogan, paragraphs);
        Assert.Contains("Số: 07/BC-HĐND", paragraphs);
        Assert.Contains("Cầu Giấy, ngày 15 tháng 3 năm 2023", paragraphs);
        Assert.Contains("HỘI ĐỒNG NHÂN DÂN QUẬN CẦU GIẤY", paragraphs);
        Assert.Contains("BÁO CÁO", paragraphs);
        Assert.Contains("TM. THƯỜNG TRỰC HĐND", paragraphs);
        Assert.Contains("Nơi nhận:", paragraphs);
        Assert.Equal("- Lưu: VT.", paragraphs.Last(p => p.StartsWith("- ", StringComparison.Ordinal)));
        Assert.Contains("Nguyễn Văn Ký", paragraphs);
        Assert.Contains("Mở đầu do Thường trực soạn.", paragraphs);
        // Section I is written from the figures, not tabulated: each part opens with sentences, empty parts (2022 had no joint
        // programme) are left out, a label of another year never shows; limitations are sentences, not lists of records.
        Assert.Contains("Năm 2022, HĐND quận Cầu Giấy tổ chức 02 kỳ họp thường lệ và 01 kỳ họp chuyên đề; xem xét 66 báo cáo, tờ trình (40 báo cáo, 26 tờ trình) và thông qua 24 nghị quyết.", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("Đại biểu HĐND gửi 09 chất vấn; 09 chất vấn đã được trả lời, trong đó 07 đúng hạn và 02 sau thời hạn", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("Thường trực HĐND tiếp nhận 162 kiến nghị của cử tri (76 qua tiếp xúc cử tri", StringComparison.Ordinal));
        Assert.Equal(["1. Công tác tổ chức kỳ họp", "2. Hoạt động chất vấn và giải trình", "3. Tiếp nhận, giải quyết kiến nghị của cử tri", "4. Hoạt động giám sát",
            "5. Thực hiện nghĩa vụ trả lời, giải quyết"], paragraphs.Where(p => Regex.IsMatch(p, @"^\d\. ")).ToList());
        Assert.Contains(paragraphs, p => p.StartsWith("Hoạt động chất vấn có lúc, có nơi hiệu quả chưa cao", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.Contains("Cụ thể:", StringComparison.Ordinal) || p.Contains('…') || p.Contains("01/7/2025", StringComparison.Ordinal));
        Assert.Single(body.Descendants<Table>(), t => t.InnerText.StartsWith("Lĩnh vựcSố kiến nghị", StringComparison.Ordinal));
        Assert.DoesNotContain(body.Descendants<Table>(), t => t.InnerText.StartsWith("Nội dungSố liệu", StringComparison.Ordinal));

        // One issuer block (the council written out, nothing above it) and the signer of the document's date.
        Assert.DoesNotContain("HĐND QUẬN CẦU GIẤY", paragraphs);
        Assert.DoesNotContain("THƯỜNG TRỰC", paragraphs);
        // The body is justified, as the decree asks.
        var sentence = body.Descendants<Paragraph>().First(p => p.InnerText.StartsWith("Năm 2022, HĐND quận", StringComparison.Ordinal));
        Assert.Equal(JustificationValues.Both, sentence.ParagraphProperties!.Justification!.Val!.Value);

        // The motto is bold; the date line italic; the body in Times New Roman 14 on A4 with the decree's margins.
        var motto = body.Descendants<Paragraph>().First(p => p.InnerText == OfficialDocument.Motto);
        Assert.NotNull(motto.Descendants<Bold>().FirstOrDefault());
        Assert.NotNull(body.Descendants<Paragraph>().First(p => p.InnerText.StartsWith("Cầu Giấy, ngày", StringComparison.Ordinal)).Descendants<Italic>().FirstOrDefault());
        var defaults = doc.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("Times New Roman", defaults.RunFonts!.Ascii!.Value);
        Assert.Equal("28", defaults.FontSize!.Val!.Value);
        var section = body.Elements<SectionProperties>().Single();
        Assert.Equal((11906u, 16838u), (section.GetFirstChild<PageSize>()!.Width!.Value, section.GetFirstChild<PageSize>()!.Height!.Value));
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal((1134, 1134, 1701u, 850u), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));
        Assert.NotNull(section.GetFirstChild<TitlePage>()); // no page number on page 1
    }

    [Fact]
    public async Task The_pdf_text_has_the_vietnamese_headings_and_the_xlsx_reads_back()
    {
        var ids = await DemoIds.LoadAsync(_app);
        using var office = await Browser.SignedInAs(_app, "daibieu");
        var pdf = await office.Client.GetAsync($"/Review/Annual/{ids.Council}/2022?handler=Pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var pdfBytes = await pdf.Content.ReadAsByteArrayAsync();
        Artefacts.Keep($"annual-report-2022-{GetType().Name}.pdf", pdfBytes);
        var text = PdfText(pdfBytes).Normalize(NormalizationForm.FormC);
        foreach (var heading in new[] { OfficialDocument.Motto, "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO", "I. KẾT QUẢ HOẠT ĐỘNG NĂM 2022", "1. Công tác tổ chức kỳ họp",
                     "2. Hoạt động chất vấn và giải trình", "3. Tiếp nhận, giải quyết kiến nghị của cử tri", "III. HẠN CHẾ", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023", "TM. THƯỜNG TRỰC HĐND", "Nơi nhận:",
                     "HỘI ĐỒNG NHÂN DÂN" })
        {
            Assert.Contains(heading, text);
        }

        Assert.Matches(@"Cầu Giấy, ngày \d\d tháng", text);
        AssertLaidOutAsTheWordFile(pdfBytes);

        var xlsx = await office.Client.GetByteArrayAsync($"/Review/Annual/{ids.Council}/2022?handler=Xlsx");
        using var stream = new MemoryStream(xlsx);
        Assert.Equal(["Số liệu", "Hạn chế"], MiniExcel.GetSheetNames(stream));
        var rows = stream.Query(useHeaderRow: true, sheetName: "Số liệu").Cast<IDictionary<string, object?>>().ToList();
        var reviewed = rows.Single(r => (string?)r["Mã chỉ tiêu"] == "documents.reviewed" && r["Nhóm"] is null);
        Assert.Equal(66d, Convert.ToDouble(reviewed["Số bản ghi"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(17d, Convert.ToDouble(rows.Single(r => (string?)r["Mã chỉ tiêu"] == "questions.median-days")["Giá trị"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(2, rows.Count(r => (string?)r["Mã chỉ tiêu"] == "documents.reviewed" && r["Nhóm"] is not null));
        var limits = stream.Query(useHeaderRow: true, sheetName: "Hạn chế").Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(limits, l => ((string?)l["Hạn chế"])!.Contains("hiệu quả chưa cao", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Refusals_wrong_council_wrong_role_bad_input_and_nothing_saved()
    {
        var ids = await DemoIds.LoadAsync(_app);
        using var anonymous = Browser.Open(_app);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.Client.GetAsync($"/api/v1/reports/annual?councilId={ids.Council}&year=2022")).StatusCode);
        using var citizen = await PetitionKit.ApiAsync(_app, "congdan");
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.GetAsync($"/api/v1/reports/annual?councilId={ids.Council}&year=2022")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.GetAsync("/api/v1/councils")).StatusCode);
        using var staff = await PetitionKit.ApiAsync(_app, "ubnd");
        var bad = await staff.GetAsync($"/api/v1/reports/annual?councilId={ids.Council}");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("year", await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/v1/reports/annual?councilId={Guid.NewGuid()}&year=2022")).StatusCode);
        var councils = JsonDocument.Parse(await staff.GetStringAsync("/api/v1/councils")).RootElement.EnumerateArray().ToList();
        Assert.Contains(councils, c => c.GetProperty("name").GetString() == "HĐND quận Cầu Giấy" && c.GetProperty("unit").GetString() == "Quận Cầu Giấy");

        // Staff of another council see neither this council's report nor its records.
        var other = await OtherCouncil.CreateAsync(_app);
        using var otherOffice = await Browser.SignedInAs(_app, other.OfficeUser, OtherCouncil.Password);
        Assert.True(Responses.IsRefusal(await otherOffice.GetAsync($"/Review/Annual/{ids.Council}/2022")));
        Assert.True(Responses.IsRefusal(await otherOffice.GetAsync($"/Statistics/Records?councilId={ids.Council}&year=2022&code=questions.asked")));
        Assert.True(Responses.IsRefusal(await otherOffice.GetAsync($"/Review/Dashboard/{ids.Council}")));
        Assert.Equal(HttpStatusCode.OK, (await otherOffice.GetAsync($"/Review/Annual/{other.Council}/2026")).StatusCode);
        using var otherApi = await PetitionKit.ApiAsync(_app, other.OfficeUser, OtherCouncil.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherApi.GetAsync($"/api/v1/reports/annual?councilId={ids.Council}&year=2022")).StatusCode);

        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync($"/Statistics/Records?councilId={ids.Council}&year=2022&code=no.such")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync($"/Review/Annual/{Guid.NewGuid()}/2022")).StatusCode);

        // A delegate reads the report but may not edit its narrative.
        using var delegateBrowser = await Browser.SignedInAs(_app, "daibieu");
        var form = new Dictionary<string, string>
        {
            ["Number"] = "3", ["IssuedOn"] = "2025-01-10", ["Opening"] = "Mở đầu", ["Assessment"] = "Đánh giá", ["Directions"] = "Phương hướng",
            ["Recipients"] = "UBND quận", ["SignerName"] = "Người ký",
        };
        Assert.True(Responses.IsRefusal(await delegateBrowser.SubmitAsync($"/Review/Annual/{ids.Council}/2024", form)));

        // The office: a date before the year's end, a missing signer, a number out of range — each refused, nothing saved.
        foreach (var (field, value, message) in new[]
                 {
                     ("IssuedOn", "2023-12-31", ReviewRefusals.IssuedBeforeYearEnd.Message), ("SignerName", " ", ReviewRefusals.Signer.Message),
                     ("Number", "0", ReviewRefusals.Number.Message),
                 })
        {
            var refused = await office.SubmitAsync($"/Review/Annual/{ids.Council}/2024", new Dictionary<string, string>(form) { [field] = value });
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Contains(message, WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        }

        Assert.False(await _app.WithDb((db, _) => db.Set<AnnualReportDraft>().AnyAsync(d => d.CouncilId == ids.Council && d.Year == 2024)));
        Assert.Equal(HttpStatusCode.Redirect, (await office.SubmitAsync($"/Review/Annual/{ids.Council}/2024", form)).StatusCode);
        Assert.True(await _app.WithDb((db, _) => db.Set<AnnualReportDraft>().AnyAsync(d => d.CouncilId == ids.Council && d.Year == 2024 && d.SignerName == "Người ký")));
    }

    [Fact]
    public async Task The_same_machinery_drafts_the_programme_the_forwarding_letter_and_the_supervision_report()
    {
        var ids = await DemoIds.LoadAsync(_app);
        var (programme, mission) = await _app.WithDb(async (db, _) => (
            await db.Set<DongThuan.Web.Modules.Coordination.CoordinationProgramme>().Where(p => p.Year == 2023).Select(p => p.Id).SingleAsync(),
            await db.Set<DongThuan.Web.Modules.Supervision.SupervisionMission>().Where(m => m.FormedOn.Year == 2022 && m.Conclusion != null).OrderBy(m => m.FormedOn).Select(m => m.Id).FirstAsync()));
        using var office = await Browser.SignedInAs(_app, "thuongtruc");

        var ctr = DocxText(await office.Client.GetByteArrayAsync($"/Coordination/Details/{programme}?handler=Document&format=docx"));
        Assert.Contains(OfficialDocument.Motto, ctr);
        Assert.Contains("Số: 01/CTr-HĐND-UBND-MTTQ", ctr);
        Assert.Contains("Cầu Giấy, ngày 06 tháng 01 năm 2023", ctr);
        Assert.Contains("CHƯƠNG TRÌNH", ctr);
        Assert.Equal(3, Regex.Count(ctr, @"^TM\. ", RegexOptions.Multiline));

        var letter = DocxText(await office.Client.GetByteArrayAsync($"/Questions/Details/{ids.DaibieuQuestion}?handler=Letter&format=docx"));
        Assert.Contains(OfficialDocument.UnnumberedLine(null, "HĐND-VP"), letter);
        Assert.Contains("V/v chuyển chất vấn của đại biểu HĐND", letter);
        Assert.Contains("Kính gửi: Chủ tịch UBND quận Cầu Giấy", letter);
        Assert.Contains("Tiến độ giải phóng mặt bằng dự án mở rộng đường Nguyễn Khang", letter);
        Assert.DoesNotContain("BÁO CÁO", letter);
        // The council's one issuer block and signature block, the chair of the forwarding day signing.
        var forwarded = await _app.WithDb((db, _) => db.Set<DongThuan.Web.Modules.Questions.Question>().Where(q => q.Id == ids.DaibieuQuestion).Select(q => q.ForwardedOn).SingleAsync());
        var chair = await _app.WithDb((db, _) => DongThuan.Web.Modules.Organisation.Heads.OfAsync(db, ids.Council, forwarded!.Value, CancellationToken.None));
        Assert.NotNull(chair);
        Assert.StartsWith("HỘI ĐỒNG NHÂN DÂN QUẬN CẦU GIẤY\n", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("\nTHƯỜNG TRỰC\n", letter, StringComparison.Ordinal);
        Assert.Contains($"TM. THƯỜNG TRỰC HĐND\nCHỦ TỊCH\n\n{chair.Name}", letter, StringComparison.Ordinal);

        Artefacts.Keep($"forwarding-letter-{GetType().Name}.pdf", await office.Client.GetByteArrayAsync($"/Questions/Details/{ids.DaibieuQuestion}?handler=Letter&format=pdf"));
        var report = await office.Client.GetAsync($"/Supervision/Details/{mission}?handler=Report&format=pdf");
        Assert.Equal("application/pdf", report.Content.Headers.ContentType?.MediaType);
        var reportBytes = await report.Content.ReadAsByteArrayAsync();
        Artefacts.Keep($"supervision-report-{GetType().Name}.pdf", reportBytes);
        var text = PdfText(reportBytes).Normalize(NormalizationForm.FormC);
        Assert.Contains("BÁO CÁO", text);
        Assert.Contains("IV. KIẾN NGHỊ", text);
        Assert.Contains("Kết quả giám sát", text);
        Assert.Contains("HỘI ĐỒNG NHÂN DÂN QUẬN", text); // the issuer wraps onto a second line beside the motto
        Assert.Matches(@"TM\. (THƯỜNG TRỰC HĐND|BAN [^\n]+|TỔ ĐẠI BIỂU[^\n]*)", text);

        // The drafts are the council office's: the executive, who answers the question, gets no letter; a bad format is not found.
        using var executive = await Browser.SignedInAs(_app, "ubnd");
        foreach (var url in new[] { $"/Questions/Details/{ids.DaibieuQuestion}?handler=Letter&format=docx", $"/Supervision/Details/{mission}?handler=Report&format=docx" })
        {
            var refused = await executive.GetAsync(url);
            Assert.True(Responses.IsRefusal(refused) || refused.StatusCode == HttpStatusCode.NotFound, $"{url}: {(int)refused.StatusCode}");
        }
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync($"/Supervision/Details/{mission}?handler=Report&format=odt")).StatusCode);
    }

    [Fact]
    public void Dates_pad_the_day_and_only_january_and_february()
    {
        Assert.Equal("Cầu Giấy, ngày 06 tháng 01 năm 2023", OfficialDates.PlaceAndDate("Cầu Giấy", new DateOnly(2023, 1, 6)));
        Assert.Equal("ngày 15 tháng 3 năm 2023", OfficialDates.DateText(new DateOnly(2023, 3, 15)));
        Assert.Equal("ngày 05 tháng 02 năm 2024", OfficialDates.DateText(new DateOnly(2024, 2, 5)));
        Assert.Equal("ngày 01 tháng 12 năm 2022", OfficialDates.DateText(new DateOnly(2022, 12, 1)));
        Assert.Equal("Số: 05/HĐND-VP", OfficialNumbers.NumberLine(5, null, "HĐND-VP"));
        Assert.Equal("Số: 12/BC-HĐND", OfficialNumbers.NumberLine(12, "BC", "HĐND"));
    }

    /// <summary>
    /// Read back with PdfPig: the rule under the title clears the title's letters (it ran into them), and the body is
    /// justified: the lines of its paragraphs end on the right margin (15 mm), not ragged.
    /// </summary>
    private static void AssertLaidOutAsTheWordFile(byte[] pdf)
    {
        using var read = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var page = read.GetPage(1);
        var summary = page.GetWords().First(w => w.Text == "Kết");
        var titleLetters = page.Letters.Where(l => Math.Abs(l.StartBaseLine.Y - summary.Letters[0].StartBaseLine.Y) < 0.5).ToList();
        var lowest = titleLetters.Min(l => l.BoundingBox.Bottom);
        var rules = page.Paths.Select(p => p.GetBoundingRectangle()).OfType<UglyToad.PdfPig.Core.PdfRectangle>()
            .Where(r => r.Height < 1.5 && r.Width > 50 && r.Top < lowest + 5).ToList();
        var rule = rules.OrderByDescending(r => r.Top).First();
        Assert.True(rule.Top < lowest - 2, $"the rule at {rule.Top:0.0} touches the title's letters reaching down to {lowest:0.0}");

        var right = page.Width - 15 * 72 / 25.4;
        var lines = page.Letters.Where(l => l.PointSize is > 13.5 and < 14.5 && !l.FontDetails.IsBold)
            .GroupBy(l => Math.Round(l.StartBaseLine.Y)).Select(g => g.Max(l => l.BoundingBox.Right)).ToList();
        Assert.True(lines.Count(end => Math.Abs(end - right) < 1.5) >= 6, $"justified lines ending at {right:0.0}: {string.Join(", ", lines.Select(e => e.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)))}");
    }

    private static string DocxText(byte[] bytes)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        return string.Join("\n", doc.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
    }

    /// <summary>The PDF's text as poppler's pdftotext reads it (required in CI; skipped where it is not installed).</summary>
    private static string PdfText(byte[] pdf)
    {
        if (!File.Exists("/usr/bin/pdftotext"))
        {
            if (Environment.GetEnvironmentVariable("DONGTHUAN_REQUIRE_ALL") == "1")
            {
                Assert.Fail("pdftotext (poppler-utils) is required (DONGTHUAN_REQUIRE_ALL=1)");
            }

            Assert.Skip("pdftotext (poppler-utils) is not installed");
        }

        var file = Path.GetTempFileName();
        File.WriteAllBytes(file, pdf);
        using var process = Process.Start(new ProcessStartInfo("/usr/bin/pdftotext", ["-enc", "UTF-8", file, "-"]) { RedirectStandardOutput = true, StandardOutputEncoding = Encoding.UTF8 })!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        File.Delete(file);
        Assert.Equal(0, process.ExitCode);
        return text;
    }

    [GeneratedRegex("<a href=\"(/Statistics/Records[^\"]+)\" data-code=\"[^\"]*\" data-key=\"[^\"]*\" data-count=\"(\\d+)\"")]
    private static partial Regex FigureLink();

    [GeneratedRegex("data-total=\"(\\d+)\"")]
    private static partial Regex TotalOf();

    [GeneratedRegex("class=\"record\"")]
    private static partial Regex RecordLink();

    [Fact]
    public async Task The_office_writes_the_reports_words_through_the_API_and_others_cannot()
    {
        var ids = await DemoIds.LoadAsync(_app);
        using var office = await Petitions.PetitionKit.ApiAsync(_app, "thuongtruc");
        var opening = "Năm 2019 là năm chuẩn bị sắp xếp đơn vị hành chính " + Guid.NewGuid().ToString("N")[..6];
        var text = new { number = 12, issuedOn = "2019-12-10", opening, assessment = "Hoạt động có nhiều chuyển biến.", directions = "Tiếp tục đổi mới.", recipients = "Như trên", signerName = "Nguyễn Văn A" };
        Assert.Equal(HttpStatusCode.NoContent, (await System.Net.Http.Json.HttpClientJsonExtensions.PutAsJsonAsync(office, $"/api/v1/reports/annual/{ids.Council}/2019/text", text)).StatusCode);
        using var pages = await Browser.SignedInAs(_app, "thuongtruc");
        Assert.Contains(opening, System.Net.WebUtility.HtmlDecode(await pages.GetPageAsync($"/Review/Annual/{ids.Council}/2019")), StringComparison.Ordinal);

        var refused = await System.Net.Http.Json.HttpClientJsonExtensions.PutAsJsonAsync(office, $"/api/v1/reports/annual/{ids.Council}/2019/text", text with { number = 0 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        using var delegateApi = await Petitions.PetitionKit.ApiAsync(_app, "daibieu");
        Assert.Equal(HttpStatusCode.Forbidden, (await System.Net.Http.Json.HttpClientJsonExtensions.PutAsJsonAsync(delegateApi, $"/api/v1/reports/annual/{ids.Council}/2019/text", text)).StatusCode);
        var other = await OtherCouncil.CreateAsync(_app);
        using var stranger = await Petitions.PetitionKit.ApiAsync(_app, other.OfficeUser, OtherCouncil.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await System.Net.Http.Json.HttpClientJsonExtensions.PutAsJsonAsync(stranger, $"/api/v1/reports/annual/{ids.Council}/2019/text", text)).StatusCode);
    }
}

public sealed class AnnualReviewTestsOnSqlite(SqliteApp app) : AnnualReviewTests(app), IClassFixture<SqliteApp>;

public sealed class AnnualReviewTestsOnPostgres(PostgresApp app) : AnnualReviewTests(app), IClassFixture<PostgresApp>;
