using System.Net;
using DongThuan.Tests.Harness;
using DongThuan.Web.Modules.Notifications;
using DongThuan.Web.Infrastructure.Audit;
using DongThuan.Web.Modules.Portal;
using DongThuan.Web.Modules.Portal.Comments;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Tests.Modules.Portal;

/// <summary>Comments: written by signed-in readers, shown only after moderation, plain text only, limited, and the moderation on the audit trail.</summary>
public abstract class CommentTests
{
    private const string SeedUrl = "/tin-tuc/quan-cau-giay-tang-cuong-doi-thoai-tao-su-dong-thuan";

    private readonly AppFactory _app;

    protected CommentTests(AppFactory app)
    {
        app.RequireAvailable();
        _app = app;
    }

    private static Article AnArticle() =>
        Article.Write(Guid.NewGuid(), "Tin", "Tác giả", "", "Nội dung", "", [], DateTimeOffset.UtcNow, out _);

    [Fact]
    public void The_rules_are_on_the_comment()
    {
        var article = AnArticle();
        var now = DateTimeOffset.UtcNow;
        Comment.Write(article, null, "u1", "A", false, " ", now, out var o);
        Assert.Equal(CommentRefusals.TextRequired, o.Refusal);
        Comment.Write(article, null, "u1", "A", false, new string('a', Comment.TextLimit + 1), now, out o);
        Assert.Equal(CommentRefusals.TooLong, o.Refusal);
        Comment.Write(article, null, "u1", "A", false, "xem http://a.example, https://b.example và www.c.example", now, out o);
        Assert.Equal(CommentRefusals.TooManyLinks, o.Refusal);

        var first = Comment.Write(article, null, "u1", "A", false, "Ý kiến\r\n\r\n\r\n\r\nđoạn hai\u0007", now, out o);
        Assert.True(o.Succeeded);
        Assert.Equal("Ý kiến\n\nđoạn hai", first.Text);
        Assert.Equal(CommentState.Pending, first.State);
        // A reply to a comment nobody sees yet is refused; replies to replies go under the first comment (one level).
        Comment.Write(article, first, "u2", "B", false, "Trả lời", now, out o);
        Assert.Equal(CommentRefusals.ParentGone, o.Refusal);
        Assert.True(first.Publish("mod", now).Succeeded);
        var reply = Comment.Write(article, first, "u2", "B", false, "Trả lời", now, out o);
        Assert.True(o.Succeeded && reply.Publish("mod", now).Succeeded);
        var replyToReply = Comment.Write(article, reply, "u3", "C", false, "Trả lời nữa", now, out o);
        Assert.Equal(first.Id, replyToReply.ParentId);

        // Only the author edits, only within the window, and an edit is moderated again.
        Assert.Equal(CommentRefusals.NotAuthor, first.Edit("u2", "sửa", now).Refusal);
        Assert.Equal(CommentRefusals.EditWindowOver, first.Edit("u1", "sửa", now + Comment.EditWindow + TimeSpan.FromSeconds(1)).Refusal);
        Assert.True(first.Edit("u1", "sửa lại", now + TimeSpan.FromMinutes(5)).Succeeded);
        Assert.Equal(CommentState.Pending, first.State);

        Assert.Equal(CommentRefusals.ReasonRequired, first.Reject("mod", " ", now).Refusal);
        Assert.True(first.Reject("mod", "Lạc đề", now).Succeeded);
        Assert.Equal(CommentRefusals.NotModeratable, first.Publish("mod", now).Refusal);
        Assert.Equal(CommentRefusals.NotModeratable, first.Report("u2").Refusal); // not published
        Assert.Equal(CommentRefusals.OwnComment, reply.Report("u2").Refusal);
        Assert.Equal(CommentRefusals.NotAuthor, reply.Withdraw("u1", now).Refusal);
        Assert.True(reply.Withdraw("u2", now).Succeeded);
        Assert.Equal(CommentRefusals.AlreadyWithdrawn, reply.Withdraw("u2", now).Refusal);
    }

