using System.Net;
using DongThuan.Tests.Harness;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Questions;
using DongThuan.Web.Modules.Sessions;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Tests.Modules.Portal;

/// <summary>The public record: what is public is there for anyone, and a closed session and its files are not, whatever address is typed.</summary>
public abstract class PublicRecordTests
{
    private readonly AppFactory _app;

    protected PublicRecordTests(AppFactory app)
    {
        app.RequireAvailable();
        _app = app;
    }

    [Fact]
    public async Task A_public_session_shows_its_agenda_resolutions_votes_and_files()
    {
        var ids = await DemoIds.LoadAsync(_app);
        using var reader = Browser.Open(_app);
        var list = WebUtility.HtmlDecode(await reader.GetPageAsync("/cong-khai/ky-hop"));
        Assert.Contains($"/cong-khai/ky-hop/{ids.Session2022}", list);
        var page = WebUtility.HtmlDecode(await reader.GetPageAsync($"/cong-khai/ky-hop/{ids.Session2022}"));
        var (agenda, resolution) = await _app.WithDb(async (db, _) => (
            await db.AgendaItems.Where(a => a.SessionId == ids.Session2022).OrderBy(a => a.Order).Select(a => a.Title).FirstAsync(),
            await db.Documents.Where(d => d.SessionId == ids.Session2022 && d.Type == DocumentType.Resolution && d.VotesFor != null).FirstAsync()));
        Assert.Contains(agenda, page);
        Assert.Contains(resolution.Symbol, page);
        Assert.Contains($"Tán thành {resolution.VotesFor}", page);

        // The hub links every part; the sitemap lists the session.
        var hub = WebUtility.HtmlDecode(await reader.GetPageAsync("/cong-khai"));
        foreach (var part in new[] { "/cong-khai/ky-hop", "/cong-khai/chat-van", "/Petitions/Answers", "/Supervision/Public", "/cong-khai/phoi-hop", "/cong-khai/giai-trinh" })
        {
            Assert.Contains($"href=\"{part}\"", hub);
        }

        Assert.Contains($"/cong-khai/ky-hop/{ids.Session2022}", await reader.Client.GetStringAsync("/sitemap.xml"));
    }

    [Fact]
    public async Task Answered_questions_explanations_and_the_programme_are_public_and_unanswered_questions_are_not()
    {
        var (answered, waiting) = await _app.WithDb(async (db, _) => (
            await db.Questions.Where(q => q.Answer != null).OrderBy(q => q.Id).Select(q => q.Title).FirstAsync(),
            await db.Questions.Where(q => q.Answer == null).Select(q => q.Title).ToListAsync()));
        using var reader = Browser.Open(_app);
        var questions = WebUtility.HtmlDecode(await reader.GetPageAsync("/cong-khai/chat-van?page=1"));
        var all = questions + string.Concat(await Task.WhenAll(Enumerable.Range(2, 3).Select(async p => WebUtility.HtmlDecode(await reader.GetPageAsync($"/cong-khai/chat-van?page={p}")))));
        Assert.Contains(answered, all);
        Assert.All(waiting, w => Assert.DoesNotContain(w, all));

        var explanation = await _app.WithDb((db, _) => db.ExplanationSessions.Where(e => e.IsPublic).Select(e => e.Topic).FirstAsync());
        Assert.Contains(explanation, WebUtility.HtmlDecode(await reader.GetPageAsync("/cong-khai/giai-trinh")));
        var task = await _app.WithDb((db, _) => db.Set<DongThuan.Web.Modules.Coordination.CoordinationTask>().Select(t => t.Title).FirstAsync());
        Assert.Contains(task, WebUtility.HtmlDecode(await reader.GetPageAsync("/cong-khai/phoi-hop")));
    }

