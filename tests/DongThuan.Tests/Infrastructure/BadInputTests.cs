using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DongThuan.Tests.Harness;
using DongThuan.Tests.Modules.Petitions;
using DongThuan.Web.Infrastructure.Audit;
using DongThuan.Web.Modules.Accounts.Demo;
using DongThuan.Web.Modules.Petitions;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Tests.Infrastructure;

/// <summary>
/// The inputs an attacker's trial found slipping through (issue 16, section 6), each answered now with a clear
/// message in Vietnamese and English, never a 5xx, never a misleading 404, and with nothing saved.
/// </summary>
public sealed class BadInputTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private Task<long> HeadAsync() => app.WithDb((db, _) => db.Set<AuditChainHead>().AsNoTracking().Select(h => h.LastSequence).SingleAsync());

    [Fact]
    public async Task A_consent_checkbox_posted_as_maybe_redraws_the_form_with_a_refusal()
    {
        using var citizen = Browser.Open(app);
        var before = await HeadAsync();
        var response = await citizen.SubmitAsync("/Petitions/Submit", new()
        {
            ["Input.Name"] = "Lê Văn Tám", ["Input.Phone"] = "0912000111", ["Input.Title"] = "Đèn đường hỏng", ["Input.Content"] = "Ngõ 12 tối.",
            ["Input.ConsentHandling"] = "maybe",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("có giá trị không hợp lệ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await HeadAsync());
    }

    [Fact]
    public async Task Control_characters_are_refused_by_the_api_and_the_form_alike_naming_the_field()
    {
        var before = await HeadAsync();
        using var anonymous = app.CreateClient();
        var api = await anonymous.PostAsJsonAsync("/api/v1/petitions", new { name = "An", email = "an@example.com", title = "Tiêu\u0000đề", content = "Nội dung" });
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("input-control-characters", problem.GetProperty("title").GetString());
        Assert.Contains("«title»", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var english = new HttpRequestMessage(HttpMethod.Post, "/api/v1/petitions")
        {
            Content = new StringContent("{\"name\":\"An\",\"email\":\"an@example.com\",\"title\":\"x\",\"content\":\"bell\\u0007\"}", Encoding.UTF8, "application/json"),
        };
        english.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        var inEnglish = await anonymous.SendAsync(english);
        Assert.Equal(HttpStatusCode.BadRequest, inEnglish.StatusCode);
        Assert.Contains("control characters", await inEnglish.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var citizen = Browser.Open(app);
        var form = await citizen.SubmitAsync("/Petitions/Submit", new()
        {
            ["Input.Name"] = "An", ["Input.Phone"] = "0912000111", ["Input.Title"] = "Tiêu\u001bđề", ["Input.Content"] = "Nội dung", ["Input.ConsentHandling"] = "true",
        });
        Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
        Assert.Contains("Trường «Input.Title» có ký tự điều khiển không hợp lệ", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var nul = await citizen.SubmitAsync("/Petitions/Submit", new() { ["Input.Title"] = "a\u0000b", ["Input.ConsentHandling"] = "true" });
        Assert.Equal(HttpStatusCode.BadRequest, nul.StatusCode);
        Assert.Contains("ký tự điều khiển", await nul.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await HeadAsync());
    }

    [Fact]
    public async Task A_question_of_an_unknown_channel_is_refused()
    {
        using var delegateApi = await PetitionKit.ApiAsync(app, "daibieu");
        var before = await HeadAsync();
        var response = await delegateApi.PostAsJsonAsync("/api/v1/questions", new { title = "Chiếu sáng ngõ 165", content = "Đề nghị lắp đèn.", channel = 99 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(DongThuan.Web.Modules.Questions.QuestionRefusals.UnknownChannel.Message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await HeadAsync());
    }

    [Fact]
    public async Task A_megabyte_reason_for_sending_an_answer_back_is_refused()
    {
        // A routed petition whose agency has answered: the office answers it itself, as it may.
        var id = await app.WithDb((db, _) => db.Petitions.AsNoTracking().Where(p => p.State == PetitionState.Routed).Select(p => p.Id).FirstAsync());
        using var office = await PetitionKit.ApiAsync(app, "thuongtruc");
        Assert.Equal(HttpStatusCode.OK, (await office.PostAsJsonAsync($"/api/v1/petitions/{id}/answer", new { text = "Đã sửa xong đèn chiếu sáng." })).StatusCode);
        var before = await HeadAsync();
        var response = await office.PostAsJsonAsync($"/api/v1/petitions/{id}/review", new { accept = false, reason = new string('x', 1_000_000) });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("tối đa 2.000 ký tự", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await HeadAsync());
        Assert.Equal(PetitionState.AnswerSubmitted, (await app.WithDb((db, _) => db.Petitions.AsNoTracking().SingleAsync(p => p.Id == id))).State);

        var fits = await office.PostAsJsonAsync($"/api/v1/petitions/{id}/review", new { accept = false, reason = "Bổ sung thời hạn hoàn thành." });
        Assert.Equal(HttpStatusCode.OK, fits.StatusCode);
    }

    [Fact]
    public async Task An_impossible_publication_date_is_refused_not_dropped()
    {
        using var office = await Browser.SignedInAs(app, "thuongtruc");
        var title = "Bản tin ngày sai " + Guid.NewGuid().ToString("N")[..6];
        var fields = new Dictionary<string, string> { ["Title"] = title, ["Author"] = "Văn phòng", ["Lead"] = "Sapo", ["Body"] = "Nội dung.", ["Tags"] = "thử" };
        var saved = await office.SubmitAsync("/Portal/Edit", fields, "/Portal/Edit?handler=Save");
        var editUrl = saved.Headers.Location!.OriginalString;
        fields["PublishOn"] = "2026-02-30T08:00";
        var refused = await office.SubmitAsync(editUrl, fields, editUrl + "?handler=Publish");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Ngày giờ đăng không hợp lệ", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.WithDb((db, _) => db.Set<DongThuan.Web.Modules.Portal.Article>().AnyAsync(a => a.Title == title && a.PublishAt != null)));
    }

    [Fact]
    public async Task The_petition_form_marks_what_is_required_and_shows_every_error_at_once_beside_its_field()
    {
        using var citizen = Browser.Open(app);
        var form = await citizen.GetPageAsync("/Petitions/Submit");
        Assert.Contains("Mục có dấu * là bắt buộc.", form, StringComparison.Ordinal);
        Assert.Equal(6, System.Text.RegularExpressions.Regex.Count(form, "<abbr class=\"required\""));

        var before = await HeadAsync();
        var response = await citizen.SubmitAsync("/Petitions/Submit", new() { ["Input.Name"] = "", ["Input.Email"] = "khong-hop-le", ["Input.Title"] = "", ["Input.Content"] = "" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        string Beside(string field) =>
            System.Text.RegularExpressions.Regex.Match(page, $"data-valmsg-for=\"Input.{field}\"[^>]*>([^<]*)<").Groups[1].Value;
        Assert.Equal(PetitionRefusals.ContactRequired.Message, Beside("Name"));
        Assert.Equal(PetitionRefusals.ContactInvalid.Message, Beside("Email"));
        Assert.Equal(PetitionRefusals.TitleAndContentRequired.Message, Beside("Title"));
        Assert.Equal(PetitionRefusals.TitleAndContentRequired.Message, Beside("Content"));
        Assert.Equal(PetitionRefusals.ConsentRequired.Message, Beside("ConsentHandling"));
        Assert.Equal(before, await HeadAsync());
    }

    [Fact]
    public async Task A_jpeg_with_html_appended_is_refused_as_an_attachment()
    {
        byte[] polyglot = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0xFF, 0xD9, .. "<html><script>alert(1)</script></html>"u8.ToArray()];
        using var citizen = Browser.Open(app);
        var before = await HeadAsync();
        var response = await citizen.SubmitFilesAsync("/Petitions/Submit", "/Petitions/Submit", new()
        {
            ["Input.Name"] = "Lê Văn Tám", ["Input.Phone"] = "0912000111", ["Input.Title"] = PetitionKit.Unique("Ảnh ổ gà"), ["Input.Content"] = "Ảnh kèm theo.",
            ["Input.ConsentHandling"] = "true",
        }, ("files", "o-ga.jpg", polyglot));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("nội dung lạ ngoài định dạng", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await HeadAsync());
    }
}