    [Fact]
    public async Task A_citizen_comments_a_moderator_publishes_and_a_script_comes_out_as_text()
    {
        var text = $"<script>alert('bl-{Guid.NewGuid():N}')</script> Đề nghị công khai lịch tiếp xúc cử tri.";
        using var citizen = await Browser.SignedInAs(_app, "congdan");
        var sent = await citizen.SubmitAsync(SeedUrl, new() { ["text"] = text }, SeedUrl + "?handler=Comment");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var id = await _app.WithDb((db, _) => db.Comments.Where(c => c.Text == text).Select(c => c.Id).SingleAsync());

        // The moderators of the article's council (its office and its editor) are told it waits for them; its author is not.
        var told = await _app.WithDb((db, _) => db.Notifications.AsNoTracking().Where(n => n.SubjectId == id)
            .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => new { u.UserName, n.Kind, n.Url }).ToListAsync());
        Assert.Equal(["bientap", "thuongtruc"], told.Select(t => t.UserName!).Order());
        Assert.All(told, t => Assert.Equal(("turn", "/Portal/Comments"), (t.Kind, t.Url)));

        // Waiting: the author sees it with its state, no one else does.
        var own = WebUtility.HtmlDecode(await citizen.GetPageAsync(SeedUrl));
        Assert.Contains("Đang chờ duyệt", own);
        Assert.Contains("Bình luận sẽ hiển thị sau khi được duyệt", own);
        using var reader = Browser.Open(_app);
        var before = await reader.GetPageAsync(SeedUrl);
        Assert.DoesNotContain(id.ToString(), before);

