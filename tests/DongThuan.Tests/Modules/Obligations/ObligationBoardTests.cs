using System.Net;
using System.Text.Json;
using DongThuan.Tests.Harness;
using DongThuan.Tests.Modules.Petitions;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Notifications;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DongThuan.Tests.Modules.Obligations;

/// <summary>"Who owes what" across every kind of obligation, for the right people only, and the reminders that chase them.</summary>
public abstract class ObligationBoardTests
{
    private readonly AppFactory _app;

    protected ObligationBoardTests(AppFactory app)
    {
        app.RequireAvailable();
        _app = app;
    }

    private static DateOnly Today => VietnamTime.Today(TimeProvider.System);

    /// <summary>
    /// Issue 21: a page the cache does not serve runs at most ten queries, whoever asks (the office of the ward and of
    /// the district, a delegate, an executive officer): "my work", the board, the lists, a question and the annual report. Counted from EF
    /// Core's own report of each command, in the flow of the request only; the second visit is counted, as the first
    /// may fill the host's caches.
    /// </summary>
    [Fact]
    public async Task A_signed_in_page_runs_at_most_ten_queries()
    {
        var ids = await DemoIds.LoadAsync(_app);
        _app.Server.PreserveExecutionContext = true;
        var counts = new List<string>();
        foreach (var user in new[] { PetitionKit.Office, "thuongtruc", "daibieu", "ubnd" })
        {
            using var browser = await Browser.SignedInAs(_app, user);
            foreach (var url in new[] { "/", "/Obligations", "/Obligations/Mine", "/Questions", $"/Questions/Details/{ids.DaibieuQuestion}", "/Petitions", "/Sessions", "/Supervision",
                         "/Review", $"/Review/Annual/{ids.Council}/2022" })
            {
                // A page of another council's record is refused (a 404, or the sign-in page's "not yours"): its cost is counted too.
                Assert.True((int)(await browser.GetAsync(url)).StatusCode < 500, url);
                var queries = await QueryCounter.CountAsync(async () => await browser.GetAsync(url));
                counts.Add($"{user} {url}: {queries}");
                Assert.True(queries is > 0 and <= 10, string.Join("\n", counts));
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(string.Join("\n", counts));
    }

    /// <summary>A public petition to phường Cầu Giấy, routed by its office to the agency named; the answer it owes.</summary>
    private async Task<Guid> RoutedPetitionAsync(string agency)
    {
        var code = await PetitionKit.SubmitAsync(_app, PetitionKit.Unique("Hố ga mất nắp trên vỉa hè"), "Hố ga mất nắp, nguy hiểm cho người đi bộ.", $"{Guid.NewGuid():N}@example.com");
        var id = (await PetitionKit.ByCodeAsync(_app, code)).Id;
        using var office = await PetitionKit.ApiAsync(_app, PetitionKit.Office);
        var routed = await office.PostAsJsonAsync($"/api/v1/petitions/{id}/route", new { fieldId = PetitionKit.FieldId(1), level = "Commune", agencyBodyId = await PetitionKit.BodyAsync(_app, agency) });
        Assert.Equal(HttpStatusCode.OK, routed.StatusCode);
        return (await PetitionKit.ByCodeAsync(_app, code)).ObligationId!.Value;
    }

    /// <summary>
    /// A department of the ward's committee made for one test, so that who is told about its items is counted
    /// without the accounts other tests add to the demo's agencies at the same time.
    /// </summary>
    private Task<string> FreshAgencyAsync() => _app.WithDb(async (db, _) =>
    {
        var committee = await db.Bodies.SingleAsync(b => b.Name == PetitionKit.Committee);
        var unit = await db.Units.SingleAsync(u => u.Id == committee.UnitId);
        var name = $"Phòng thử {Guid.NewGuid():N}"[..18] + " phường Cầu Giấy";
        db.Bodies.Add(Body.Create(name, BodyKind.ExecutiveDepartment, unit, committee, new DateOnly(2025, 7, 1), null, true, out var outcome));
        Assert.True(outcome.Succeeded);
        await db.SaveChangesAsync();
        return name;
    });

    [Fact]
    public async Task The_board_counts_every_kind_by_agency_and_person_and_each_item_opens_its_timeline()
    {
        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        var board = await office.GetPageAsync("/Obligations");
        foreach (var kind in new[] { "Trả lời chất vấn của đại biểu", "Trả lời kiến nghị, phản ánh", "Tiếp thu, giải trình ý kiến thảo luận tổ", "Thực hiện cam kết tại phiên giải trình" })
        {
            Assert.Contains(kind, board, StringComparison.Ordinal);
        }

        Assert.Contains("Phòng Quản lý đô thị", board, StringComparison.Ordinal);
        Assert.Contains("Theo người chịu trách nhiệm", board, StringComparison.Ordinal);

        var overdue = await office.GetPageAsync("/Obligations?Status=VeryLate&Kind=petition.answer");
        var ids = System.Text.RegularExpressions.Regex.Matches(overdue, "/Obligations/Details/([0-9a-f-]{36})").Select(m => Guid.Parse(m.Groups[1].Value)).Distinct().ToList();
        Assert.NotEmpty(ids);
        var listed = await _app.WithDb((db, _) => db.Obligations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToListAsync());
        Assert.All(listed, o => Assert.Equal((ObligationStatus.VeryLate, "petition.answer"), (o.StatusOn(Today), o.Kind)));

        var details = await office.GetPageAsync($"/Obligations/Details/{ids[0]}");
        Assert.Contains("Đang giải quyết", details, StringComparison.Ordinal);
        Assert.Contains("/Petitions/Details/", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_board_filters_by_field_and_lists_only_that_fields_obligations()
    {
        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        var board = await office.GetPageAsync("/Obligations");
        Assert.Contains("<option value=\"Môi trường\">Môi trường</option>", board, StringComparison.Ordinal);
        var filtered = await office.GetPageAsync("/Obligations?Field=M%C3%B4i%20tr%C6%B0%E1%BB%9Dng&p=1");
        var ids = System.Text.RegularExpressions.Regex.Matches(filtered, "/Obligations/Details/([0-9a-f-]{36})").Select(m => Guid.Parse(m.Groups[1].Value)).Distinct().ToList();
        Assert.NotEmpty(ids);
        var listed = await _app.WithDb((db, _) => db.Obligations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToListAsync());
        Assert.All(listed, o => Assert.Equal(("petition.answer", "Môi trường"), (o.Kind, o.Field)));
        var expected = await _app.WithDb((db, _) => db.Obligations.CountAsync(o => o.Field == "Môi trường"));
        Assert.Equal(Math.Min(expected, IndexModelPageSize), ids.Count);

        // A petition routed now carries its field onto its obligation.
        var routed = await RoutedPetitionAsync(PetitionKit.Urban);
        Assert.Equal("Xây dựng – đô thị", await _app.WithDb((db, _) => db.Obligations.Where(o => o.Id == routed).Select(o => o.Field).SingleAsync()));
    }

    private const int IndexModelPageSize = DongThuan.Web.Modules.Obligations.IndexModel.PageSize;

    [Fact]
    public async Task An_agency_sees_only_its_own_obligations_on_the_board_the_API_and_its_own_page()
    {
        var urbanObligation = await RoutedPetitionAsync(PetitionKit.Urban);
        var ubndObligation = await RoutedPetitionAsync(PetitionKit.Committee);
        var officer = await PetitionKit.AgencyAccountAsync(_app, PetitionKit.Committee);
        using var official = await PetitionKit.ApiAsync(_app, officer, OtherCouncil.Password);
        using var list = JsonDocument.Parse(await official.GetStringAsync("/api/v1/obligations?state=open"));
        var mine = await _app.WithDb((db, _) => db.Set<RoleAssignment>().Where(r => r.ArchivedAt == null)
            .Join(db.Users.Where(u => u.UserName == officer), r => r.UserId, u => u.Id, (r, _) => r.BodyId!.Value).ToListAsync());
        var items = list.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Contains(i.GetProperty("ownerBodyId").GetGuid(), mine));
        Assert.All(items, i => Assert.Contains(i.GetProperty("state").GetString(), new[] { "open", "due-soon", "overdue", "very-late" }));
        Assert.Contains(items, i => i.GetProperty("id").GetGuid() == ubndObligation);
        Assert.DoesNotContain(items, i => i.GetProperty("id").GetGuid() == urbanObligation);

        using var browser = await Browser.SignedInAs(_app, officer, OtherCouncil.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/Obligations/Details/{urbanObligation}")).StatusCode);
        Assert.Contains(PetitionKit.Committee, await browser.GetPageAsync("/Obligations/Mine"), StringComparison.Ordinal);
        Assert.DoesNotContain(PetitionKit.Urban, await browser.GetPageAsync("/Obligations"), StringComparison.Ordinal);
        using var citizen = await Browser.SignedInAs(_app, "congdan");
        Assert.True(Responses.IsRefusal(await citizen.GetAsync("/Obligations")));
    }

    [Fact]
    public async Task The_office_reminds_from_an_item_and_from_the_board_and_the_agency_cannot()
    {
        var agencyName = await FreshAgencyAsync();
        var officer = await PetitionKit.AgencyAccountAsync(_app, agencyName);
        var one = await RoutedPetitionAsync(agencyName);
        var two = await RoutedPetitionAsync(agencyName);
        var three = await RoutedPetitionAsync(agencyName);
        var noAccounts = await RoutedPetitionAsync(await FreshAgencyAsync());
        Task<int> RemindsAsync(Guid id) => _app.WithDb((db, _) => db.Notifications.CountAsync(n => n.SubjectId == id && n.Kind == NotificationKinds.Remind));

        using var office = await Browser.SignedInAs(_app, PetitionKit.Office);
        var details = $"/Obligations/Details/{one}";
        Assert.Contains("Đôn đốc", await office.GetPageAsync(details), StringComparison.Ordinal);
        var sent = await office.SubmitAsync(details, new() { ["Message"] = "Đề nghị khẩn trương." }, $"{details}?handler=Remind");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var shown = await office.GetPageAsync(details);
        Assert.Matches("Đã đôn đốc [1-9][0-9]* người", shown);
        Assert.Contains("Đôn đốc", shown[shown.IndexOf("Quá trình xử lý", StringComparison.Ordinal)..], StringComparison.Ordinal);
        var people = await RemindsAsync(one);
        Assert.True(people > 0);

        // An agency with no account yet: nothing is sent, and the office is told to write instead.
        var nobody = $"/Obligations/Details/{noAccounts}";
        var unsent = await office.SubmitAsync(nobody, new() { ["Message"] = "" }, $"{nobody}?handler=Remind");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unsent.StatusCode);
        Assert.Contains("hãy gửi công văn đôn đốc", await unsent.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using (var api = await PetitionKit.ApiAsync(_app, PetitionKit.Office))
        {
            var noOne = await api.PostAsJsonAsync($"/api/v1/obligations/{noAccounts}/remind", new { message = "x" });
            Assert.Equal(HttpStatusCode.UnprocessableEntity, noOne.StatusCode);
            Assert.Equal("obligation-no-recipient", JsonDocument.Parse(await noOne.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString());
        }

        // From the board: three chosen, two reminded, one left for a letter; the first untouched. None chosen is refused.
        var board = $"/Obligations?Kind=petition.answer&From={Today.AddDays(1):yyyy-MM-dd}";
        Assert.Contains($"value=\"{two}\"", await office.GetPageAsync(board), StringComparison.Ordinal);
        var chosen = await office.SubmitWithListAsync(board, new() { ["Message"] = "" }, "Chosen", [two.ToString(), three.ToString(), noAccounts.ToString()], board + "&handler=Remind");
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        var after = await office.GetPageAsync(chosen.Headers.Location!.ToString());
        Assert.Contains($"Đã đôn đốc 2 việc, {2 * people} người được báo.", after, StringComparison.Ordinal);
        Assert.Contains("1 việc của cơ quan chưa có tài khoản", after, StringComparison.Ordinal);
        Assert.Equal((people, people, people, 0), (await RemindsAsync(one), await RemindsAsync(two), await RemindsAsync(three), await RemindsAsync(noAccounts)));
        var none = await office.SubmitWithListAsync(board, new() { ["Message"] = "" }, "Chosen", [], board + "&handler=Remind");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, none.StatusCode);
        Assert.Contains("Hãy chọn ít nhất một việc để đôn đốc.", await none.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The agency sees the item but no reminder button, and its post is refused with nothing sent.
        using var agency = await Browser.SignedInAs(_app, officer, OtherCouncil.Password);
        var ubndObligation = await RoutedPetitionAsync(agencyName);
        var own = $"/Obligations/Details/{ubndObligation}";
        Assert.DoesNotContain("handler=Remind", await agency.GetPageAsync(own), StringComparison.Ordinal);
        var refused = await agency.SubmitAsync(own, new() { ["Message"] = "x" }, $"{own}?handler=Remind");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(0, await RemindsAsync(ubndObligation));
    }

    [Fact]
    public async Task The_office_drafts_a_reminder_letter_to_an_agency_listing_its_overdue_items_and_exports_the_list()
    {
        var agency = await PetitionKit.BodyAsync(_app, "Phòng Quản lý đô thị");
        var overdue = await _app.WithDb((db, _) => db.Obligations.AsNoTracking()
            .Where(o => o.OwnerBodyId == agency && o.State == ObligationState.Open && o.DueOn < Today).OrderBy(o => o.DueOn).ToListAsync());
        Assert.NotEmpty(overdue);
        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        var board = await office.GetPageAsync($"/Obligations?BodyId={agency}");
        Assert.Contains("handler=Letter&amp;format=docx", board, StringComparison.Ordinal);

        var docx = await office.GetAsync($"/Obligations?BodyId={agency}&handler=Letter&format=docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
        {
            var body = word.MainDocumentPart!.Document!.Body!;
            var text = string.Join("\n", body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
            Assert.Contains("HĐND quận Cầu Giấy", text, StringComparison.Ordinal);
            Assert.Contains("V/v đôn đốc thực hiện các nội dung đã quá hạn", text, StringComparison.Ordinal);
            Assert.StartsWith("HỘI ĐỒNG NHÂN DÂN ", text, StringComparison.Ordinal);
            Assert.Contains("TM. THƯỜNG TRỰC HĐND\nCHỦ TỊCH", text, StringComparison.Ordinal);
            Assert.Contains("Kính gửi: Phòng Quản lý đô thị", text, StringComparison.Ordinal);
            Assert.Contains($"còn {overdue.Count:00} nội dung đã quá thời hạn", text, StringComparison.Ordinal);
            var table = body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Table>().Single(t => t.InnerText.StartsWith("STTNội dung", StringComparison.Ordinal));
            var rows = table.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Skip(1).ToList();
            Assert.Equal(overdue.Count, rows.Count);
            var first = rows[0].Descendants<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Select(c => c.InnerText).ToList();
            Assert.Equal(["1", overdue[0].Subject, "Trả lời kiến nghị, phản ánh", overdue[0].DueOn.ToString("dd/MM/yyyy"),
                (Today.DayNumber - overdue[0].DueOn.DayNumber).ToString(System.Globalization.CultureInfo.InvariantCulture)], first);
        }

        var pdf = await office.GetAsync($"/Obligations?BodyId={agency}&handler=Letter&format=pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..4]), StringComparison.Ordinal);

        // The agency itself, and another council's office, get no letter; an agency with nothing overdue gets none either.
        using var official = await Browser.SignedInAs(_app, "ubnd");
        Assert.Equal(HttpStatusCode.NotFound, (await official.GetAsync($"/Obligations?BodyId={agency}&handler=Letter&format=docx")).StatusCode);
        var other = await OtherCouncil.CreateAsync(_app);
        using var otherOffice = await Browser.SignedInAs(_app, other.OfficeUser, OtherCouncil.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await otherOffice.GetAsync($"/Obligations?BodyId={agency}&handler=Letter&format=docx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync($"/Obligations?BodyId={Guid.NewGuid()}&handler=Letter&format=docx")).StatusCode);

        // The list as filtered, every page of it, in Excel.
        var xlsx = await office.GetAsync($"/Obligations?BodyId={agency}&Status=VeryLate&handler=Xlsx");
        var sheet = await Sheets.ReadAsync(xlsx);
        var veryLate = await _app.WithDb((db, _) => db.Obligations.AsNoTracking().Where(o => o.OwnerBodyId == agency).ToListAsync());
        Assert.Equal(veryLate.Count(o => o.StatusOn(Today) == ObligationStatus.VeryLate), sheet.Count);
        Assert.All(sheet, r => Assert.Equal("Phòng Quản lý đô thị", r["Cơ quan"]));
        Assert.All(sheet, r => Assert.True(Convert.ToInt32(r["Số ngày quá hạn"], System.Globalization.CultureInfo.InvariantCulture) > 0));
    }

    [Fact]
    public async Task The_API_filters_by_state_kind_and_body_as_each_item_says_and_refuses_an_unknown_state()
    {
        using var office = await PetitionKit.ApiAsync(_app, "thuongtruc");
        foreach (var (state, allowed) in new[] { ("overdue", new[] { "overdue", "very-late" }), ("done", ["done-on-time", "done-late"]), ("due-soon", ["due-soon"]),
                     ("open", ["open", "due-soon", "overdue", "very-late"]) })
        {
            using var json = JsonDocument.Parse(await office.GetStringAsync($"/api/v1/obligations?state={state}"));
            Assert.All(json.RootElement.EnumerateArray(), i => Assert.Contains(i.GetProperty("state").GetString(), allowed));
        }

        var urban = await PetitionKit.BodyAsync(_app, "Phòng Quản lý đô thị");
        using var byKind = JsonDocument.Parse(await office.GetStringAsync($"/api/v1/obligations?kind=petition.answer&bodyId={urban}"));
        Assert.NotEmpty(byKind.RootElement.EnumerateArray());
        Assert.All(byKind.RootElement.EnumerateArray(), i =>
        {
            Assert.Equal("petition.answer", i.GetProperty("kind").GetString());
            Assert.Equal(urban, i.GetProperty("ownerBodyId").GetGuid());
            Assert.StartsWith("/Obligations/Details/", i.GetProperty("url").GetString(), StringComparison.Ordinal);
        });
        var bad = await office.GetAsync("/api/v1/obligations?state=late");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("overdue, due-soon, open", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reminders_go_before_the_due_date_and_on_the_day_it_is_overdue_once_each_even_from_two_instances()
    {
        var agencyName = await FreshAgencyAsync();
        var officer = await PetitionKit.AgencyAccountAsync(_app, agencyName);
        var obligationId = await RoutedPetitionAsync(agencyName);
        var obligation = await _app.WithDb((db, _) => db.Obligations.AsNoTracking().SingleAsync(o => o.Id == obligationId));
        var ubnd = await _app.WithDb((db, _) => db.Users.AsNoTracking().SingleAsync(u => u.UserName == officer));
        var clock = new FakeTimeProvider(new DateTimeOffset(obligation.DueOn.AddDays(-20).ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero));

        async Task<int> RunAsync() => await _app.WithDb(async (_, sp) =>
        {
            await using var scope = sp.CreateAsyncScope();
            var notifier = ActivatorUtilities.CreateInstance<Notifier>(scope.ServiceProvider, (TimeProvider)clock);
            return await ActivatorUtilities.CreateInstance<Reminders>(scope.ServiceProvider, (TimeProvider)clock, notifier).RunAsync(CancellationToken.None);
        });
        Task<List<Notification>> NotesAsync() => _app.WithDb((db, _) => db.Notifications.AsNoTracking().Where(n => n.UserId == ubnd.Id && n.Url == $"/Obligations/Details/{obligationId}").ToListAsync());

        await RunAsync();
        Assert.Empty(await NotesAsync());

        // Three working days before the due date: one reminder, sent again by nobody.
        var day = obligation.DueOn;
        for (var counted = 0; counted < 3;)
        {
            day = day.AddDays(-1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                counted++;
            }
        }

        clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero));
        await RunAsync();
        await RunAsync();
        var soon = Assert.Single(await NotesAsync());
        Assert.StartsWith("Sắp đến hạn", soon.Text, StringComparison.Ordinal);
        Assert.NotNull(soon.EmailedAt);

        // The day after the due date, from two instances at once: one overdue reminder.
        clock.SetUtcNow(new DateTimeOffset(obligation.DueOn.AddDays(1).ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero));
        await Task.WhenAll(RunAsync(), RunAsync());
        var notes = await NotesAsync();
        Assert.Equal(2, notes.Count);
        Assert.Single(notes, n => n.Text.StartsWith("Quá hạn", StringComparison.Ordinal));
        Assert.Equal(2, await _app.WithDb((db, _) => db.Set<ObligationReminder>().CountAsync(r => r.ObligationId == obligationId)));

        using var browser = await Browser.SignedInAs(_app, officer, OtherCouncil.Password);
        Assert.Contains(soon.Text, await browser.GetPageAsync("/Notifications"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_item_overdue_for_long_is_reminded_to_its_owner_and_the_office_and_every_week_each_gets_one_digest()
    {
        var ubnd = await _app.WithDb((db, _) => db.Users.AsNoTracking().SingleAsync(u => u.UserName == "ubnd"));
        var office = await _app.WithDb((db, _) => db.Users.AsNoTracking().SingleAsync(u => u.UserName == "thuongtruc"));
        var committee = await PetitionKit.BodyAsync(_app, "UBND quận Cầu Giấy");
        var clock = new FakeTimeProvider(new DateTimeOffset(2028, 3, 6, 2, 0, 0, TimeSpan.Zero)); // Monday 6 March 2028, 09:00 in Hanoi
        async Task RunAsync() => await _app.WithDb(async (_, sp) =>
        {
            await using var scope = sp.CreateAsyncScope();
            var notifier = ActivatorUtilities.CreateInstance<Notifier>(scope.ServiceProvider, (TimeProvider)clock);
            return await ActivatorUtilities.CreateInstance<Reminders>(scope.ServiceProvider, (TimeProvider)clock, notifier).RunAsync(CancellationToken.None);
        });
        Task<List<Notification>> NotesAsync(string userId, string url) => _app.WithDb((db, _) => db.Notifications.AsNoTracking().Where(n => n.UserId == userId && n.Url == url).ToListAsync());

        // An item of the committee that has been open and overdue for years (the demo's district, 2023 or before).
        var old = await _app.WithDb((db, _) => db.Obligations.AsNoTracking().Where(o => o.State == ObligationState.Open && o.OwnerBodyId == committee && o.DueOn < new DateOnly(2024, 1, 1))
            .OrderBy(o => o.DueOn).FirstAsync());
        await RunAsync();
        await RunAsync();
        foreach (var user in new[] { ubnd.Id, office.Id })
        {
            var overdue = Assert.Single(await NotesAsync(user, $"/Obligations/Details/{old.Id}"), n => n.Text.StartsWith("Quá hạn từ", StringComparison.Ordinal));
            Assert.Equal(NotificationKinds.Reminder, overdue.Kind);
        }

        // One digest a week for each: the owner's lists what it owes, the office's what is overdue in its unit.
        var owner = Assert.Single(await NotesAsync(ubnd.Id, "/Obligations/Mine"), n => n.CreatedAt == clock.GetUtcNow());
        Assert.StartsWith("Tuần này — Quý vị còn ", owner.Text, StringComparison.Ordinal);
        Assert.Contains($"{old.Subject} (hạn {old.DueOn:dd/MM/yyyy}", owner.Text, StringComparison.Ordinal);
        var kept = Assert.Single(await NotesAsync(office.Id, "/Obligations?Status=Overdue"), n => n.CreatedAt == clock.GetUtcNow());
        Assert.StartsWith("Tuần này — Trong đơn vị còn ", kept.Text, StringComparison.Ordinal);

        // Two councils, both with overdue records: each office's digest counts its own unit's, and only those.
        var monday = new DateOnly(2028, 3, 6);
        foreach (var (account, council) in new[] { ("thuongtruc", "HĐND quận Cầu Giấy"), ("phuong.vanphong", "HĐND phường Cầu Giấy") })
        {
            var unit = await _app.WithDb((db, _) => db.Bodies.Where(b => b.Name == council).Select(b => b.UnitId).SingleAsync());
            var owed = await _app.WithDb((db, _) => db.Obligations.CountAsync(o => o.UnitId == unit && o.State == ObligationState.Open && o.DueOn < monday));
            var user = await _app.WithDb((db, _) => db.Users.AsNoTracking().SingleAsync(u => u.UserName == account));
            var digest = Assert.Single(await NotesAsync(user.Id, "/Obligations?Status=Overdue"), n => n.CreatedAt == clock.GetUtcNow());
            Assert.True(owed > 0, $"{council} has overdue records");
            Assert.StartsWith($"Tuần này — Trong đơn vị còn {owed} việc quá hạn", digest.Text, StringComparison.Ordinal);
        }
        using (var browser = await Browser.SignedInAs(_app, "thuongtruc"))
        {
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(kept.Url)).StatusCode);
        }

        clock.Advance(TimeSpan.FromDays(3)); // Thursday: the same week, nothing again
        await RunAsync();
        Assert.Single(await NotesAsync(ubnd.Id, "/Obligations/Mine"), n => n.Text.StartsWith("Tuần này", StringComparison.Ordinal) && n.CreatedAt >= owner.CreatedAt);
        clock.Advance(TimeSpan.FromDays(4)); // the next Monday
        await RunAsync();
        Assert.Equal(2, (await NotesAsync(ubnd.Id, "/Obligations/Mine")).Count(n => n.Text.StartsWith("Tuần này", StringComparison.Ordinal) && n.CreatedAt >= owner.CreatedAt));
        Assert.Equal(2, (await NotesAsync(office.Id, "/Obligations?Status=Overdue")).Count(n => n.CreatedAt >= kept.CreatedAt));
        Assert.Single(await NotesAsync(ubnd.Id, $"/Obligations/Details/{old.Id}"), n => n.Text.StartsWith("Quá hạn từ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_user_who_chose_the_digest_gets_one_email_a_day_with_everything_and_none_at_once()
    {
        using var front = await Browser.SignedInAs(_app, "mttq");
        Assert.Equal(HttpStatusCode.Redirect, (await front.SubmitAsync("/Notifications", new() { ["Mode"] = "Digest" }, "/Notifications?handler=Mode")).StatusCode);
        var user = await _app.WithDb((db, _) => db.Users.AsNoTracking().SingleAsync(u => u.UserName == "mttq"));
        var mail = Path.Combine(await _app.WithDb((_, sp) => Task.FromResult(DatabaseSetup.DataDirectory(sp.GetRequiredService<IConfiguration>()))), "mail");
        int Mails() => Directory.Exists(mail) ? Directory.GetFiles(mail).Count(f => File.ReadAllText(f).Contains(user.Email!, StringComparison.Ordinal)) : 0;
        var before = Mails();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 23, 0, 0, TimeSpan.Zero)); // 06:00 in Hanoi on 2 December
        await _app.WithDb(async (_, sp) =>
        {
            await using var scope = sp.CreateAsyncScope();
            var notifier = ActivatorUtilities.CreateInstance<Notifier>(scope.ServiceProvider, (TimeProvider)clock);
            var staged = notifier.Stage([user.Id], "Việc một", "/Obligations");
            staged = [.. staged, .. notifier.Stage([user.Id], "Việc hai", "/Obligations")];
            var immediate = await notifier.MarkImmediateAsync(staged, CancellationToken.None);
            Assert.Empty(immediate.Messages); // the digest's reader is e-mailed by the digest alone
            await scope.ServiceProvider.GetRequiredService<DongThuanDb>().SaveChangesAsync();
            await notifier.SendAsync(immediate, CancellationToken.None);
            Assert.Equal(0, await notifier.SendDigestsAsync(CancellationToken.None)); // before 07:00
            return 0;
        });
        Assert.Equal(before, Mails());

        clock.Advance(TimeSpan.FromHours(2)); // 08:00
        var sent = await _app.WithDb(async (_, sp) =>
        {
            await using var a = sp.CreateAsyncScope();
            await using var b = sp.CreateAsyncScope();
            var runs = await Task.WhenAll(ActivatorUtilities.CreateInstance<Notifier>(a.ServiceProvider, (TimeProvider)clock).SendDigestsAsync(CancellationToken.None),
                ActivatorUtilities.CreateInstance<Notifier>(b.ServiceProvider, (TimeProvider)clock).SendDigestsAsync(CancellationToken.None));
            return runs.Sum();
        });
        Assert.Equal(1, sent);
        Assert.Equal(before + 1, Mails());
        var digest = Directory.GetFiles(mail).Select(File.ReadAllText).Single(t => t.Contains(user.Email!, StringComparison.Ordinal) && t.Contains("Việc một", StringComparison.Ordinal));
        Assert.Contains("Việc hai", digest, StringComparison.Ordinal);
    }
}

public sealed class ObligationBoardTestsOnSqlite(SqliteApp app) : ObligationBoardTests(app), IClassFixture<SqliteApp>;

public sealed class ObligationBoardTestsOnPostgres(PostgresApp app) : ObligationBoardTests(app), IClassFixture<PostgresApp>;
