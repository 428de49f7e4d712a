using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DongThuan.Tests.Modules.Petitions;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using DongThuan.Tests.Harness;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Sessions;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Tests.Modules.Sessions;

/// <summary>The council's sessions: the demo's 2022, registering documents with files, and group opinions answered by the executive.</summary>
public abstract partial class SessionPagesTests
{
    private readonly AppFactory _app;

    protected SessionPagesTests(AppFactory app)
    {
        app.RequireAvailable();
        _app = app;
    }

    [Fact]
    public async Task The_demo_2022_matches_the_seed_article()
    {
        var ids = await DemoIds.LoadAsync(_app);
        await _app.WithDb(async db =>
        {
            var sessions = await db.Set<Session>().Where(s => s.CouncilId == ids.Council && s.StartsOn >= new DateOnly(2022, 1, 1) && s.StartsOn <= new DateOnly(2022, 12, 31)).ToListAsync();
            Assert.Equal(2, sessions.Count(s => s.Kind == SessionKind.Regular));
            Assert.Equal(1, sessions.Count(s => s.Kind == SessionKind.Thematic));
            var sessionIds = sessions.Select(s => s.Id).ToList();
            var documents = await db.Set<Document>().Where(d => d.SessionId != null && sessionIds.Contains(d.SessionId.Value)).ToListAsync();
            Assert.Equal(66, documents.Count(d => DocumentTypes.IsReportOrProposal(d.Type)));
            Assert.All(documents.Where(d => d.Type == DocumentType.Resolution), d => Assert.True(d.Passed));
            // Opinions recorded by other tests carry "Đề nghị bổ sung số liệu"; the demo's are the article's 35.
            var opinions = await db.Set<GroupOpinion>().Where(o => sessionIds.Contains(o.SessionId) && !o.Content.StartsWith("Đề nghị bổ sung số liệu về tiến độ")).ToListAsync();
            Assert.Equal(35, opinions.Count);
            Assert.All(opinions, o => Assert.NotNull(o.Response));
            var obligations = await db.Set<Obligation>().Where(o => o.Kind == GroupOpinion.ObligationKind && o.UnitId == ids.District).ToListAsync();
            Assert.Equal(35, obligations.Count(o => o.State == ObligationState.Fulfilled && !o.Subject.StartsWith("Đề nghị bổ sung số liệu về tiến độ")));
        });
        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        var page = await office.GetPageAsync($"/Sessions/Details/{ids.Session2022}");
        Assert.Contains("Kỳ họp thứ 4", page, StringComparison.Ordinal);
        Assert.Contains("01/BC-UBND", page, StringComparison.Ordinal);
        Assert.Contains("Thông qua", page, StringComparison.Ordinal);
    }

    private static MultipartFormDataContent Form(Dictionary<string, string> fields, string token, byte[]? file, string fileName)
    {
        var form = new MultipartFormDataContent();
        foreach (var (k, v) in fields)
        {
            form.Add(new StringContent(v), k);
        }

        form.Add(new StringContent(token), "__RequestVerificationToken");
        if (file is not null)
        {
            var content = new ByteArrayContent(file);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(content, "file", fileName);
        }

        return form;
    }