        // The editor publishes it from the moderators' list.
        using var editor = await Browser.SignedInAs(_app, "bientap");
        Assert.Contains(id.ToString(), await editor.GetPageAsync("/Portal/Comments"));
        var published = await editor.SubmitAsync("/Portal/Comments", new() { ["commentId"] = id.ToString() }, "/Portal/Comments?handler=Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var after = await reader.GetPageAsync(SeedUrl);
        Assert.Contains($"id=\"bl-{id}\"", after);
        Assert.DoesNotContain("<script>alert('bl-", after);
        Assert.Contains("&lt;script&gt;alert(", after);
        Assert.Contains("(1) Bình luận", WebUtility.HtmlDecode(after));
        Assert.Contains("(1) Bình luận", WebUtility.HtmlDecode(await reader.GetPageAsync("/tin-tuc")));

        // The decision is on the audit trail, with who made it.
        var audited = await _app.WithDb((db, _) => db.Set<AuditEntry>().Where(e => e.EntityType == nameof(Comment) && e.EntityId == id.ToString()).ToListAsync());
        Assert.Contains(audited, e => e.Action == AuditAction.Updated && e.UserName == "bientap" && e.Changes.Contains("Published", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refused_comment_shows_its_reason_to_its_author_only_and_staff_answers_are_official()
    {
        using var citizen = await Browser.SignedInAs(_app, "congdan");
        var text = "Bình luận lạc đề " + Guid.NewGuid().ToString("N")[..8];
        await citizen.SubmitAsync(SeedUrl, new() { ["text"] = text }, SeedUrl + "?handler=Comment");
        var id = await _app.WithDb((db, _) => db.Comments.Where(c => c.Text == text).Select(c => c.Id).SingleAsync());
        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        var noReason = await office.SubmitAsync("/Portal/Comments", new() { ["commentId"] = id.ToString(), ["reason"] = "" }, "/Portal/Comments?handler=Reject");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Equal(CommentState.Pending, await _app.WithDb((db, _) => db.Comments.Where(c => c.Id == id).Select(c => c.State).SingleAsync()));
        var rejected = await office.SubmitAsync("/Portal/Comments", new() { ["commentId"] = id.ToString(), ["reason"] = "Không liên quan đến bài viết" }, "/Portal/Comments?handler=Reject");
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        var own = WebUtility.HtmlDecode(await citizen.GetPageAsync(SeedUrl));
        Assert.Contains("Không được duyệt: Không liên quan đến bài viết", own);
        using var reader = Browser.Open(_app);
        Assert.DoesNotContain(text, WebUtility.HtmlDecode(await reader.GetPageAsync(SeedUrl)));

        // The office answers a published comment: the answer is official, and shown under it once published.
        var voterUrl = await _app.WithDb((db, _) => db.Articles.Where(a => a.Title.StartsWith("HĐND quận Cầu Giấy công bố kế hoạch")).Select(a => "/tin-tuc/" + a.Slug).SingleAsync());
        var question = await _app.WithDb((db, _) => db.Comments.Where(c => c.State == CommentState.Published && c.ParentId == null && !c.IsOfficial).Select(c => c.Id).FirstAsync());
        var answer = "Trả lời chính thức " + Guid.NewGuid().ToString("N")[..8];
        Assert.Equal(HttpStatusCode.Redirect, (await office.SubmitAsync(voterUrl, new() { ["text"] = answer, ["parentId"] = question.ToString() }, voterUrl + "?handler=Comment")).StatusCode);
        var stored = await _app.WithDb((db, _) => db.Comments.SingleAsync(c => c.Text == answer));
        Assert.True(stored.IsOfficial);
        Assert.Equal(question, stored.ParentId);
        await office.SubmitAsync("/Portal/Comments", new() { ["commentId"] = stored.Id.ToString() }, "/Portal/Comments?handler=Publish");
        var thread = WebUtility.HtmlDecode(await reader.GetPageAsync(voterUrl));
        Assert.Contains(answer, thread);
        Assert.Contains("Trả lời chính thức", thread);
    }

    [Fact]
    public async Task Authors_edit_and_withdraw_their_own_and_readers_report_once()
    {
        using var citizen = await Browser.SignedInAs(_app, "congdan");
        var text = "Bình luận để sửa " + Guid.NewGuid().ToString("N")[..8];
        await citizen.SubmitAsync(SeedUrl, new() { ["text"] = text }, SeedUrl + "?handler=Comment");
        var id = await _app.WithDb((db, _) => db.Comments.Where(c => c.Text == text).Select(c => c.Id).SingleAsync());
        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        await office.SubmitAsync("/Portal/Comments", new() { ["commentId"] = id.ToString() }, "/Portal/Comments?handler=Publish");

        // Someone else may not edit or withdraw it, but may report it, once.
        var notMine = await office.SubmitAsync(SeedUrl, new() { ["commentId"] = id.ToString(), ["text"] = "đổi" }, SeedUrl + "?handler=Edit");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notMine.StatusCode);
        Assert.Contains(CommentRefusals.NotAuthor.Message, WebUtility.HtmlDecode(await notMine.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await office.SubmitAsync(SeedUrl, new() { ["commentId"] = id.ToString() }, SeedUrl + "?handler=Withdraw")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await office.SubmitAsync(SeedUrl, new() { ["commentId"] = id.ToString(), ["reason"] = "Quảng cáo" }, SeedUrl + "?handler=Report")).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await office.SubmitAsync(SeedUrl, new() { ["commentId"] = id.ToString(), ["reason"] = "lần nữa" }, SeedUrl + "?handler=Report")).StatusCode);
        var reported = await _app.WithDb((db, _) => db.Comments.SingleAsync(c => c.Id == id));
        Assert.Equal(1, reported.OpenReports);
        Assert.Contains("Quảng cáo", WebUtility.HtmlDecode(await office.GetPageAsync("/Portal/Comments")));

        // The author edits it (back to moderation), then withdraws it: gone for everyone, kept in the database.
        var edited = await citizen.SubmitAsync(SeedUrl, new() { ["commentId"] = id.ToString(), ["text"] = text + " (sửa)" }, SeedUrl + "?handler=Edit");
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(CommentState.Pending, await _app.WithDb((db, _) => db.Comments.Where(c => c.Id == id).Select(c => c.State).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await citizen.SubmitAsync(SeedUrl, new() { ["commentId"] = id.ToString() }, SeedUrl + "?handler=Withdraw")).StatusCode);
        Assert.Equal(CommentState.Withdrawn, await _app.WithDb((db, _) => db.Comments.Where(c => c.Id == id).Select(c => c.State).SingleAsync()));
        Assert.DoesNotContain(text, WebUtility.HtmlDecode(await citizen.GetPageAsync(SeedUrl)));
    }

    [Fact]
    public async Task Refusals_save_nothing()
    {
        // Anonymous: sent to sign in, nothing stored.
        using var anonymous = Browser.Open(_app);
        var count = await _app.WithDb((db, _) => db.Comments.CountAsync());
        var page = await anonymous.GetPageAsync(SeedUrl);
        Assert.Contains("Đăng nhập để bình luận", WebUtility.HtmlDecode(page));
        Assert.DoesNotContain("__RequestVerificationToken", page); // no form, so no token: the page is the same for every reader
        var anon = await anonymous.Client.PostAsync(SeedUrl + "?handler=Comment", new FormUrlEncodedContent(new Dictionary<string, string> { ["text"] = "ẩn danh" }));
        Assert.Equal(HttpStatusCode.BadRequest, anon.StatusCode);

        using var citizen = await Browser.SignedInAs(_app, "congdan");
        var tooLong = await citizen.SubmitAsync(SeedUrl, new() { ["text"] = new string('x', 2001) }, SeedUrl + "?handler=Comment");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Contains(CommentRefusals.TooLong.Message, WebUtility.HtmlDecode(await tooLong.Content.ReadAsStringAsync()));
        var links = await citizen.SubmitAsync(SeedUrl, new() { ["text"] = "http://a.example http://b.example http://c.example" }, SeedUrl + "?handler=Comment");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, links.StatusCode);
        Assert.Equal(count, await _app.WithDb((db, _) => db.Comments.CountAsync()));

        // Not a moderator: a citizen and a delegate are refused the list and the decisions.
        var waiting = await _app.WithDb((db, _) => db.Comments.Where(c => c.State == CommentState.Pending).Select(c => c.Id).FirstAsync());
        Assert.True(Responses.IsRefusal(await citizen.GetAsync("/Portal/Comments")));
        using var delegateBrowser = await Browser.SignedInAs(_app, "daibieu");
        Assert.True(Responses.IsRefusal(await delegateBrowser.GetAsync("/Portal/Comments")));
        var other = await OtherCouncil.CreateAsync(_app);
        using var otherOffice = await Browser.SignedInAs(_app, other.OfficeUser, OtherCouncil.Password);
        Assert.True(Responses.IsRefusal(await otherOffice.SubmitAsync("/Portal/Comments", new() { ["commentId"] = waiting.ToString() }, "/Portal/Comments?handler=Publish")));
        Assert.Equal(CommentState.Pending, await _app.WithDb((db, _) => db.Comments.Where(c => c.Id == waiting).Select(c => c.State).SingleAsync()));
        Assert.DoesNotContain(waiting.ToString(), await otherOffice.GetPageAsync("/Portal/Comments"));
    }

