using System.Net;
using DongThuan.Tests.Harness;
using DongThuan.Web.Modules.Portal;
using DongThuan.Web.Modules.Portal.Images;
using ImageMagick;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Tests.Modules.Portal;

/// <summary>Photos of an article: resized on the server, described for screen readers, hidden with their draft, refused when they are not images.</summary>
public abstract class ArticleImageTests
{
    private readonly AppFactory _app;

    protected ArticleImageTests(AppFactory app)
    {
        app.RequireAvailable();
        _app = app;
    }

    private static byte[] Photo(uint width, uint height)
    {
        using var image = new MagickImage(MagickColors.SteelBlue, width, height) { Format = MagickFormat.Png };
        return image.ToByteArray();
    }

    [Fact]
    public async Task An_editor_adds_a_photo_that_is_resized_and_shown_with_its_article_only()
    {
        using var editor = await Browser.SignedInAs(_app, "bientap");
        var title = "Bài có ảnh " + Guid.NewGuid().ToString("N")[..6];
        var saved = await editor.SubmitAsync("/Portal/Edit", new() { ["Title"] = title, ["Author"] = "Văn phòng", ["Body"] = "Nội dung." }, "/Portal/Edit?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var articleId = await _app.WithDb((db, _) => db.Articles.Where(a => a.Title == title).Select(a => a.Id).SingleAsync());
        var imagesUrl = $"/Portal/Images/{articleId}";

        var uploaded = await editor.SubmitFilesAsync(imagesUrl, imagesUrl, new() { ["alt"] = "Quang cảnh hội nghị tổng kết", ["caption"] = "Quang cảnh hội nghị" },
            ("photo", "hoi-nghi.png", Photo(2000, 1000)));
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var image = await _app.WithDb((db, _) => db.ArticleImages.SingleAsync(i => i.ArticleId == articleId));
        Assert.Equal((480, 240, 960, 480), (image.SmallWidth, image.SmallHeight, image.LargeWidth, image.LargeHeight));

        // A draft's photo is for its editors only.
        using var reader = Browser.Open(_app);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/tin-tuc/anh/{image.Id}/small")).StatusCode);
        var preview = await editor.GetAsync($"/tin-tuc/anh/{image.Id}/large");
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("no-store", preview.Headers.CacheControl!.ToString());

        var editUrl = $"/Portal/Edit/{articleId}";
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitAsync(editUrl, new() { ["Title"] = title, ["Author"] = "Văn phòng", ["Body"] = "Nội dung." }, editUrl + "?handler=Publish")).StatusCode);
        var small = await reader.GetAsync($"/tin-tuc/anh/{image.Id}/small");
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.Equal("image/jpeg", small.Content.Headers.ContentType?.MediaType);
        Assert.True(small.Headers.CacheControl!.Public && small.Headers.CacheControl.MaxAge == TimeSpan.FromDays(365));
        using (var served = new MagickImage(await small.Content.ReadAsByteArrayAsync()))
        {
            Assert.Equal((480u, 240u, MagickFormat.Jpeg), (served.Width, served.Height, served.Format));
        }

        var page = WebUtility.HtmlDecode(await reader.GetPageAsync("/tin-tuc/" + Article.SlugOf(title)));
        Assert.Contains($"srcset=\"/tin-tuc/anh/{image.Id}/small 480w, /tin-tuc/anh/{image.Id}/large 960w\"", page);
        Assert.Contains("alt=\"Quang cảnh hội nghị tổng kết\"", page);
        Assert.Contains("<figcaption>Quang cảnh hội nghị</figcaption>", page);
        Assert.Contains($"/tin-tuc/anh/{image.Id}/large\">", page); // og:image