    [Fact]
    public async Task Office_registers_a_numbered_document_with_a_checked_file_and_duplicates_are_refused()
    {
        var ids = await DemoIds.LoadAsync(_app);
        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        // A session of its own, planned through the page: the demo's 2022 stays as the article counts it.
        var number = 10 + Random.Shared.Next(80);
        var planned = await office.SubmitAsync($"/Sessions/Plan?councilId={ids.Council}", new()
        {
            ["CouncilId"] = ids.Council.ToString(), ["Input.TermId"] = ids.TermVI.ToString(), ["Input.Number"] = $"{number}", ["Input.Kind"] = "Thematic",
            ["Input.StartsOn"] = "2023-06-27", ["Input.EndsOn"] = "2023-06-27", ["Input.Venue"] = "Hội trường UBND quận", ["Input.IsPublic"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, planned.StatusCode);
        var sessionId = Guid.Parse(planned.Headers.Location!.OriginalString.Split('/').Last());
        var url = $"/Sessions/RegisterDocument?sessionId={sessionId}";
        var html = await office.GetPageAsync(url);
        var token = WebUtility.HtmlDecode(TokenPattern().Matches(html).Last().Groups[1].Value);
        var fields = new Dictionary<string, string>
        {
            ["SessionId"] = sessionId.ToString(), ["Input.Type"] = "Report", ["Input.IssuerBodyId"] = ids.PeoplesCommittee.ToString(),
            ["Input.IssuerCode"] = "UBND", ["Input.IssuedOn"] = "2023-06-20", ["Input.Summary"] = "Báo cáo bổ sung về công tác phòng chống dịch",
        };
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n" + Guid.NewGuid());
        var count = await _app.WithDb((db, _) => db.Set<Document>().CountAsync());

        // A script renamed to .pdf is refused, and nothing at all is stored.
        var fake = await office.Client.PostAsync(url, Form(fields, token, Encoding.UTF8.GetBytes("<script>alert(1)</script>"), "baocao.pdf"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, fake.StatusCode);
        Assert.Contains(SessionRefusals.FileType.Message, await fake.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(count, await _app.WithDb((db, _) => db.Set<Document>().CountAsync()));

        var ok = await office.Client.PostAsync(url, Form(fields, token, pdf, "bao-cao.pdf"));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var (document, attachment) = await _app.WithDb(async (db, _) =>
        {
            var d = await db.Set<Document>().SingleAsync(x => x.Summary == "Báo cáo bổ sung về công tác phòng chống dịch");
            return (d, await db.Set<Attachment>().SingleAsync(a => a.DocumentId == d.Id));
        });
        Assert.Equal(2023, document.Year);
        Assert.Matches(@"^\d{2}/BC-UBND$", document.Symbol);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), attachment.Sha256);
        Assert.Equal("application/pdf", attachment.ContentType);

        var download = await office.GetAsync($"/Sessions/Download/{attachment.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);

        // The same number and symbol again: refused.
        fields["Input.Number"] = document.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var duplicate = await office.Client.PostAsync(url, Form(fields, token, null, ""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);
        Assert.Contains(SessionRefusals.DocumentNumberTaken.Message, await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_opinion_becomes_an_obligation_the_executive_fulfils()
    {
        var ids = await DemoIds.LoadAsync(_app);
        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        var group = await _app.WithDb((db, _) => db.Set<DongThuan.Web.Modules.Organisation.Body>()
            .Where(b => b.ParentBodyId == ids.Council && b.Kind == DongThuan.Web.Modules.Organisation.BodyKind.DelegateGroup).Select(b => b.Id).FirstAsync());
        var text = "Đề nghị bổ sung số liệu về tiến độ giải ngân " + Guid.NewGuid().ToString("N")[..4];
        var sessionId = await _app.WithDb((db, _) => db.Set<Session>().Where(s => s.CouncilId == ids.Council && s.Number == 6).Select(s => s.Id).SingleAsync());
        var recorded = await office.SubmitAsync($"/Sessions/Opinion?sessionId={sessionId}", new() { ["SessionId"] = sessionId.ToString(), ["GroupId"] = group.ToString(), ["Text"] = text });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var opinion = await _app.WithDb((db, _) => db.Set<GroupOpinion>().SingleAsync(o => o.Content == text));
        var obligation = await _app.WithDb((db, _) => db.Set<Obligation>().SingleAsync(o => o.Id == opinion.ObligationId));
        Assert.Equal(ids.PeoplesCommittee, obligation.OwnerBodyId);
        // Closed 16/12/2022 + 15 days = 31/12 (Saturday); 01/01/2023 is a Sunday holiday whose substitute is Monday 02/01 → Tuesday 03/01.
        Assert.Equal(new DateOnly(2023, 1, 3), obligation.DueOn);

        using var delegateBrowser = await Browser.SignedInAs(_app, "daibieu");
        Assert.True(Responses.IsRefusal(await delegateBrowser.GetAsync($"/Sessions/Respond/{opinion.Id}")));

        using var official = await Browser.SignedInAs(_app, "ubnd");
        var empty = await official.SubmitAsync($"/Sessions/Respond/{opinion.Id}", new() { ["Text"] = " " });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await official.SubmitAsync($"/Sessions/Respond/{opinion.Id}", new() { ["Text"] = "Tiếp thu; sẽ bổ sung trong báo cáo năm." })).StatusCode);
        Assert.Equal(ObligationState.Fulfilled, await _app.WithDb((db, _) => db.Set<Obligation>().Where(o => o.Id == opinion.ObligationId).Select(o => o.State).SingleAsync()));
        var again = await official.SubmitAsync($"/Sessions/Respond/{opinion.Id}", new() { ["Text"] = "Lần hai" });
        Assert.Contains(SessionRefusals.AlreadyResponded.Message, await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Office_takes_the_roll_and_others_only_read_it()
    {
        var ids = await DemoIds.LoadAsync(_app);
        var sessionId = await _app.WithDb((db, _) => db.Set<Session>().Where(s => s.CouncilId == ids.Council && s.Number == 5).Select(s => s.Id).SingleAsync());
        var sheet = $"/Sessions/AttendanceSheet/{sessionId}";
        Assert.Equal(40, await _app.WithDb((db, _) => db.Set<Attendance>().CountAsync(a => a.SessionId == sessionId)));
        var person = await _app.WithDb((db, _) => db.Set<Attendance>().Where(a => a.SessionId == sessionId && a.Status == AttendanceStatus.Present).Select(a => a.PersonId).FirstAsync());

        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        Assert.Equal(HttpStatusCode.Redirect, (await office.SubmitAsync(sheet, new() { [$"status[{person}]"] = "AbsentExcused", [$"status[{Guid.NewGuid()}]"] = "Present" })).StatusCode);
        Assert.Equal(AttendanceStatus.AbsentExcused, await _app.WithDb((db, _) => db.Set<Attendance>().Where(a => a.SessionId == sessionId && a.PersonId == person).Select(a => a.Status).SingleAsync()));
        Assert.Equal(40, await _app.WithDb((db, _) => db.Set<Attendance>().CountAsync(a => a.SessionId == sessionId))); // the stranger id was ignored

        using var delegateBrowser = await Browser.SignedInAs(_app, "daibieu");
        Assert.DoesNotContain("<select", await delegateBrowser.GetPageAsync(sheet), StringComparison.Ordinal);
        Assert.True(Responses.IsRefusal(await delegateBrowser.SubmitAsync(sheet, new() { [$"status[{person}]"] = "Present" })));
        Assert.Equal(AttendanceStatus.AbsentExcused, await _app.WithDb((db, _) => db.Set<Attendance>().Where(a => a.SessionId == sessionId && a.PersonId == person).Select(a => a.Status).SingleAsync()));
    }

    [Fact]
    public async Task Another_councils_office_cannot_plan_or_register_here()
    {
        var ids = await DemoIds.LoadAsync(_app);
        var other = await OtherCouncil.CreateAsync(_app);
        using var stranger = await Browser.SignedInAs(_app, other.OfficeUser, OtherCouncil.Password);
        Assert.True(Responses.IsRefusal(await stranger.GetAsync($"/Sessions/Plan?councilId={ids.Council}")));
        Assert.True(Responses.IsRefusal(await stranger.GetAsync($"/Sessions/RegisterDocument?sessionId={ids.Session2022}")));
        Assert.True(Responses.IsRefusal(await stranger.GetAsync($"/Sessions/Opinion?sessionId={ids.Session2022}")));
    }

    [Fact]
    public async Task The_sessions_list_filters_sorts_and_downloads_what_it_shows()
    {
        var ids = await DemoIds.LoadAsync(_app);
        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        static List<string> Labels(string page) => [.. SessionLink().Matches(page).Select(m => m.Groups[1].Value)];

        // 2022 of the district council, by number: the article's three sessions, in order, and the sheet in the same order.
        var byNumber = await office.GetPageAsync($"/Sessions?CouncilId={ids.Council}&Year=2022&Sort=Number&Asc=true");
        var labels = Labels(byNumber);
        Assert.Equal(3, labels.Count);
        Assert.Contains("aria-sort=\"ascending\"", byNumber, StringComparison.Ordinal);
        var numbers = labels.Select(l => int.Parse(l.Split(' ')[^1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(numbers.Order(), numbers);
        var sheet = await Sheets.ReadAsync(await office.GetAsync($"/Sessions?CouncilId={ids.Council}&Year=2022&Sort=Number&Asc=true&handler=Xlsx"));
        Assert.Equal(labels, sheet.Select(r => r["Kỳ họp"]?.ToString()));
        Assert.All(sheet, r => Assert.EndsWith("/2022", r["Khai mạc"]?.ToString(), StringComparison.Ordinal));

        // By documents, most first: the counts in the sheet fall.
        var byDocuments = (await Sheets.ReadAsync(await office.GetAsync("/Sessions?Sort=Documents&handler=Xlsx")))
            .Select(r => Convert.ToInt32(r["Văn bản"], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(byDocuments.Count >= 3, "the district's 2022 sessions at least");
        Assert.Equal(byDocuments.OrderDescending(), byDocuments);

        // Filters that make no sense show the whole list, not an error.
        Assert.Equal(Labels(await office.GetPageAsync("/Sessions")).Count, Labels(await office.GetPageAsync("/Sessions?Year=x&Sort=Sideways&p=-3")).Count);

        // Another council's office sees none of these, in the list or the sheet, and is offered its own council to plan.
        var other = await OtherCouncil.CreateAsync(_app);
        using var stranger = await Browser.SignedInAs(_app, other.OfficeUser, OtherCouncil.Password);
        var theirs = await stranger.GetPageAsync("/Sessions");
        Assert.Empty(Labels(theirs));
        Assert.Contains($"/Sessions/Plan?councilId={other.Council}", theirs, StringComparison.Ordinal);
        var theirSheet = await Sheets.ReadAsync(await stranger.GetAsync($"/Sessions?CouncilId={ids.Council}&handler=Xlsx"));
        Assert.All(theirSheet, r => Assert.True(string.IsNullOrEmpty(r["Kỳ họp"]?.ToString()), "an empty sheet has its header row alone"));
    }

    [Fact]
    public async Task The_roll_and_a_documents_file_are_recorded_through_the_API_by_the_office_of_the_unit_only()
    {
        var ids = await DemoIds.LoadAsync(_app);
        using var office = await PetitionKit.ApiAsync(_app, "thuongtruc");
        var roll = (await office.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{ids.Session2022}/attendance")).EnumerateArray().ToList();
        Assert.True(roll.Count >= 2, "the session has its term's delegates on the roll");
        var (first, second) = (roll[0].GetProperty("personId").GetGuid(), roll[1].GetProperty("personId").GetGuid());
        var marked = await office.PutAsJsonAsync($"/api/v1/sessions/{ids.Session2022}/attendance",
            new { entries = new object[] { new { personId = first, status = "Present" }, new { personId = second, status = "AbsentExcused" } } });
        Assert.Equal(HttpStatusCode.NoContent, marked.StatusCode);
        var after = (await office.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{ids.Session2022}/attendance")).EnumerateArray()
            .ToDictionary(l => l.GetProperty("personId").GetGuid(), l => l.GetProperty("status").GetString());
        Assert.Equal(("Present", "AbsentExcused"), (after[first], after[second]));

        // Someone not on the roll refuses the whole request: nothing changes.
        var stranger = await office.PutAsJsonAsync($"/api/v1/sessions/{ids.Session2022}/attendance",
            new { entries = new object[] { new { personId = first, status = "Absent" }, new { personId = Guid.NewGuid(), status = "Present" } } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, stranger.StatusCode);
        Assert.Equal("attendance-not-delegate", JsonDocument.Parse(await stranger.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString());
        Assert.Equal(AttendanceStatus.Present, await _app.WithDb((db, _) => db.Set<Attendance>().Where(a => a.SessionId == ids.Session2022 && a.PersonId == first).Select(a => a.Status).SingleAsync()));
        using var delegateApi = await PetitionKit.ApiAsync(_app, "daibieu");
        Assert.Equal(HttpStatusCode.Forbidden, (await delegateApi.PutAsJsonAsync($"/api/v1/sessions/{ids.Session2022}/attendance", new { entries = Array.Empty<object>() })).StatusCode);
        var other = await OtherCouncil.CreateAsync(_app);
        using var otherOffice = await PetitionKit.ApiAsync(_app, other.OfficeUser, OtherCouncil.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await otherOffice.GetAsync($"/api/v1/sessions/{ids.Session2022}/attendance")).StatusCode);

        // A document's file: a PDF is stored and downloads; a file that is not one of the kinds is refused; another council cannot.
        var document = await _app.WithDb((db, _) => db.Set<Document>().Where(d => d.SessionId == ids.Session2022).Select(d => d.Id).FirstAsync());
        static MultipartFormDataContent Upload(byte[] bytes, string name) => new() { { new ByteArrayContent(bytes), "file", name } };
        var pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray();
        var stored = await office.PostAsync($"/api/v1/sessions/documents/{document}/files", Upload(pdf, "bao-cao-ky.pdf"));
        Assert.Equal(HttpStatusCode.Created, stored.StatusCode);
        var attachment = JsonDocument.Parse(await stored.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        using var pages = await Browser.SignedInAs(_app, "thuongtruc");
        var download = await pages.GetAsync($"/Sessions/Download/{attachment}");
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        var refused = await office.PostAsync($"/api/v1/sessions/documents/{document}/files", Upload("MZ not a pdf"u8.ToArray(), "bao-cao.pdf"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("file-type", JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await otherOffice.PostAsync($"/api/v1/sessions/documents/{document}/files", Upload(pdf, "x.pdf"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await pages.Client.PostAsync($"/api/v1/sessions/documents/{document}/files", Upload(pdf, "x.pdf"))).StatusCode);
        Assert.Equal(1, await _app.WithDb((db, _) => db.Set<Attachment>().CountAsync(a => a.DocumentId == document && a.FileName == "bao-cao-ky.pdf")));
    }

    [GeneratedRegex("<a href=\"/Sessions/Details/[^\"]+\">([^<]+)</a>")]
    private static partial Regex SessionLink();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

public sealed class SessionPagesTestsOnSqlite(SqliteApp app) : SessionPagesTests(app), IClassFixture<SqliteApp>;

public sealed class SessionPagesTestsOnPostgres(PostgresApp app) : SessionPagesTests(app), IClassFixture<PostgresApp>;