    [Fact]
    public async Task One_account_may_write_only_a_few_comments_in_ten_minutes()
    {
        var user = await OtherCouncil.CreateCitizenAsync(_app);
        using var citizen = await Browser.SignedInAs(_app, user, OtherCouncil.Password);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await citizen.SubmitAsync(SeedUrl, new() { ["text"] = $"Ý kiến số {i}" }, SeedUrl + "?handler=Comment")).StatusCode);
        }

        var sixth = await citizen.SubmitAsync(SeedUrl, new() { ["text"] = "Ý kiến số 6" }, SeedUrl + "?handler=Comment");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, sixth.StatusCode);
        Assert.Contains(CommentRefusals.TooFast.Message, WebUtility.HtmlDecode(await sixth.Content.ReadAsStringAsync()));
        Assert.Equal(0, await _app.WithDb((db, _) => db.Comments.CountAsync(c => c.Text == "Ý kiến số 6")));
    }

    [Fact]
    public async Task Moderation_through_the_API_lists_what_waits_publishes_and_refuses_with_a_reason_for_its_own_unit_only()
    {
        // Another citizen, on another article: the other tests count the seed article's comments and congdan's rate.
        var author = await OtherCouncil.CreateCitizenAsync(_app);
        using var citizen = await Browser.SignedInAs(_app, author, OtherCouncil.Password);
        var articleUrl = "/tin-tuc/" + await _app.WithDb((db, _) => db.Articles.Where(a => a.PublishAt != null && !SeedUrl.EndsWith(a.Slug)).OrderBy(a => a.Slug).Select(a => a.Slug).FirstAsync());
        var texts = new[] { "Bình luận qua API " + Guid.NewGuid().ToString("N")[..8], "Bình luận lạc đề qua API " + Guid.NewGuid().ToString("N")[..8] };
        foreach (var text in texts)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await citizen.SubmitAsync(articleUrl, new() { ["text"] = text }, articleUrl + "?handler=Comment")).StatusCode);
        }

        using var editor = await Petitions.PetitionKit.ApiAsync(_app, "bientap");
        var waiting = (await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.JsonElement>(editor, "/api/v1/portal/comments")).EnumerateArray()
            .Where(c => texts.Contains(c.GetProperty("text").GetString())).ToDictionary(c => c.GetProperty("text").GetString()!, c => c.GetProperty("id").GetGuid());
        Assert.Equal(2, waiting.Count);
        var (keep, drop) = (waiting[texts[0]], waiting[texts[1]]);

        // Another council's office moderates nothing here; a refusal needs its reason.
        var other = await OtherCouncil.CreateAsync(_app);
        using var stranger = await Petitions.PetitionKit.ApiAsync(_app, other.OfficeUser, OtherCouncil.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/v1/portal/comments/{keep}/publish", null)).StatusCode);
        var noReason = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(editor, $"/api/v1/portal/comments/{drop}/reject", new { reason = "" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(editor, $"/api/v1/portal/comments/{drop}/reject", new { reason = "Không liên quan đến bài viết." })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await editor.PostAsync($"/api/v1/portal/comments/{keep}/publish", null)).StatusCode);

        var states = await _app.WithDb((db, _) => db.Comments.AsNoTracking().Where(c => c.Id == keep || c.Id == drop).ToDictionaryAsync(c => c.Id, c => c.State));
        Assert.Equal((CommentState.Published, CommentState.Rejected), (states[keep], states[drop]));
        using var reader = Browser.Open(_app);
        var page = await reader.GetPageAsync(articleUrl);
        Assert.Contains($"id=\"bl-{keep}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"id=\"bl-{drop}\"", page, StringComparison.Ordinal);
    }
}

public sealed class CommentTestsOnSqlite(SqliteApp app) : CommentTests(app), IClassFixture<SqliteApp>;

public sealed class CommentTestsOnPostgres(PostgresApp app) : CommentTests(app), IClassFixture<PostgresApp>;

/// <summary>The per-address limit, counted by the rate limiter before any work is done.</summary>
public sealed class CommentAddressLimitTests(CommentAddressLimitTests.TightApp app) : IClassFixture<CommentAddressLimitTests.TightApp>
{
    public sealed class TightApp : SqliteApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Portal:Comments:PerAddressLimit", "3");
        }
    }

    [Fact]
    public async Task An_address_that_posts_too_often_is_told_to_wait()
    {
        const string url = "/tin-tuc/quan-cau-giay-tang-cuong-doi-thoai-tao-su-dong-thuan";
        using var citizen = await Browser.SignedInAs(app, "congdan");
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await citizen.SubmitAsync(url, new() { ["text"] = $"Lần {i}" }, url + "?handler=Comment")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(0, await app.WithDb((db, _) => db.Comments.CountAsync(c => c.Text == "Lần 3")));
        // Reading is never limited.
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync(url)).StatusCode);
    }
}
