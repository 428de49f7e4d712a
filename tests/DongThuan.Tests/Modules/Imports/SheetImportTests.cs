using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DongThuan.Tests.Harness;
using DongThuan.Tests.Modules.Petitions;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Questions;
using DongThuan.Web.Modules.Sessions;
using Microsoft.EntityFrameworkCore;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace DongThuan.Tests.Modules.Imports;

/// <summary>
/// A council office brings its paper past in from spreadsheets, through the API the import page uses: people with their
/// positions and an invited account, sessions with their documents and a resolution's vote, group opinions with their
/// responses, and questions with their steps, each on its real day. Valid rows are kept, refused rows are listed with
/// their reason and leave nothing behind (not even the part of the row before the refusal), running the same file again
/// adds nothing, and the council's annual report counts what came in.
/// </summary>
public abstract class SheetImportTests
{
    private readonly AppFactory _app;

    protected SheetImportTests(AppFactory app)
    {
        app.RequireAvailable();
        _app = app;
    }

    [Fact]
    public async Task An_office_imports_its_people_sessions_opinions_and_questions_row_by_row_and_a_second_run_adds_nothing()
    {
        var other = await OtherCouncil.CreateAsync(_app);
        var s = Guid.NewGuid().ToString("N")[..6];
        using var office = await PetitionKit.ApiAsync(_app, other.OfficeUser, OtherCouncil.Password);
        var councilName = await _app.WithDb((db, _) => db.Bodies.Where(b => b.Id == other.Council).Select(b => b.Name).SingleAsync());
        var group = $"Tổ đại biểu số 1 ({s})";
        var executive = $"UBND phường Nghĩa Đô ({s})";
        await Created(await office.PostAsJsonAsync("/api/v1/organisation/bodies", new { unitId = other.Unit, kind = "DelegateGroup", name = group, parentId = other.Council }));
        await Created(await office.PostAsJsonAsync("/api/v1/organisation/bodies", new { unitId = other.Unit, kind = "PeoplesCommittee", name = executive }));
        await Created(await office.PostAsJsonAsync("/api/v1/organisation/terms", new { councilId = other.Council, number = 1, from = "2025-07-01", to = "2031-06-30" }));

        // People: a delegate with an invited account (and a seat in the council), an official; three refused rows.
        var tam = $"Lê Văn Tám {s}";
        var chin = $"Phạm Thị Chín {s}";
        var people = Sheet(
            Row(("Họ tên", tam), ("Email", $"tam-{s}@nghiado.example"), ("Cơ quan", group), ("Chức vụ", "Tổ trưởng"), ("Từ ngày", "01/07/2025"), ("Tên đăng nhập", "tam-" + s), ("Vai trò", "Đại biểu HĐND")),
            Row(("Họ tên", tam), ("Email", $"tam-{s}@nghiado.example"), ("Cơ quan", councilName), ("Chức vụ", "Đại biểu HĐND phường"), ("Từ ngày", "01/07/2025"), ("Nhiệm kỳ", "1")),
            Row(("Họ tên", chin), ("Cơ quan", executive), ("Chức vụ", "Chủ tịch UBND"), ("Từ ngày", "01/07/2025")),
            Row(("Họ tên", "Người Lạ " + s), ("Cơ quan", "Cơ quan không có"), ("Chức vụ", "x"), ("Từ ngày", "01/07/2025")),
            Row(("Họ tên", "Ngày Sai " + s), ("Cơ quan", group), ("Chức vụ", "x"), ("Từ ngày", "31/02/2025")),
            Row(("Họ tên", "Vai Sai " + s), ("Email", $"sai-{s}@nghiado.example"), ("Cơ quan", group), ("Chức vụ", "Thành viên"), ("Từ ngày", "01/07/2025"), ("Tên đăng nhập", "sai-" + s), ("Vai trò", "Quản trị viên")));
        var report = await ImportAsync(office, "people", other.Council, people);
        AssertReport(report, total: 6, imported: 3, skipped: 0, ("import-body-unknown", 5), ("import-row-date", 6), ("import-role-unknown", 7));
        Assert.False(await _app.WithDb((db, _) => db.People.AnyAsync(p => p.FullName == "Vai Sai " + s)), "a refused row leaves nothing behind");
        Assert.Equal(1, await _app.WithDb((db, _) => db.People.CountAsync(p => p.FullName == tam)));
        Assert.Contains("/Accounts/SetPassword", await Mailbox.LatestToAsync(_app, $"tam-{s}@nghiado.example"), StringComparison.Ordinal);
        AssertReport(await ImportAsync(office, "people", other.Council, people), total: 6, imported: 0, skipped: 3, ("import-body-unknown", 5), ("import-row-date", 6), ("import-role-unknown", 7));

        // Sessions and their documents, a resolution with its vote.
        var sessions = Sheet(
            Row(("Kỳ họp số", "1"), ("Loại kỳ họp", "Thường lệ"), ("Khai mạc", "08/01/2026"), ("Bế mạc", "09/01/2026"), ("Loại văn bản", "Báo cáo"), ("Số", "5"), ("Ký hiệu", "BC-UBND"),
                ("Ngày ban hành", "02/01/2026"), ("Trích yếu", "Báo cáo kinh tế – xã hội năm 2025"), ("Cơ quan ban hành", executive)),
            Row(("Kỳ họp số", "1"), ("Loại kỳ họp", "Thường lệ"), ("Khai mạc", "08/01/2026"), ("Bế mạc", "09/01/2026"), ("Loại văn bản", "Nghị quyết"), ("Số", "1"), ("Ký hiệu", "NQ-HĐND"),
                ("Ngày ban hành", "09/01/2026"), ("Trích yếu", "Nghị quyết dự toán ngân sách 2026"), ("Tán thành", "20"), ("Không tán thành", "1"), ("Không biểu quyết", "0"), ("Vắng", "0")),
            Row(("Kỳ họp số", "2"), ("Loại kỳ họp", "chuyen de"), ("Khai mạc", "05/03/2026"), ("Bế mạc", "05/03/2026")),
            Row(("Kỳ họp số", "3"), ("Loại kỳ họp", "Lạ"), ("Khai mạc", "05/04/2026"), ("Bế mạc", "05/04/2026")));
        AssertReport(await ImportAsync(office, "sessions", other.Council, sessions), total: 4, imported: 3, skipped: 0, ("import-session-kind", 5));
        AssertReport(await ImportAsync(office, "sessions", other.Council, sessions), total: 4, imported: 0, skipped: 3, ("import-session-kind", 5));

        // Group opinions with responses on their days; a response dated before the session closed is refused, its opinion with it.
        var opinions = Sheet(
            Row(("Khai mạc kỳ họp", "08/01/2026"), ("Tổ đại biểu", group), ("Nội dung ý kiến", "Đề nghị làm rõ vốn sửa đường."), ("Tiếp thu, giải trình của UBND", "Đã bố trí vốn quý II."), ("Ngày trả lời", "20/01/2026")),
            Row(("Khai mạc kỳ họp", "08/01/2026"), ("Tổ đại biểu", "Tổ không có"), ("Nội dung ý kiến", "x")),
            Row(("Khai mạc kỳ họp", "08/01/2026"), ("Tổ đại biểu", group), ("Nội dung ý kiến", "Ý kiến trả lời trước bế mạc " + s), ("Tiếp thu, giải trình của UBND", "Sớm quá."), ("Ngày trả lời", "05/01/2026")));
        AssertReport(await ImportAsync(office, "opinions", other.Council, opinions), total: 3, imported: 1, skipped: 0, ("import-group-unknown", 3), ("date-before-previous", 4));
        Assert.False(await _app.WithDb((db, _) => db.GroupOpinions.AnyAsync(o => o.Content == "Ý kiến trả lời trước bế mạc " + s)));

        // Questions with their steps on their days; a step out of order is refused and the question with it.
        var questions = Sheet(
            Row(("Đại biểu", tam), ("Tiêu đề", "Nước sạch tổ 5"), ("Nội dung", "Bao giờ có nước sạch?"), ("Ngày nhận", "02/02/2026"), ("Ngày chuyển", "03/02/2026"), ("Cơ quan trả lời", executive),
                ("Vai trò người trả lời", "Chủ tịch UBND"), ("Người trả lời", chin), ("Ngày trả lời", "16/02/2026"), ("Nội dung trả lời", "Quý III hoàn thành."), ("Trách nhiệm", "UBND phường"),
                ("Biện pháp", "Lắp ống"), ("Thời hạn thực hiện", "Quý III/2026"), ("Đại biểu đồng ý", "Có"), ("Ngày đánh giá", "20/02/2026")),
            Row(("Đại biểu", tam), ("Tiêu đề", "Chợ tạm"), ("Nội dung", "Khi nào dời chợ tạm?"), ("Ngày nhận", "01/04/2026")),
            Row(("Đại biểu", tam), ("Tiêu đề", "Trả lời trước khi chuyển " + s), ("Nội dung", "x"), ("Ngày nhận", "01/05/2026"), ("Ngày chuyển", "05/05/2026"), ("Cơ quan trả lời", executive),
                ("Vai trò người trả lời", "Chủ tịch UBND"), ("Người trả lời", chin), ("Ngày trả lời", "02/05/2026"), ("Nội dung trả lời", "x"), ("Trách nhiệm", "x"), ("Biện pháp", "x"), ("Thời hạn thực hiện", "x")),
            Row(("Đại biểu", "Không phải đại biểu"), ("Tiêu đề", "x"), ("Nội dung", "x"), ("Ngày nhận", "01/04/2026")));
        AssertReport(await ImportAsync(office, "questions", other.Council, questions), total: 4, imported: 2, skipped: 0, ("date-before-previous", 4), ("import-delegate-unknown", 5));
        AssertReport(await ImportAsync(office, "questions", other.Council, questions), total: 4, imported: 0, skipped: 2, ("date-before-previous", 4), ("import-delegate-unknown", 5));
        Assert.False(await _app.WithDb((db, _) => db.Questions.AnyAsync(q => q.Title == "Trả lời trước khi chuyển " + s)));

        // The report counts what came in.
        var annual = await office.GetFromJsonAsync<JsonElement>($"/api/v1/reports/annual?councilId={other.Council}&year=2026");
        Assert.Equal(1, annual.GetProperty("sessions").GetProperty("regular").GetInt32());
        Assert.Equal(1, annual.GetProperty("sessions").GetProperty("thematic").GetInt32());
        Assert.Equal(1, annual.GetProperty("documentsReviewed").GetInt32());
        Assert.Equal(1, annual.GetProperty("resolutionsPassed").GetInt32());
        Assert.Equal(1, annual.GetProperty("groupDiscussionOpinionsAnswered").GetInt32());
        Assert.Equal(2, annual.GetProperty("writtenQuestions").GetProperty("total").GetInt32());
        Assert.Equal(1, annual.GetProperty("writtenQuestions").GetProperty("answeredOnTime").GetInt32());

        // Another council's office cannot import here; a file that is not a workbook is refused; the templates carry their columns.
        using var demoOffice = await PetitionKit.ApiAsync(_app, "thuongtruc");
        Assert.Equal(HttpStatusCode.Forbidden, (await Upload(demoOffice, "people", other.Council, people)).StatusCode);
        var notXlsx = await Upload(office, "people", other.Council, "Họ tên,Email\n"u8.ToArray());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notXlsx.StatusCode);
        var template = await office.GetByteArrayAsync("/api/v1/imports/questions/template");
        var header = MiniExcel.Query(new MemoryStream(template), useHeaderRow: true).Cast<IDictionary<string, object?>>().First();
        Assert.Contains("Ngày chuyển", header.Keys);
    }

    private static Dictionary<string, object?> Row(params (string Column, string Value)[] cells) => cells.ToDictionary(c => c.Column, c => (object?)c.Value);

    /// <summary>A workbook whose header is the union of the rows' columns (a blank cell where a row has none).</summary>
    private static byte[] Sheet(params Dictionary<string, object?>[] rows)
    {
        var columns = rows.SelectMany(r => r.Keys).Distinct().ToList();
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows.Select(r => columns.ToDictionary(c => c, c => r.GetValueOrDefault(c))).ToList());
        return stream.ToArray();
    }

    private static async Task<HttpResponseMessage> Upload(HttpClient client, string kind, Guid council, byte[] bytes)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", $"{kind}.xlsx");
        return await client.PostAsync($"/api/v1/imports/{kind}?councilId={council}", form);
    }

    private static async Task<JsonElement> ImportAsync(HttpClient client, string kind, Guid council, byte[] bytes)
    {
        var response = await Upload(client, kind, council, bytes);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The counts, and the refused rows by the code of their reason (the message is the refusal's own).</summary>
    private static void AssertReport(JsonElement report, int total, int imported, int skipped, params (string Code, int Row)[] rejected)
    {
        Assert.Equal((total, imported, skipped), (report.GetProperty("total").GetInt32(), report.GetProperty("imported").GetInt32(), report.GetProperty("skipped").GetInt32()));
        var rows = report.GetProperty("rejected").EnumerateArray()
            .Select(r => (Code: r.GetProperty("code").GetString()!, Row: r.GetProperty("row").GetInt32(), Reason: r.GetProperty("reason").GetString()!)).ToList();
        Assert.Equal(rejected, rows.Select(r => (r.Code, r.Row)));
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
    }

    private static async Task Created(HttpResponseMessage response) =>
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
}

public sealed class SheetImportTestsOnSqlite(SqliteApp app) : SheetImportTests(app), IClassFixture<SqliteApp>;

public sealed class SheetImportTestsOnPostgres(PostgresApp app) : SheetImportTests(app), IClassFixture<PostgresApp>;
