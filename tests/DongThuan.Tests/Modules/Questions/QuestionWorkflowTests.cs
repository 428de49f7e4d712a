using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using DongThuan.Tests.Harness;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Calendar;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Questions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DongThuan.Tests.Modules.Questions;

/// <summary>Questions from the delegate's pen to the official's answer and back, through the pages and the API, for the right people only.</summary>
public abstract class QuestionWorkflowTests
{
    private readonly AppFactory _app;

    protected QuestionWorkflowTests(AppFactory app)
    {
        app.RequireAvailable();
        _app = app;
    }

    private static DateOnly Today => VietnamTime.Today(TimeProvider.System);

    private static DateOnly ExpectedDue(DateOnly from) =>
        DeadlineCalculator.Compute(from.ToDateTime(TimeOnly.MinValue), 20, DeadlineUnit.CalendarDays,
            new WorkingDays(new[] { from.Year, from.Year + 1 }.SelectMany(HolidayDefaults.For).Select(d => (d.Date, d.Kind, d.Name)))).Date;

    private Task<Question> Load(Guid id) => _app.WithDb((db, _) => db.Set<Question>().AsNoTracking().SingleAsync(q => q.Id == id));

    [Fact]
    public async Task The_list_filters_by_year_state_agency_and_words_sorts_by_a_column_and_downloads_what_it_shows()
    {
        var ids = await DemoIds.LoadAsync(_app);
        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        var of2022 = await _app.WithDb((db, _) => db.Set<Question>().AsNoTracking()
            .Where(q => q.UnitId == ids.District && q.SubmittedOn >= new DateOnly(2022, 1, 1) && q.SubmittedOn <= new DateOnly(2022, 12, 31)).ToListAsync());
        Assert.NotEmpty(of2022);

        // By year, then sorted by title: the page counts and lists exactly that year's questions, in title order.
        var page = WebUtility.HtmlDecode(await office.GetPageAsync("/Questions?Year=2022&Sort=Title&Asc=true"));
        Assert.Contains($"{of2022.Count} chất vấn", page, StringComparison.Ordinal);
        var titles = System.Text.RegularExpressions.Regex.Matches(page, "<a href=\"/Questions/Details/[^\"]+\">([^<]+)</a>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(of2022.Select(q => q.Title).Order(StringComparer.Ordinal), titles);
        Assert.Contains("aria-sort=\"ascending\"", page, StringComparison.Ordinal);
        var reversed = WebUtility.HtmlDecode(await office.GetPageAsync("/Questions?Year=2022&Sort=Title"));
        Assert.Equal(titles.AsEnumerable().Reverse(), System.Text.RegularExpressions.Regex.Matches(reversed, "<a href=\"/Questions/Details/[^\"]+\">([^<]+)</a>").Select(m => m.Groups[1].Value));

        // By answer deadline, the latest first: the deadlines on the page run down.
        var byDue = WebUtility.HtmlDecode(await office.GetPageAsync("/Questions?Year=2022&Sort=Due"));
        Assert.Contains("aria-sort=\"descending\"><a href=\"/Questions?Year=2022&Sort=Due&Asc=true\">", byDue, StringComparison.Ordinal);
        var dues = System.Text.RegularExpressions.Regex.Matches(byDue, @"data-label=""Hạn trả lời""><span>(\d\d/\d\d/\d{4})").Select(m => DateOnly.ParseExact(m.Groups[1].Value, "dd/MM/yyyy")).ToList();
        Assert.NotEmpty(dues);
        Assert.Equal(dues.OrderDescending(), dues);

        // By state and by answering agency: only those.
        var notSatisfied = of2022.Where(q => q.State == QuestionState.NotSatisfied).ToList();
        var byState = WebUtility.HtmlDecode(await office.GetPageAsync("/Questions?Year=2022&State=NotSatisfied"));
        Assert.Contains($"{notSatisfied.Count} chất vấn", byState, StringComparison.Ordinal);
        var agency = of2022.First(q => q.RespondentBodyId != null).RespondentBodyId!.Value;
        var byAgency = WebUtility.HtmlDecode(await office.GetPageAsync($"/Questions?Year=2022&AgencyId={agency}"));
        Assert.Contains($"{of2022.Count(q => q.RespondentBodyId == agency)} chất vấn", byAgency, StringComparison.Ordinal);

        // Words typed without their marks find the question through the search index.
        var target = of2022[0];
        var word = DongThuan.Web.Infrastructure.Text.VietnameseText.Words(target.Title).OrderByDescending(w => w.Length).First();
        var byWords = WebUtility.HtmlDecode(await office.GetPageAsync($"/Questions?Q={Uri.EscapeDataString(word)}"));
        Assert.Contains(target.Title, byWords, StringComparison.Ordinal);
        Assert.DoesNotContain("0 chất vấn", byWords, StringComparison.Ordinal);

        // The sheet holds what the page shows, in the same order.
        var xlsx = await office.GetAsync("/Questions?Year=2022&Sort=Title&Asc=true&handler=Xlsx");
        var sheet = await Sheets.ReadAsync(xlsx);
        Assert.Equal(titles, sheet.Select(r => r["Vấn đề"]?.ToString()));
        Assert.All(sheet, r => Assert.False(string.IsNullOrEmpty(r["Trạng thái"]?.ToString())));

        // Filters that make no sense are ignored, not a server error: the whole list, in the usual order.
        static string Count(string page) => System.Text.RegularExpressions.Regex.Match(page, @"(\d+) chất vấn").Groups[1].Value;
        var nonsense = WebUtility.HtmlDecode(await office.GetPageAsync("/Questions?State=Nope&Year=x&Sort=Sideways&Asc=maybe&AgencyId=42&p=-3"));
        Assert.NotEmpty(Count(nonsense));
        Assert.Equal(Count(WebUtility.HtmlDecode(await office.GetPageAsync("/Questions"))), Count(nonsense));

        // Not for a visitor.
        using var visitor = Browser.Open(_app);
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.GetAsync("/Questions?handler=Xlsx")).StatusCode);
    }

    [Fact]
    public async Task The_office_enters_a_question_received_on_paper_with_the_day_it_arrived_and_the_deadline_runs_from_it()
    {
        var ids = await DemoIds.LoadAsync(_app);
        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        var form = await office.GetPageAsync("/Questions/Receive");
        Assert.Contains(ids.Delegate.ToString(), form, StringComparison.Ordinal);
        var title = "Giấy: hệ thống thoát nước ngõ 12 " + Guid.NewGuid().ToString("N")[..6];
        Dictionary<string, string> Fields(string on) => new()
        {
            ["Input.DelegatePersonId"] = ids.Delegate.ToString(), ["Input.Channel"] = nameof(QuestionChannel.BetweenSessions),
            ["Input.Title"] = title, ["Input.Content"] = "Đề nghị trả lời bằng văn bản.", ["Input.On"] = on,
        };

        // A future day is refused and nothing is saved; the day it arrived is kept, and the deadline counts from it.
        var future = await office.SubmitAsync("/Questions/Receive", Fields(Today.AddDays(3).ToString("yyyy-MM-dd")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, future.StatusCode);
        Assert.False(await _app.WithDb((db, _) => db.Set<Question>().AnyAsync(q => q.Title == title)));
        var arrived = Today.AddDays(-40);
        var received = await office.SubmitAsync("/Questions/Receive", Fields(arrived.ToString("yyyy-MM-dd")));
        Assert.Equal(HttpStatusCode.Redirect, received.StatusCode);
        var id = Guid.Parse(received.Headers.Location!.OriginalString.Split('/')[^1]);
        var question = await Load(id);
        Assert.Equal(QuestionState.Submitted, question.State);
        Assert.Equal(arrived, question.SubmittedOn);
        Assert.Equal(ids.Delegate, question.AskedByPersonId);

        var forwarded = await office.SubmitAsync($"/Questions/Forward/{id}", new()
        {
            ["Input.Role"] = nameof(RespondentRole.PeoplesCommitteeChair), ["Input.BodyId"] = ids.PeoplesCommittee.ToString(),
            ["Input.RespondentName"] = "Chủ tịch UBND", ["Input.On"] = arrived.AddDays(1).ToString("yyyy-MM-dd"),
        });
        Assert.Equal(HttpStatusCode.Redirect, forwarded.StatusCode);
        var due = await _app.WithDb((db, _) => db.ObligationAsync(db.Set<Question>().Single(q => q.Id == id).ObligationId, CancellationToken.None));
        Assert.Equal(ExpectedDue(arrived), due!.DueOn);
        Assert.Contains(due.StatusOn(Today), new[] { ObligationStatus.Overdue, ObligationStatus.VeryLate });

        // The answer letter and the delegate's verdict came on paper too: the office records both on their days, on the pages.
        var answerForm = await office.GetPageAsync($"/Questions/Answer/{id}");
        Assert.Contains("name=\"Input.On\"", answerForm, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.LetterNumber\"", answerForm, StringComparison.Ordinal);
        var signedPdf = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"u8.ToArray();
        var answered = await office.SubmitFilesAsync($"/Questions/Answer/{id}", $"/Questions/Answer/{id}", new()
        {
            ["Input.Answer"] = "UBND đã nạo vét.", ["Input.Responsibility"] = "UBND phường", ["Input.Measures"] = "Nạo vét", ["Input.TimeFrame"] = "Quý này",
            ["Input.On"] = arrived.AddDays(10).ToString("yyyy-MM-dd"),
            ["Input.LetterNumber"] = "88/UBND", ["Input.LetterDate"] = arrived.AddDays(10).ToString("yyyy-MM-dd"), ["Input.SignerName"] = "Trần Văn Bình", ["Input.SignerTitle"] = "Chủ tịch UBND phường",
        }, ("letterFile", "88-UBND.pdf", signedPdf));
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var letter = await _app.WithDb((db, _) => db.Set<QuestionAnswer>().AsNoTracking().SingleAsync(a => a.QuestionId == id));
        Assert.Equal((1, "88/UBND", arrived.AddDays(10), "Trần Văn Bình", "88-UBND.pdf"), (letter.Round, letter.LetterNumber, letter.LetterDate!.Value, letter.SignerName, letter.FileName));
        var early = await office.SubmitAsync($"/Questions/Evaluate/{id}", new() { ["Input.Satisfied"] = "true", ["Input.On"] = arrived.AddDays(5).ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        // A date that cannot be read is refused with the date named, not taken as today; nothing is recorded.
        var unreadable = await office.SubmitAsync($"/Questions/Evaluate/{id}", new() { ["Input.Satisfied"] = "true", ["Input.On"] = "31/02/2026" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unreadable.StatusCode);
        Assert.Contains("Ngày «31/02/2026» không đọc được", WebUtility.HtmlDecode(await unreadable.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(QuestionState.Answered, (await Load(id)).State);
        // Typed day first, as the form shows it whatever the browser's language.
        var evaluated = await office.SubmitAsync($"/Questions/Evaluate/{id}", new() { ["Input.Satisfied"] = "true", ["Input.On"] = arrived.AddDays(12).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, evaluated.StatusCode);
        question = await Load(id);
        Assert.Equal(arrived.AddDays(10), question.AnsweredOn);
        var fulfilled = await _app.WithDb((db, _) => db.ObligationAsync(question.ObligationId, CancellationToken.None));
        Assert.Equal(arrived.AddDays(10), fulfilled!.FulfilledOn);

        // A delegate does not record paper questions for others.
        using var delegateBrowser = await Browser.SignedInAs(_app, "daibieu");
        Assert.NotEqual(HttpStatusCode.OK, (await delegateBrowser.GetAsync("/Questions/Receive")).StatusCode);
    }

    [Fact]
    public async Task The_demo_holds_the_articles_nine_written_questions_of_2022()
    {
        await _app.WithDb(async db =>
        {
            var questions = await db.Set<Question>().Where(q => q.SubmittedOn >= new DateOnly(2022, 1, 1) && q.SubmittedOn <= new DateOnly(2022, 12, 31)
                                                                 && q.Channel == QuestionChannel.BetweenSessions).ToListAsync();
            Assert.Equal(9, questions.Count);
            Assert.All(questions, q => Assert.NotNull(q.AnsweredOn));
            Assert.Equal(2, questions.Count(q => q.FollowUp is not null));
            var ids = questions.Select(q => q.ObligationId).ToList();
            var obligations = await db.Set<Obligation>().Where(o => ids.Contains(o.Id)).ToListAsync();
            Assert.Equal(9, obligations.Count);
            Assert.Equal(2, obligations.Count(o => o.StatusOn(new DateOnly(2023, 1, 6)) == ObligationStatus.DoneLate));
            Assert.Equal(7, obligations.Count(o => o.StatusOn(new DateOnly(2023, 1, 6)) == ObligationStatus.DoneOnTime));
            Assert.All(obligations, o => Assert.Contains("87/2015/QH13", o.DueExplanation, StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task A_question_goes_from_delegate_to_office_to_official_and_back_through_the_pages()
    {
        var ids = await DemoIds.LoadAsync(_app);
        using var delegateBrowser = await Browser.SignedInAs(_app, "daibieu");
        var title = "Chất lượng nước sinh hoạt tại phường Dịch Vọng " + Guid.NewGuid().ToString("N")[..4];
        var written = await delegateBrowser.SubmitAsync("/Questions/Write", new()
        {
            ["Input.Channel"] = nameof(QuestionChannel.BetweenSessions), ["Input.Title"] = title,
            ["Input.Content"] = "Đề nghị cho biết kết quả kiểm tra chất lượng nước sinh hoạt và biện pháp xử lý.",
        });
        Assert.Equal(HttpStatusCode.Redirect, written.StatusCode);
        var details = written.Headers.Location!.OriginalString;
        var id = Guid.Parse(details[(details.LastIndexOf('/') + 1)..]);
        Assert.Equal(QuestionState.Draft, (await Load(id)).State);

        Assert.Equal(HttpStatusCode.Redirect, (await delegateBrowser.SubmitAsync(details, [], details + "?handler=Submit")).StatusCode);
        Assert.Equal(QuestionState.Submitted, (await Load(id)).State);

        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        var forwarded = await office.SubmitAsync($"/Questions/Forward/{id}", new()
        {
            ["Input.Role"] = nameof(RespondentRole.PeoplesCommitteeChair), ["Input.BodyId"] = ids.PeoplesCommittee.ToString(),
            ["Input.RespondentName"] = "Chủ tịch UBND quận Cầu Giấy",
        });
        Assert.Equal(HttpStatusCode.Redirect, forwarded.StatusCode);
        var q = await Load(id);
        Assert.Equal(QuestionState.Forwarded, q.State);
        var obligation = await _app.WithDb((db, _) => db.Set<Obligation>().AsNoTracking().SingleAsync(o => o.Id == q.ObligationId));
        Assert.Equal(ExpectedDue(Today), obligation.DueOn);
        Assert.Equal(ids.PeoplesCommittee, obligation.OwnerBodyId);

        using var official = await Browser.SignedInAs(_app, "ubnd");
        var answerPage = $"/Questions/Answer/{id}";
        Assert.Equal(HttpStatusCode.Redirect, (await official.SubmitAsync(answerPage, new() { ["Input.Answer"] = "Đang lấy mẫu xét nghiệm, sẽ trả lời đầy đủ.", ["Input.Interim"] = "true" })).StatusCode);
        Assert.Equal(QuestionState.Forwarded, (await Load(id)).State);
        var incomplete = await official.SubmitAsync(answerPage, new() { ["Input.Answer"] = "Đã kiểm tra.", ["Input.Responsibility"] = "", ["Input.Measures"] = "", ["Input.TimeFrame"] = "" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, incomplete.StatusCode);
        Assert.Contains(QuestionRefusals.AnswerPartsRequired.Message, await incomplete.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await official.SubmitAsync(answerPage, new()
        {
            ["Input.Answer"] = "Kết quả xét nghiệm đạt quy chuẩn; đã yêu cầu súc rửa bể chứa.", ["Input.Responsibility"] = "Công ty nước sạch, UBND phường",
            ["Input.Measures"] = "Súc rửa bể chứa, lấy mẫu định kỳ hằng tháng", ["Input.TimeFrame"] = "Trong tháng này",
        })).StatusCode);
        Assert.Equal(QuestionState.Answered, (await Load(id)).State);

        var evaluate = $"/Questions/Evaluate/{id}";
        Assert.Equal(HttpStatusCode.Redirect, (await delegateBrowser.SubmitAsync(evaluate, new() { ["Input.Satisfied"] = "false", ["Input.FollowUp"] = nameof(FollowUp.FurtherAnswer), ["Input.Note"] = "Chưa nêu kết quả súc rửa." })).StatusCode);
        Assert.Equal(QuestionState.AwaitingFurtherAnswer, (await Load(id)).State);
        Assert.Equal(ObligationState.Open, await _app.WithDb((db, _) => db.Set<Obligation>().Where(o => o.Id == q.ObligationId).Select(o => o.State).SingleAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await official.SubmitAsync(answerPage, new()
        {
            ["Input.Answer"] = "Đã súc rửa 12 bể chứa; kết quả kiểm tra lại đạt.", ["Input.Responsibility"] = "UBND phường Dịch Vọng",
            ["Input.Measures"] = "Kiểm tra hằng tháng, công khai kết quả", ["Input.TimeFrame"] = "Từ tháng sau",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await delegateBrowser.SubmitAsync(evaluate, new() { ["Input.Satisfied"] = "true" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await office.SubmitAsync(details, [], details + "?handler=Close")).StatusCode);
        Assert.Equal(QuestionState.Closed, (await Load(id)).State);

        var page = await delegateBrowser.GetPageAsync(details);
        Assert.Contains("Đã súc rửa 12 bể chứa", page, StringComparison.Ordinal);
        Assert.Contains("Chưa nêu kết quả súc rửa.", page, StringComparison.Ordinal);
        var events = await _app.WithDb((db, _) => db.Set<TimelineEvent>().Where(e => e.SubjectId == id).Select(e => e.To).ToListAsync());
        Assert.Equal(["Answered", "Answered", "AwaitingFurtherAnswer", "Closed", "Forwarded", "Forwarded", "Satisfied", "Submitted"], events.Order(StringComparer.Ordinal));
        Assert.Equal(ObligationState.Fulfilled, await _app.WithDb((db, _) => db.Set<Obligation>().Where(o => o.Id == q.ObligationId).Select(o => o.State).SingleAsync()));
    }

    [Fact]
    public async Task Each_role_may_do_only_its_own_part()
    {
        var ids = await DemoIds.LoadAsync(_app);
        // A fresh question, forwarded to the people's committee.
        using var delegateBrowser = await Browser.SignedInAs(_app, "daibieu");
        var written = await delegateBrowser.SubmitAsync("/Questions/Write", new() { ["Input.Title"] = "Vấn đề thử quyền", ["Input.Content"] = "Nội dung" });
        var details = written.Headers.Location!.OriginalString;
        var id = Guid.Parse(details[(details.LastIndexOf('/') + 1)..]);

        // The official sees nothing before it is forwarded, and can never edit it.
        using var official = await Browser.SignedInAs(_app, "ubnd");
        Assert.Equal(HttpStatusCode.NotFound, (await official.GetAsync(details)).StatusCode);
        Assert.True(Responses.IsRefusal(await official.GetAsync($"/Questions/Write/{id}")));

        await delegateBrowser.SubmitAsync(details, [], details + "?handler=Submit");
        // The delegate cannot forward their own question.
        Assert.True(Responses.IsRefusal(await delegateBrowser.GetAsync($"/Questions/Forward/{id}")));
        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        await office.SubmitAsync($"/Questions/Forward/{id}", new() { ["Input.Role"] = "PeoplesCommitteeChair", ["Input.BodyId"] = ids.PeoplesCommittee.ToString(), ["Input.RespondentName"] = "Chủ tịch UBND" });

        // A delegate cannot answer; the committee member and the Front officer do not even see it.
        Assert.True(Responses.IsRefusal(await delegateBrowser.GetAsync($"/Questions/Answer/{id}")));
        using var member = await Browser.SignedInAs(_app, "uyvien");
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(details)).StatusCode);
        Assert.DoesNotContain("Vấn đề thử quyền", await member.GetPageAsync("/Questions"), StringComparison.Ordinal);
        Assert.Contains("Vấn đề thử quyền", await official.GetPageAsync("/Questions"), StringComparison.Ordinal);

        // Another council's office sees nothing, by page or API, and cannot act.
        var other = await OtherCouncil.CreateAsync(_app);
        using var stranger = await Browser.SignedInAs(_app, other.OfficeUser, OtherCouncil.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(details)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/Questions/Forward/{id}")).StatusCode);
        Assert.Equal("[]", await stranger.Client.GetStringAsync("/api/v1/questions"));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/questions/{id}")).StatusCode);
        Assert.Equal(QuestionState.Forwarded, (await Load(id)).State);
    }

    [Fact]
    public async Task A_question_at_a_session_names_it_co_signers_follow_it_and_an_extension_keeps_the_original_due_date()
    {
        var ids = await DemoIds.LoadAsync(_app);
        var daibieu = await _app.WithDb((db, _) => db.Users.Where(u => u.UserName == "daibieu").Select(u => u.PersonId).SingleAsync());
        var coSigner = await _app.WithDb((db, _) => db.Set<DongThuan.Web.Modules.Organisation.Position>()
            .Where(p => p.BodyId == ids.Council && p.Title == "Đại biểu HĐND" && p.PersonId != daibieu).OrderBy(p => p.PersonId).Select(p => p.PersonId).FirstAsync());
        using var delegateBrowser = await Browser.SignedInAs(_app, "daibieu");
        var noSession = await delegateBrowser.SubmitAsync("/Questions/Write", new() { ["Input.Channel"] = "AtSession", ["Input.Title"] = "Tại kỳ họp", ["Input.Content"] = "Nội dung" });
        Assert.Contains(QuestionRefusals.SessionRequired.Message, await noSession.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Among dozens of delegates, the co-signer is found by typing the name (a datalist, no script): "Thêm" shows the
        // form again with them ticked, nothing saved; a name that is no delegate of the council is refused.
        var coSignerName = await _app.WithDb((db, _) => db.People.Where(p => p.Id == coSigner).Select(p => p.FullName).SingleAsync());
        var form = await delegateBrowser.GetPageAsync("/Questions/Write");
        Assert.Contains("<datalist id=\"council-delegates\">", form, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{coSignerName}\">", form, StringComparison.Ordinal);
        Assert.Contains("formaction=\"/Questions/Write?handler=AddCoSigner\" formnovalidate", form, StringComparison.Ordinal);
        var added = await delegateBrowser.SubmitAsync("/Questions/Write", new() { ["Input.Title"] = "Nháp", ["Input.Content"] = "Nháp", ["Input.CoSignerName"] = coSignerName.ToUpperInvariant() },
            "/Questions/Write?handler=AddCoSigner");
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var addedPage = await added.Content.ReadAsStringAsync();
        Assert.Contains($"value=\"{coSigner}\" checked", addedPage, StringComparison.Ordinal);
        Assert.Contains("value=\"Nháp\"", addedPage, StringComparison.Ordinal);
        var unknown = await delegateBrowser.SubmitAsync("/Questions/Write", new() { ["Input.CoSignerName"] = "Không Có Ai" }, "/Questions/Write?handler=AddCoSigner");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Contains("Không có đại biểu tên này", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var written = await delegateBrowser.SubmitAsync("/Questions/Write", new()
        {
            ["Input.Channel"] = "AtSession", ["Input.SessionId"] = ids.Session2022.ToString(), ["Input.Title"] = "Chất vấn tại kỳ họp thứ 4 về ngân sách",
            ["Input.Content"] = "Đề nghị làm rõ nguyên nhân hụt thu.", ["Input.CoSigners"] = coSigner.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, written.StatusCode);
        var details = written.Headers.Location!.OriginalString;
        var id = Guid.Parse(details.Split('/').Last());
        var question = await Load(id);
        Assert.Equal(ids.Session2022, question.SessionId);
        Assert.Contains("Kỳ họp thứ 4", await delegateBrowser.GetPageAsync(details), StringComparison.Ordinal);
        Assert.Equal([coSigner], await _app.WithDb((db, _) => db.Set<QuestionCoSigner>().Where(c => c.QuestionId == id).Select(c => c.PersonId).ToListAsync()));

        // The co-signer, signed in with an account of their own, sees the question but cannot submit it.
        var coSignerUser = "dongky-" + Guid.NewGuid().ToString("N")[..6];
        await _app.WithDb(async (db, sp) =>
        {
            var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<DongThuan.Web.Modules.Accounts.AppUser>>();
            var user = new DongThuan.Web.Modules.Accounts.AppUser { UserName = coSignerUser, DisplayName = "Đại biểu đồng ký", PersonId = coSigner };
            Assert.True((await users.CreateAsync(user, "DongKy@2026x")).Succeeded);
            var group = await db.Set<DongThuan.Web.Modules.Organisation.Body>().FirstAsync(b => b.ParentBodyId == ids.Council && b.Kind == DongThuan.Web.Modules.Organisation.BodyKind.DelegateGroup);
            db.Set<DongThuan.Web.Modules.Accounts.RoleAssignment>().Add(DongThuan.Web.Modules.Accounts.RoleAssignment.Grant(user, DongThuan.Web.Modules.Accounts.AppRole.Delegate, group, out _));
            await db.SaveChangesAsync();
            return 0;
        });
        using var coSignerBrowser = await Browser.SignedInAs(_app, coSignerUser, "DongKy@2026x");
        Assert.Contains("Chất vấn tại kỳ họp thứ 4 về ngân sách", await coSignerBrowser.GetPageAsync(details), StringComparison.Ordinal);
        Assert.True(Responses.IsRefusal(await coSignerBrowser.SubmitAsync(details, [], details + "?handler=Submit")));

        await delegateBrowser.SubmitAsync(details, [], details + "?handler=Submit");
        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        await office.SubmitAsync($"/Questions/Forward/{id}", new() { ["Input.Role"] = "PeoplesCommitteeChair", ["Input.BodyId"] = ids.PeoplesCommittee.ToString(), ["Input.RespondentName"] = "Chủ tịch UBND" });
        var original = await _app.WithDb((db, _) => db.Set<Obligation>().AsNoTracking().SingleAsync(o => o.SubjectId == id));

        var earlier = await office.SubmitAsync(details, new() { ["newDue"] = original.DueOn.AddDays(-1).ToString("yyyy-MM-dd"), ["reason"] = "x" }, details + "?handler=Extend");
        Assert.Contains(ObligationRefusals.ExtensionNotLater.Message, await earlier.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var later = original.DueOn.AddDays(15);
        Assert.Equal(HttpStatusCode.Redirect, (await office.SubmitAsync(details, new() { ["newDue"] = later.ToString("yyyy-MM-dd"), ["reason"] = "Cần số liệu quyết toán" }, details + "?handler=Extend")).StatusCode);
        var extended = await _app.WithDb((db, _) => db.Set<Obligation>().AsNoTracking().SingleAsync(o => o.SubjectId == id));
        Assert.Equal(later, extended.DueOn);
        Assert.Equal(original.OriginalDueOn, extended.OriginalDueOn);
        // Answered after the original date but within the extension: on time for the reminder, late for the statistics.
        Assert.Equal(ObligationStatus.Open, extended.StatusOn(original.DueOn.AddDays(1)));

        // The delegate cannot extend.
        Assert.True(Responses.IsRefusal(await delegateBrowser.SubmitAsync(details, new() { ["newDue"] = later.AddDays(5).ToString("yyyy-MM-dd"), ["reason"] = "x" }, details + "?handler=Extend")));
    }

    [Fact]
    public async Task A_further_answer_asked_for_has_its_own_state_and_due_date_beside_the_original()
    {
        var ids = await DemoIds.LoadAsync(_app);
        using var delegateApi = await Petitions.PetitionKit.ApiAsync(_app, "daibieu");
        using var officeApi = await Petitions.PetitionKit.ApiAsync(_app, "thuongtruc");
        using var officialApi = await Petitions.PetitionKit.ApiAsync(_app, "ubnd");
        var created = await delegateApi.PostAsJsonAsync("/api/v1/questions", new { title = Petitions.PetitionKit.Unique("Tiến độ cải tạo chợ"), content = "Đề nghị cho biết tiến độ." });
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await delegateApi.PostAsJsonAsync($"/api/v1/questions/{id}/submit", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officeApi.PostAsJsonAsync($"/api/v1/questions/{id}/forward", new { role = "PeoplesCommitteeChair", bodyId = ids.PeoplesCommittee, respondentName = "Chủ tịch UBND quận" })).StatusCode);
        var first = new { answer = "Đang lập dự án.", responsibility = "Phòng Kinh tế", measures = "Lập dự án", timeFrame = "Quý IV" };
        Assert.Equal(HttpStatusCode.OK, (await officialApi.PostAsJsonAsync($"/api/v1/questions/{id}/answer", first)).StatusCode);
        var original = await _app.WithDb((db, _) => db.Obligations.AsNoTracking().SingleAsync(o => o.SubjectId == id));
        Task<int> OfficialToldAsync() => _app.WithDb((db, _) => db.Set<DongThuan.Web.Modules.Notifications.Notification>().Where(n => n.SubjectId == id && n.Kind == DongThuan.Web.Modules.Notifications.NotificationKinds.Turn)
            .Join(db.Users.Where(u => u.UserName == "ubnd"), n => n.UserId, u => u.Id, (n, _) => n.Id).CountAsync());
        var toldBefore = await OfficialToldAsync();

        // Not agreed, a further answer asked for: a state of its own, the official's turn again, a due date counted from today.
        Assert.Equal(HttpStatusCode.OK, (await delegateApi.PostAsJsonAsync($"/api/v1/questions/{id}/evaluate", new { satisfied = false, followUp = "FurtherAnswer", note = "Chưa nêu mốc thời gian." })).StatusCode);
        Assert.Equal(QuestionState.AwaitingFurtherAnswer, (await Load(id)).State);
        Assert.Equal(toldBefore + 1, await OfficialToldAsync());
        var reopened = await _app.WithDb((db, _) => db.Obligations.AsNoTracking().SingleAsync(o => o.SubjectId == id));
        Assert.Equal((ObligationState.Open, ExpectedDue(Today), original.OriginalDueOn), (reopened.State, reopened.DueOn, reopened.OriginalDueOn));
        using var delegateBrowser = await Browser.SignedInAs(_app, "daibieu");
        var page = await delegateBrowser.GetPageAsync($"/Questions/Details/{id}");
        Assert.Contains("Chờ trả lời bổ sung", page, StringComparison.Ordinal);
        Assert.Contains($"Hạn trả lời bổ sung</dt><dd>{reopened.DueOn:dd/MM/yyyy}", page, StringComparison.Ordinal);
        Assert.Contains($"Hạn trả lời ban đầu</dt><dd>{original.OriginalDueOn:dd/MM/yyyy}", page, StringComparison.Ordinal);

        // The further answer, then the delegate agrees; the public page reads the last verdict.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await delegateApi.PostAsJsonAsync($"/api/v1/questions/{id}/evaluate", new { satisfied = true })).StatusCode);
        // The further answer comes with its signed letter; a letter half given, badly numbered or dated before the forwarding is refused, and nothing is saved.
        async Task<string?> RefusedAsync(object body)
        {
            var r = await officialApi.PostAsJsonAsync($"/api/v1/questions/{id}/answer", body);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode);
            return JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString();
        }

        var further = "Khởi công tháng 11, xong quý II năm sau.";
        Assert.Equal("question-letter-incomplete", await RefusedAsync(new { answer = further, responsibility = "Phòng Kinh tế", measures = "Lập dự án", timeFrame = "Quý IV", letterNumber = "125/UBND-VP" }));
        Assert.Equal("question-letter-number", await RefusedAsync(new { answer = further, responsibility = "Phòng Kinh tế", measures = "Lập dự án", timeFrame = "Quý IV",
            letterNumber = "một trăm", letterDate = Today, signerName = "Nguyễn Văn An", signerTitle = "Chủ tịch UBND quận" }));
        Assert.Equal("question-letter-date", await RefusedAsync(new { answer = further, responsibility = "Phòng Kinh tế", measures = "Lập dự án", timeFrame = "Quý IV",
            letterNumber = "125/UBND-VP", letterDate = Today.AddDays(1), signerName = "Nguyễn Văn An", signerTitle = "Chủ tịch UBND quận" }));
        Assert.Equal(QuestionState.AwaitingFurtherAnswer, (await Load(id)).State);
        Assert.Equal(HttpStatusCode.OK, (await officialApi.PostAsJsonAsync($"/api/v1/questions/{id}/answer", new { answer = further, responsibility = "Phòng Kinh tế", measures = "Lập dự án",
            timeFrame = "Quý II", letterNumber = "Số: 125/ubnd-vp", letterDate = Today, signerName = "Nguyễn Văn An", signerTitle = "Chủ tịch UBND quận" })).StatusCode);

        // Both answers are kept, in order: the further one did not overwrite the first; the letter is written as Decree 30 writes it.
        var detail = JsonDocument.Parse(await officeApi.GetStringAsync($"/api/v1/questions/{id}")).RootElement.GetProperty("answers");
        Assert.Equal(2, detail.GetArrayLength());
        Assert.Equal(("Đang lập dự án.", 1), (detail[0].GetProperty("text").GetString(), detail[0].GetProperty("round").GetInt32()));
        Assert.Equal((further, "125/UBND-VP", "Nguyễn Văn An"), (detail[1].GetProperty("text").GetString(), detail[1].GetProperty("letterNumber").GetString(), detail[1].GetProperty("signerName").GetString()));
        Assert.Equal(JsonValueKind.Null, detail[1].GetProperty("letterUrl").ValueKind);

        // The letter's file, afterwards, through the API: a bearer token and a real PDF only; then anyone can open it.
        var pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"u8.ToArray();
        MultipartFormDataContent Upload(byte[] bytes, string name)
        {
            var form = new MultipartFormDataContent();
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new("application/pdf");
            form.Add(part, "file", name);
            return form;
        }

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await officialApi.PutAsync($"/api/v1/questions/{id}/answers/2/letter", Upload("<html>not a pdf</html>"u8.ToArray(), "x.pdf"))).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await officialApi.PutAsync($"/api/v1/questions/{id}/answers/3/letter", Upload(pdf, "x.pdf"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await delegateApi.PutAsync($"/api/v1/questions/{id}/answers/2/letter", Upload(pdf, "x.pdf"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officialApi.PutAsync($"/api/v1/questions/{id}/answers/2/letter", Upload(pdf, "125-UBND-VP.pdf"))).StatusCode);
        var letterUrl = JsonDocument.Parse(await officeApi.GetStringAsync($"/api/v1/questions/{id}")).RootElement.GetProperty("answers")[1].GetProperty("letterUrl").GetString()!;
        Assert.Equal($"/cong-khai/chat-van/{id}/van-ban/2", letterUrl);
        using var anonymous = _app.CreateClient();
        Assert.Equal(pdf, await anonymous.GetByteArrayAsync(letterUrl));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/cong-khai/chat-van/{id}/van-ban/1")).StatusCode);

        // The question's page shows both answers and the letter.
        var shown = await delegateBrowser.GetPageAsync($"/Questions/Details/{id}");
        Assert.Contains("Đang lập dự án.", shown, StringComparison.Ordinal);
        Assert.Contains("Trả lời bổ sung lần 1", shown, StringComparison.Ordinal);
        Assert.Contains("Văn bản số 125/UBND-VP", shown, StringComparison.Ordinal);
        Assert.Contains(letterUrl, shown, StringComparison.Ordinal);
        Assert.Equal(ObligationState.Fulfilled, (await _app.WithDb((db, _) => db.Obligations.AsNoTracking().SingleAsync(o => o.SubjectId == id))).State);
        Assert.Equal(HttpStatusCode.OK, (await delegateApi.PostAsJsonAsync($"/api/v1/questions/{id}/evaluate", new { satisfied = true })).StatusCode);
        var verdicts = await _app.WithDb((db, _) => QuestionVerdicts.OfAsync(db, [id], CancellationToken.None));
        Assert.Equal(Verdict.Satisfied, verdicts[id]);
    }

    [Fact]
    public async Task The_respondent_is_chosen_among_the_people_of_the_agency_and_named_with_their_title()
    {
        var ids = await DemoIds.LoadAsync(_app);
        using var delegateApi = await Petitions.PetitionKit.ApiAsync(_app, "daibieu");
        using var officeApi = await Petitions.PetitionKit.ApiAsync(_app, "thuongtruc");
        var created = await delegateApi.PostAsJsonAsync("/api/v1/questions", new { title = Petitions.PetitionKit.Unique("Chậm cấp phép xây dựng"), content = "Đề nghị cho biết nguyên nhân." });
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await delegateApi.PostAsJsonAsync($"/api/v1/questions/{id}/submit", new { })).StatusCode);
        var (chair, outsider) = await _app.WithDb(async (db, _) => (
            await db.Positions.Where(p => p.BodyId == ids.PeoplesCommittee).OrderBy(p => p.StartsOn).FirstAsync(),
            await db.Positions.Where(p => p.BodyId == ids.Council).Select(p => p.PersonId).FirstAsync()));

        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        var form = await office.GetPageAsync($"/Questions/Forward/{id}");
        Assert.Contains($"<option value=\"{chair.PersonId}\">", form, StringComparison.Ordinal);
        Assert.DoesNotContain("Tòa án, Viện kiểm sát (ngoài hệ thống)", form, StringComparison.Ordinal);

        var wrong = await officeApi.PostAsJsonAsync($"/api/v1/questions/{id}/forward", new { role = "PeoplesCommitteeChair", bodyId = ids.PeoplesCommittee, respondentPersonId = outsider });
        Assert.Equal("question-respondent-of-body", JsonDocument.Parse(await wrong.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, (await officeApi.PostAsJsonAsync($"/api/v1/questions/{id}/forward",
            new { role = "PeoplesCommitteeChair", bodyId = ids.PeoplesCommittee, respondentPersonId = chair.PersonId })).StatusCode);
        var forwarded = await Load(id);
        var name = await _app.WithDb((db, _) => db.People.Where(p => p.Id == chair.PersonId).Select(p => p.FullName).SingleAsync());
        Assert.Equal((chair.PersonId, $"{name}, {chair.Title}"), (forwarded.RespondentPersonId, forwarded.RespondentName));
    }

    [Fact]
    public async Task The_API_runs_the_same_workflow_and_refuses_illegal_steps_with_a_422()
    {
        var ids = await DemoIds.LoadAsync(_app);
        async Task<HttpClient> ClientFor(string user)
        {
            var client = _app.CreateClient();
            var token = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = user, password = DongThuan.Web.Modules.Accounts.Demo.DemoAccounts.Password });
            using var json = JsonDocument.Parse(await token.Content.ReadAsStringAsync());
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", json.RootElement.GetProperty("accessToken").GetString());
            return client;
        }

        using var delegateApi = await ClientFor("daibieu");
        using var officeApi = await ClientFor("thuongtruc");
        using var officialApi = await ClientFor("ubnd");

        var created = await delegateApi.PostAsJsonAsync("/api/v1/questions", new { title = "Chiếu sáng công cộng ngõ 165 Cầu Giấy", content = "Đề nghị lắp bổ sung đèn chiếu sáng." });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var id = body.RootElement.GetProperty("id").GetGuid();
        Assert.Equal("Draft", body.RootElement.GetProperty("state").GetString());

        // Answering a question never forwarded: refused, in Vietnamese, nothing changes.
        var early = await officeApi.PostAsJsonAsync($"/api/v1/questions/{id}/close", new { });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Contains("Chỉ kết thúc được", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await delegateApi.PostAsJsonAsync($"/api/v1/questions/{id}/submit", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await delegateApi.PostAsJsonAsync($"/api/v1/questions/{id}/forward", new { role = "PeoplesCommitteeChair", bodyId = ids.PeoplesCommittee, respondentName = "x" })).StatusCode);
        var forwarded = await officeApi.PostAsJsonAsync($"/api/v1/questions/{id}/forward", new { role = "PeoplesCommitteeChair", bodyId = ids.PeoplesCommittee, respondentName = "Chủ tịch UBND quận" });
        Assert.Equal(HttpStatusCode.OK, forwarded.StatusCode);
        using var fw = JsonDocument.Parse(await forwarded.Content.ReadAsStringAsync());
        Assert.Equal(ExpectedDue(Today).ToString("yyyy-MM-dd"), fw.RootElement.GetProperty("dueOn").GetString());

        // The office extends the answer's due date with a reason, as on the page; the delegate cannot, nor an earlier date.
        var due = ExpectedDue(Today);
        Assert.Equal(HttpStatusCode.Forbidden, (await delegateApi.PostAsJsonAsync($"/api/v1/questions/{id}/extension", new { dueOn = due.AddDays(10), reason = "x" })).StatusCode);
        var earlier = await officeApi.PostAsJsonAsync($"/api/v1/questions/{id}/extension", new { dueOn = due.AddDays(-1), reason = "x" });
        Assert.Equal("obligation-extension", JsonDocument.Parse(await earlier.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString());
        var noReason = await officeApi.PostAsJsonAsync($"/api/v1/questions/{id}/extension", new { dueOn = due.AddDays(10) });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officeApi.PostAsJsonAsync($"/api/v1/questions/{id}/extension", new { dueOn = due.AddDays(10), reason = "Chờ số liệu quyết toán" })).StatusCode);
        var extended = await _app.WithDb((db, _) => db.Set<Obligation>().AsNoTracking().SingleAsync(o => o.SubjectId == id));
        Assert.Equal((due.AddDays(10), due), (extended.DueOn, extended.OriginalDueOn));

        Assert.Equal(HttpStatusCode.Forbidden, (await delegateApi.PostAsJsonAsync($"/api/v1/questions/{id}/answer", new { answer = "x", responsibility = "y", measures = "z", timeFrame = "t" })).StatusCode);
        var answered = await officialApi.PostAsJsonAsync($"/api/v1/questions/{id}/answer", new { answer = "Sẽ lắp 6 đèn.", responsibility = "Phòng Quản lý đô thị", measures = "Lắp đèn LED", timeFrame = "Quý I" });
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        var evaluated = await delegateApi.PostAsJsonAsync($"/api/v1/questions/{id}/evaluate", new { satisfied = false, followUp = "SupervisionProposal", note = "Cần giám sát việc thực hiện." });
        Assert.Equal(HttpStatusCode.OK, evaluated.StatusCode);

        using var detail = JsonDocument.Parse(await delegateApi.GetStringAsync($"/api/v1/questions/{id}"));
        Assert.Equal("NotSatisfied", detail.RootElement.GetProperty("summary").GetProperty("state").GetString());
        Assert.Equal("DoneOnTime", detail.RootElement.GetProperty("summary").GetProperty("dueStatus").GetString());
        Assert.Equal(5, detail.RootElement.GetProperty("timeline").GetArrayLength()); // submitted, forwarded, extended, answered, evaluated

        // Each step names who took it by name and role, never by login name.
        var delegateName = await _app.WithDb((db, _) => db.Users.Where(u => u.UserName == "daibieu").Join(db.Set<DongThuan.Web.Modules.Organisation.Person>(), u => u.PersonId, p => p.Id, (_, p) => p.FullName).SingleAsync());
        var actors = detail.RootElement.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("actor").GetString()!).ToList();
        Assert.StartsWith($"{delegateName} (Đại biểu HĐND, ", actors[0], StringComparison.Ordinal);
        Assert.DoesNotContain(actors, a => a is "daibieu" or "thuongtruc" or "ubnd");
        using var officeBrowser = await Browser.SignedInAs(_app, "thuongtruc");
        var page = await officeBrowser.GetPageAsync($"/Questions/Details/{id}");
        Assert.Contains($"— {delegateName} (Đại biểu HĐND, ", page, StringComparison.Ordinal);
        Assert.DoesNotContain("— daibieu:", page, StringComparison.Ordinal);
    }
}

public sealed class QuestionWorkflowTestsOnSqlite(SqliteApp app) : QuestionWorkflowTests(app), IClassFixture<SqliteApp>;

public sealed class QuestionWorkflowTestsOnPostgres(PostgresApp app) : QuestionWorkflowTests(app), IClassFixture<PostgresApp>;
