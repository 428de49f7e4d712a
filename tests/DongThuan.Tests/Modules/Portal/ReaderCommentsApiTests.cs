using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DongThuan.Tests.Harness;
using DongThuan.Tests.Modules.Petitions;
using DongThuan.Web.Modules.Portal;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Tests.Modules.Portal;

/// <summary>
/// A reader's comments through the API, with the page's rules: written by a signed-in reader, shown only once published,
/// edited and withdrawn by their author only, reported once by someone else. Rules live on the comment (CommentTests runs
/// them on both engines); this checks the doors, on SQLite.
/// </summary>
public sealed class ReaderCommentsApiTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static async Task<string?> CodeOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString();

    [Fact]
    public async Task A_reader_writes_edits_and_withdraws_their_comment_another_reports_it_and_the_public_reads_what_is_published()
    {
        // The last published article by slug: the seed article's comments are counted by other tests.
        var slug = await app.WithDb((db, _) => db.Articles.Where(a => a.PublishAt != null).OrderByDescending(a => a.Slug).Select(a => a.Slug).FirstAsync());
        var comments = $"/api/v1/news/{slug}/comments";
        using var author = await PetitionKit.ApiAsync(app, await OtherCouncil.CreateCitizenAsync(app), OtherCouncil.Password);
        using var other = await PetitionKit.ApiAsync(app, await OtherCouncil.CreateCitizenAsync(app), OtherCouncil.Password);
        using var visitor = app.CreateClient();
        var text = "Đề nghị công bố lịch tiếp công dân " + Guid.NewGuid().ToString("N")[..6];

        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.PostAsJsonAsync(comments, new { text })).StatusCode);
        Assert.Equal("comment-required", await CodeOf(await author.PostAsJsonAsync(comments, new { text = " " })));
        Assert.Equal(HttpStatusCode.NotFound, (await author.PostAsJsonAsync("/api/v1/news/khong-co-bai-nay/comments", new { text })).StatusCode);
        var written = await author.PostAsJsonAsync(comments, new { text });
        Assert.Equal(HttpStatusCode.Created, written.StatusCode);
        var body = await written.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal("Pending", body.GetProperty("state").GetString());
        Assert.DoesNotContain(text, await visitor.GetStringAsync(comments), StringComparison.Ordinal);

        // Only its author edits it.
        Assert.Equal("comment-not-author", await CodeOf(await other.PutAsJsonAsync($"{comments}/{id}", new { text = "Sửa hộ" })));
        Assert.Equal(HttpStatusCode.NoContent, (await author.PutAsJsonAsync($"{comments}/{id}", new { text = text + " (sửa)" })).StatusCode);

        using var editor = await PetitionKit.ApiAsync(app, "bientap");
        Assert.Equal(HttpStatusCode.NoContent, (await editor.PostAsync($"/api/v1/portal/comments/{id}/publish", null)).StatusCode);
        var shown = Assert.Single((await visitor.GetFromJsonAsync<JsonElement[]>(comments) ?? []), c => c.GetProperty("id").GetGuid() == id);
        Assert.Equal(text + " (sửa)", shown.GetProperty("text").GetString());

        // Someone else reports it once; its author cannot.
        Assert.Equal("comment-own", await CodeOf(await author.PostAsJsonAsync($"{comments}/{id}/reports", new { reason = "x" })));
        Assert.Equal(HttpStatusCode.NoContent, (await other.PostAsJsonAsync($"{comments}/{id}/reports", new { reason = "Thông tin chưa kiểm chứng" })).StatusCode);
        Assert.Equal("comment-reported", await CodeOf(await other.PostAsJsonAsync($"{comments}/{id}/reports", new { reason = "lần nữa" })));
        Assert.Equal(1, await app.WithDb((db, _) => db.CommentReports.CountAsync(r => r.CommentId == id)));

        // Withdrawn by its author: gone from the public list; a second time is refused.
        Assert.Equal("comment-not-author", await CodeOf(await other.DeleteAsync($"{comments}/{id}")));
        Assert.Equal(HttpStatusCode.NoContent, (await author.DeleteAsync($"{comments}/{id}")).StatusCode);
        Assert.Equal("comment-withdrawn", await CodeOf(await author.DeleteAsync($"{comments}/{id}")));
        Assert.DoesNotContain(text, await visitor.GetStringAsync(comments), StringComparison.Ordinal);
    }
}
