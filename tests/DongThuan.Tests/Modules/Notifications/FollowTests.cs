using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DongThuan.Tests.Harness;
using DongThuan.Tests.Modules.Petitions;
using DongThuan.Web.Modules.Notifications;
using DongThuan.Web.Modules.Portal;
using DongThuan.Web.Modules.Portal.Comments;
using DongThuan.Web.Modules.Supervision;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Tests.Modules.Notifications;

/// <summary>
/// A citizen follows what the public may read (an article's comments, a published supervision result) and hears its
/// updates at the public address; what is not public cannot be followed; a visitor is asked to sign in, and the page
/// they are served carries no follow form.
/// </summary>
public abstract class FollowTests
{
    private const string ArticleUrl = "/tin-tuc/quan-cau-giay-tang-cuong-doi-thoai-tao-su-dong-thuan";

    private readonly AppFactory _app;

    protected FollowTests(AppFactory app)
    {
        app.RequireAvailable();
        _app = app;
    }

    private Task<List<Notification>> ToldAsync(string userName, Guid subject) => _app.WithDb((db, _) =>
        db.Notifications.AsNoTracking().Where(n => n.SubjectId == subject).Join(db.Users.Where(u => u.UserName == userName), n => n.UserId, u => u.Id, (n, _) => n).ToListAsync());