        // Taken out: gone from the page and the address.
        var removed = await editor.SubmitAsync(imagesUrl, new() { ["imageId"] = image.Id.ToString() }, imagesUrl + "?handler=Remove");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/tin-tuc/anh/{image.Id}/small")).StatusCode);
        Assert.DoesNotContain(image.Id.ToString(), await reader.GetPageAsync("/tin-tuc/" + Article.SlugOf(title)));
    }

    [Fact]
    public async Task A_photo_without_a_description_a_file_that_is_not_an_image_and_a_stranger_are_refused()
    {
        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        var title = "Bài thử ảnh " + Guid.NewGuid().ToString("N")[..6];
        await office.SubmitAsync("/Portal/Edit", new() { ["Title"] = title, ["Author"] = "Văn phòng", ["Body"] = "Nội dung." }, "/Portal/Edit?handler=Save");
        var articleId = await _app.WithDb((db, _) => db.Articles.Where(a => a.Title == title).Select(a => a.Id).SingleAsync());
        var imagesUrl = $"/Portal/Images/{articleId}";

        var noAlt = await office.SubmitFilesAsync(imagesUrl, imagesUrl, new() { ["alt"] = " " }, ("photo", "a.png", Photo(100, 100)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noAlt.StatusCode);
        Assert.Contains(ImageRefusals.AltRequired.Message, WebUtility.HtmlDecode(await noAlt.Content.ReadAsStringAsync()));
        var notImage = await office.SubmitFilesAsync(imagesUrl, imagesUrl, new() { ["alt"] = "Ảnh" }, ("photo", "a.png", "%PDF-1.4 not a picture"u8.ToArray()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notImage.StatusCode);
        Assert.Equal(0, await _app.WithDb((db, _) => db.ArticleImages.CountAsync(i => i.ArticleId == articleId)));

        using var delegateBrowser = await Browser.SignedInAs(_app, "daibieu");
        Assert.True(Responses.IsRefusal(await delegateBrowser.GetAsync(imagesUrl)));
        var other = await OtherCouncil.CreateAsync(_app);
        using var otherOffice = await Browser.SignedInAs(_app, other.OfficeUser, OtherCouncil.Password);
        Assert.True(Responses.IsRefusal(await otherOffice.GetAsync(imagesUrl)));
    }

    [Fact]
    public async Task A_photo_is_added_and_taken_out_through_the_API_with_a_bearer_token_only()
    {
        using var editor = await Petitions.PetitionKit.ApiAsync(_app, "bientap");
        var written = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(editor, "/api/v1/portal/articles",
            new { title = "Ảnh qua API " + Guid.NewGuid().ToString("N")[..6], author = "Văn phòng", body = "Nội dung." });
        var article = System.Text.Json.JsonDocument.Parse(await written.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        MultipartFormDataContent Form(byte[] bytes) => new() { { new ByteArrayContent(bytes), "photo", "anh.png" }, { new StringContent("Hội trường"), "alt" }, { new StringContent("Kỳ họp") , "caption" } };

        var added = await editor.PostAsync($"/api/v1/portal/articles/{article}/photos", Form(Photo(1600, 900)));
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var photo = System.Text.Json.JsonDocument.Parse(await added.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        var notImage = await editor.PostAsync($"/api/v1/portal/articles/{article}/photos", Form("%PDF-1.4\n%%EOF"u8.ToArray()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notImage.StatusCode);
        using var browser = await Browser.SignedInAs(_app, "bientap");
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.Client.PostAsync($"/api/v1/portal/articles/{article}/photos", Form(Photo(400, 300)))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await editor.DeleteAsync($"/api/v1/portal/articles/{article}/photos/{photo}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.DeleteAsync($"/api/v1/portal/articles/{article}/photos/{photo}")).StatusCode);
    }
}

public sealed class ArticleImageTestsOnSqlite(SqliteApp app) : ArticleImageTests(app), IClassFixture<SqliteApp>;

public sealed class ArticleImageTestsOnPostgres(PostgresApp app) : ArticleImageTests(app), IClassFixture<PostgresApp>;