    [Fact]
    public async Task The_public_questions_show_each_delegates_verdict_and_filter_by_year_agency_and_verdict()
    {
        const string NotAgreed1 = "Xử lý vi phạm trật tự xây dựng tại phường Dịch Vọng Hậu";
        const string NotAgreed2 = "Cấp giấy chứng nhận quyền sử dụng đất tồn đọng tại phường Mai Dịch";
        const string Agreed = "Ùn tắc giao thông giờ cao điểm tại nút Cầu Giấy – Xuân Thủy";
        using var reader = Browser.Open(_app);
        static int Count(string page) => System.Text.RegularExpressions.Regex.Count(page, "<article class=\"record\"");

        // 2022's nine questions: the two whose delegates did not agree say so and what they asked for next, though the questions are closed.
        var year = WebUtility.HtmlDecode(await reader.GetPageAsync("/cong-khai/chat-van?Year=2022"));
        Assert.True(Count(year) >= 9);
        var notAgreed = WebUtility.HtmlDecode(await reader.GetPageAsync("/cong-khai/chat-van?Year=2022&Verdict=NotSatisfied"));
        Assert.Equal(2, Count(notAgreed));
        Assert.Contains(NotAgreed1, notAgreed, StringComparison.Ordinal);
        Assert.Contains(NotAgreed2, notAgreed, StringComparison.Ordinal);
        Assert.Contains("Chưa đồng ý</span> — Đề nghị thảo luận tại phiên họp Thường trực HĐND", notAgreed, StringComparison.Ordinal);
        Assert.Contains("Chưa đồng ý</span> — Đề nghị đưa vào chương trình giám sát", notAgreed, StringComparison.Ordinal);
        Assert.DoesNotContain(Agreed, notAgreed, StringComparison.Ordinal);
        var agreed = WebUtility.HtmlDecode(await reader.GetPageAsync("/cong-khai/chat-van?Year=2022&Verdict=Satisfied"));
        Assert.Equal(7, Count(agreed));
        Assert.Contains(Agreed, agreed, StringComparison.Ordinal);
        Assert.DoesNotContain(NotAgreed1, agreed, StringComparison.Ordinal);
        Assert.DoesNotContain("Đã kết thúc</span>", agreed, StringComparison.Ordinal);

        // By answering agency: only that agency's answers.
        var urban = await _app.WithDb((db, _) => db.Bodies.Where(b => b.Name == "Phòng Quản lý đô thị").Select(b => b.Id).SingleAsync());
        var byAgency = WebUtility.HtmlDecode(await reader.GetPageAsync($"/cong-khai/chat-van?Year=2022&Agency={urban}"));
        Assert.Equal(2, Count(byAgency));
        Assert.Contains(Agreed, byAgency, StringComparison.Ordinal);
        Assert.Contains(NotAgreed1, byAgency, StringComparison.Ordinal);
        Assert.Contains("Không có câu hỏi nào khớp bộ lọc.", WebUtility.HtmlDecode(await reader.GetPageAsync("/cong-khai/chat-van?Year=1999")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_closed_session_and_its_files_cannot_be_reached_by_guessing_their_addresses()
    {
        var ids = await DemoIds.LoadAsync(_app);
        var (closedId, attachmentId, openAttachmentId) = await _app.WithDb(async (db, _) =>
        {
            var council = await db.Bodies.SingleAsync(b => b.Id == ids.Council);
            var term = await db.Terms.SingleAsync(t => t.Id == ids.TermVI);
            var others = await db.Sessions.Where(s => s.CouncilId == council.Id).ToListAsync();
            var closed = Session.Plan(council, term, 90, SessionKind.Thematic, new DateOnly(2023, 3, 1), new DateOnly(2023, 3, 1), "Phòng họp kín", false, others, out var o);
            Assert.True(o.Succeeded, o.Refusal?.Message);
            db.Sessions.Add(closed);
            var ubnd = await db.Bodies.SingleAsync(b => b.Id == ids.PeoplesCommittee);
            var doc = Document.Register(ubnd, "UBND", DocumentType.Report, 990, new DateOnly(2023, 3, 1), "Báo cáo mật " + Guid.NewGuid().ToString("N")[..6], closed, null, null, [], out o);
            Assert.True(o.Succeeded, o.Refusal?.Message);
            db.Documents.Add(doc);
            var file = Attachment.For(doc, "bao-cao-mat.pdf", "application/pdf", 10, new string('0', 64));
            db.Attachments.Add(file);
            await db.SaveChangesAsync();
            var documents = db.Documents;
            var open = await db.Attachments.Where(a => documents.Any(d => d.Id == a.DocumentId && d.SessionId == ids.Session2022)).Select(a => (Guid?)a.Id).FirstOrDefaultAsync();
            return (closed.Id, file.Id, open);
        });

        using var reader = Browser.Open(_app);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/cong-khai/ky-hop/{closedId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/cong-khai/van-ban/{attachmentId}")).StatusCode);
        Assert.DoesNotContain(closedId.ToString(), await reader.GetPageAsync("/cong-khai/ky-hop"));
        Assert.DoesNotContain(closedId.ToString(), await reader.Client.GetStringAsync("/sitemap.xml"));
        Assert.DoesNotContain("Phòng họp kín", WebUtility.HtmlDecode(await reader.GetPageAsync("/cong-khai")));
        // Staff still see it on their side; the public one is only ever the public record.
        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync($"/Sessions/Details/{closedId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync($"/cong-khai/ky-hop/{closedId}")).StatusCode);

        if (openAttachmentId is { } open)
        {
            var download = await reader.GetAsync($"/cong-khai/van-ban/{open}");
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        }
    }

    [Fact]
    public async Task Pages_are_compressed_for_browsers_that_ask()
    {
        using var reader = Browser.Open(_app);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/cong-khai");
        request.Headers.AcceptEncoding.ParseAdd("br");
        using var response = await reader.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("br", response.Content.Headers.ContentEncoding);
    }
}

public sealed class PublicRecordTestsOnSqlite(SqliteApp app) : PublicRecordTests(app), IClassFixture<SqliteApp>;

public sealed class PublicRecordTestsOnPostgres(PostgresApp app) : PublicRecordTests(app), IClassFixture<PostgresApp>;