    [Fact]
    public async Task A_follower_of_an_article_hears_of_each_comment_published_under_it_but_not_of_their_own()
    {
        var follower = await OtherCouncil.CreateCitizenAsync(_app);
        var article = await _app.WithDb((db, _) => db.Articles.Where(a => ArticleUrl.EndsWith(a.Slug)).Select(a => a.Id).SingleAsync());

        // Following from the article's page, with its form; the page then offers to stop.
        using var reader = await Browser.SignedInAs(_app, follower, OtherCouncil.Password);
        var followed = await reader.SubmitAsync(ArticleUrl, new() { ["kind"] = "Article", ["id"] = article.ToString(), ["returnUrl"] = ArticleUrl + "#binh-luan" },
            "/Notifications/Follows?handler=Follow");
        Assert.Equal(HttpStatusCode.Redirect, followed.StatusCode);
        Assert.Equal(ArticleUrl + "#binh-luan", followed.Headers.Location?.OriginalString);
        var page = WebUtility.HtmlDecode(await reader.GetPageAsync(ArticleUrl));
        Assert.Contains("Đang theo dõi — bỏ theo dõi", page, StringComparison.Ordinal);
        Assert.Contains("Đã theo dõi. Quý vị sẽ nhận thông báo khi có cập nhật.", page, StringComparison.Ordinal);
        Assert.Contains(ArticleUrl, await reader.GetPageAsync("/Notifications/Follows"), StringComparison.Ordinal);

        // Another citizen comments; the editor publishes it: the follower hears, at the article's comments; the author does not.
        using var author = await Browser.SignedInAs(_app, "congdan");
        var text = "Theo dõi bình luận " + Guid.NewGuid().ToString("N")[..8];
        Assert.Equal(HttpStatusCode.Redirect, (await author.SubmitAsync(ArticleUrl, new() { ["text"] = text }, ArticleUrl + "?handler=Comment")).StatusCode);
        var comment = await _app.WithDb((db, _) => db.Comments.Where(c => c.Text == text).Select(c => c.Id).SingleAsync());
        Assert.Empty(await ToldAsync(follower, article));
        using var editor = await Browser.SignedInAs(_app, "bientap");
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitAsync("/Portal/Comments", new() { ["commentId"] = comment.ToString() }, "/Portal/Comments?handler=Publish")).StatusCode);
        var told = Assert.Single(await ToldAsync(follower, article));
        Assert.Equal((NotificationKinds.Update, ArticleUrl + "#binh-luan"), (told.Kind, told.Url));
        Assert.StartsWith("Cập nhật — Bình luận mới: ", told.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(await ToldAsync("congdan", article), n => n.CreatedAt >= told.CreatedAt);

        // Stopped following from the list: the next comment is not news to them.
        Assert.Equal(HttpStatusCode.Redirect, (await reader.SubmitAsync("/Notifications/Follows", new() { ["kind"] = "Article", ["id"] = article.ToString(), ["returnUrl"] = "/Notifications/Follows" },
            "/Notifications/Follows?handler=Unfollow")).StatusCode);
        Assert.Contains("Quý vị chưa theo dõi mục nào.", WebUtility.HtmlDecode(await reader.GetPageAsync("/Notifications/Follows")), StringComparison.Ordinal);
        var second = "Thêm một bình luận " + Guid.NewGuid().ToString("N")[..8];
        await author.SubmitAsync(ArticleUrl, new() { ["text"] = second }, ArticleUrl + "?handler=Comment");
        var secondId = await _app.WithDb((db, _) => db.Comments.Where(c => c.Text == second).Select(c => c.Id).SingleAsync());
        await editor.SubmitAsync("/Portal/Comments", new() { ["commentId"] = secondId.ToString() }, "/Portal/Comments?handler=Publish");
        Assert.Single(await ToldAsync(follower, article));
    }

    [Fact]
    public async Task A_follower_of_a_published_supervision_result_hears_its_recommendations_progress()
    {
        var follower = await OtherCouncil.CreateCitizenAsync(_app);
        using var api = await PetitionKit.ApiAsync(_app, follower, OtherCouncil.Password);
        var (mission, recommendation) = await _app.WithDb(async (db, _) =>
        {
            var published = await db.SupervisionMissions.AsNoTracking().Where(m => !m.IsSecret && m.State == MissionState.Concluded).Select(m => m.Id).ToListAsync();
            var r = await db.Recommendations.AsNoTracking().Where(x => published.Contains(x.MissionId) && x.State != RecommendationState.Completed).OrderBy(x => x.Id).FirstAsync();
            return (r.MissionId, r.Id);
        });
        Assert.Equal(HttpStatusCode.NoContent, (await api.PostAsJsonAsync("/api/v1/follows", new { subjectKind = "SupervisionResult", subjectId = mission })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await api.PostAsJsonAsync("/api/v1/follows", new { subjectKind = "SupervisionResult", subjectId = mission })).StatusCode);
        var mine = await api.GetFromJsonAsync<JsonElement>("/api/v1/follows");
        var follow = Assert.Single(mine.EnumerateArray());
        Assert.Equal($"/Supervision/Public/{mission}", follow.GetProperty("url").GetString());

        // The council office records progress on one of its recommendations: the follower hears, at the public page.
        using var office = await PetitionKit.ApiAsync(_app, "thuongtruc");
        var progress = await office.PostAsJsonAsync($"/api/v1/supervision/recommendations/{recommendation}/progress", new { percent = 60, text = "Đã thực hiện thêm một phần." });
        Assert.True(progress.IsSuccessStatusCode, await progress.Content.ReadAsStringAsync());
        var told = Assert.Single(await ToldAsync(follower, recommendation));
        Assert.Equal((NotificationKinds.Update, $"/Supervision/Public/{mission}"), (told.Kind, told.Url));

        // Followed no more: nothing is listed.
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/v1/follows/SupervisionResult/{mission}")).StatusCode);
        Assert.Equal(0, (await api.GetFromJsonAsync<JsonElement>("/api/v1/follows")).GetArrayLength());
    }

    [Fact]
    public async Task What_the_public_may_not_read_cannot_be_followed_and_a_visitor_is_asked_to_sign_in()
    {
        var follower = await OtherCouncil.CreateCitizenAsync(_app);
        using var api = await PetitionKit.ApiAsync(_app, follower, OtherCouncil.Password);
        var (secret, draftQuestion) = await _app.WithDb(async (db, _) =>
        {
            var s = await db.SupervisionMissions.AsNoTracking().Where(m => m.IsSecret || m.State < MissionState.Reported).Select(m => m.Id).FirstOrDefaultAsync();
            var q = await db.Set<DongThuan.Web.Modules.Questions.Question>().AsNoTracking().Where(x => x.Answer == null).Select(x => x.Id).FirstAsync();
            return (s, q);
        });
        foreach (var (kind, id) in new[] { ("SupervisionResult", secret), ("Question", draftQuestion), ("Petition", draftQuestion), ("Article", Guid.NewGuid()) })
        {
            var refused = await api.PostAsJsonAsync("/api/v1/follows", new { subjectKind = kind, subjectId = id });
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            Assert.Equal("follow-not-found", JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString());
        }

        using var visitor = Browser.Open(_app);
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.Client.PostAsJsonAsync("/api/v1/follows", new { subjectKind = "Article", subjectId = Guid.NewGuid() })).StatusCode);
        var record = await visitor.GetPageAsync("/cong-khai/chat-van");
        Assert.Contains("Đăng nhập để theo dõi cập nhật", WebUtility.HtmlDecode(record), StringComparison.Ordinal);
        Assert.DoesNotContain("/Notifications/Follows?handler=", record, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_person_chooses_email_at_once_or_a_daily_digest_through_the_API()
    {
        var user = await OtherCouncil.CreateCitizenAsync(_app);
        using var api = await PetitionKit.ApiAsync(_app, user, OtherCouncil.Password);
        Assert.Equal("Immediate", (await api.GetFromJsonAsync<JsonElement>("/api/v1/notifications/preference")).GetProperty("mode").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await api.PutAsJsonAsync("/api/v1/notifications/preference", new { mode = "Digest" })).StatusCode);
        Assert.Equal("Digest", (await api.GetFromJsonAsync<JsonElement>("/api/v1/notifications/preference")).GetProperty("mode").GetString());
        var refused = await api.PutAsJsonAsync("/api/v1/notifications/preference", new { mode = 9 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("Digest", (await api.GetFromJsonAsync<JsonElement>("/api/v1/notifications/preference")).GetProperty("mode").GetString());
    }
}

public sealed class FollowTestsOnSqlite(SqliteApp app) : FollowTests(app), IClassFixture<SqliteApp>;

public sealed class FollowTestsOnPostgres(PostgresApp app) : FollowTests(app), IClassFixture<PostgresApp>;
