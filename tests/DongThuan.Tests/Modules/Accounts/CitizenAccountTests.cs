using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using DongThuan.Tests.Harness;
using DongThuan.Tests.Modules.Petitions;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Petitions;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Tests.Modules.Accounts;

/// <summary>
/// A citizen opens an account with an email address, confirms it by the link, and keeps "my petitions": those sent signed
/// in, and one sent before, added by its code and contact. Refused: signing in before confirming, a wrong link, a weak
/// password, a wrong contact, a petition another account holds; registering an address twice tells nobody anything.
/// </summary>
public abstract partial class CitizenAccountTests
{
    private const string Password = "CongDan@2026xyz";

    private readonly AppFactory _app;

    protected CitizenAccountTests(AppFactory app)
    {
        app.RequireAvailable();
        _app = app;
    }

    [GeneratedRegex(@"(/Accounts/ConfirmEmail\?id=[^&\s]+&token=\S+)")]
    private static partial Regex ConfirmLink();

    private async Task<HttpResponseMessage> RegisterAsync(Browser visitor, string email, string password = Password) =>
        await visitor.SubmitAsync("/Accounts/Register", new() { ["Input.Name"] = "Lê Thị Cử Tri", ["Input.Email"] = email, ["Input.Password"] = password });

    [Fact]
    public async Task A_citizen_registers_confirms_by_the_link_and_keeps_the_petitions_sent_before_and_after()
    {
        var email = $"cutri-{Guid.NewGuid():N}"[..20] + "@example.com";
        using var visitor = Browser.Open(_app);

        // A weak password is refused and nothing is made; then the account is made and a link is mailed.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await RegisterAsync(visitor, email, "ngan")).StatusCode);
        var badAddress = await RegisterAsync(visitor, "khong-phai-thu-dien-tu");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badAddress.StatusCode);
        Assert.Contains(AccountRefusals.RegisterEmail.Message, WebUtility.HtmlDecode(await badAddress.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False(await _app.WithDb((db, _) => db.Users.AnyAsync(u => u.Email == email)));
        var registered = await RegisterAsync(visitor, email);
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        Assert.Contains("Chúng tôi đã gửi thư", WebUtility.HtmlDecode(await registered.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var link = ConfirmLink().Match(await Mailbox.LatestToAsync(_app, email)).Groups[1].Value;
        Assert.NotEmpty(link);

        // Before the link: the password is right but neither the page nor the API lets the account in.
        var early = await visitor.SubmitAsync("/Accounts/SignIn", new() { ["Input.UserName"] = email, ["Input.Password"] = Password });
        Assert.Equal(HttpStatusCode.Forbidden, early.StatusCode);
        Assert.Contains(AccountRefusals.Unconfirmed.Message, WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        using (var api = _app.CreateClient())
        {
            var token = await api.PostAsJsonAsync("/api/v1/auth/token", new { userName = email, password = Password });
            Assert.Equal(HttpStatusCode.Forbidden, token.StatusCode);
            Assert.Contains("account-unconfirmed", await token.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The same address again: the same answer, a note to the address, still one account.
        Assert.Equal(HttpStatusCode.OK, (await RegisterAsync(Browser.Open(_app), email)).StatusCode);
        Assert.Contains("đã có tài khoản", await Mailbox.LatestToAsync(_app, email), StringComparison.Ordinal);
        Assert.Equal(1, await _app.WithDb((db, _) => db.Users.CountAsync(u => u.Email == email)));

        // A tampered link is refused; the real one confirms.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await visitor.GetAsync(link.Replace("token=", "token=x", StringComparison.Ordinal))).StatusCode);
        Assert.Contains("Địa chỉ đã được xác nhận", WebUtility.HtmlDecode(await visitor.GetPageAsync(link)), StringComparison.Ordinal);

        // A petition sent before the account, with this address as its contact.
        var before = PetitionKit.Unique("Vỉa hè ngõ 48 bị lấn chiếm");
        var code = await PetitionKit.SubmitAsync(_app, before, "Hàng quán lấn chiếm hết vỉa hè, người đi bộ phải xuống lòng đường.", email);

        using var citizen = await Browser.SignedInAs(_app, email, Password);
        var mine = WebUtility.HtmlDecode(await citizen.GetPageAsync("/Petitions/Mine"));
        Assert.DoesNotContain(code, mine, StringComparison.Ordinal);
        Assert.Contains("href=\"/Petitions/Mine\"", mine, StringComparison.Ordinal); // offered in the menu

        // Its status page by code alone shows nothing to its sender until the petition is theirs.
        Assert.DoesNotContain(before, WebUtility.HtmlDecode(await citizen.GetPageAsync($"/Petitions/Status?code={code}")), StringComparison.Ordinal);

        // A wrong contact is refused like an unknown code; the right one adds it.
        var wrong = await citizen.SubmitAsync("/Petitions/Mine", new() { ["Code"] = code, ["Contact"] = "nguoi-khac@example.com" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await citizen.SubmitAsync("/Petitions/Mine", new() { ["Code"] = code.ToLowerInvariant(), ["Contact"] = email.ToUpperInvariant() })).StatusCode);
        mine = WebUtility.HtmlDecode(await citizen.GetPageAsync("/Petitions/Mine"));
        Assert.Contains(code, mine, StringComparison.Ordinal);
        Assert.Contains(before, mine, StringComparison.Ordinal);
        Assert.Contains(before, WebUtility.HtmlDecode(await citizen.GetPageAsync($"/Petitions/Status?code={code}")), StringComparison.Ordinal);

        // Nobody else, not even another citizen who knows the code and the contact, can take it over; a visitor's bookmark shows nothing.
        using var other = await Browser.SignedInAs(_app, "congdan");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await other.SubmitAsync("/Petitions/Mine", new() { ["Code"] = code, ["Contact"] = email })).StatusCode);
        Assert.DoesNotContain(before, WebUtility.HtmlDecode(await other.GetPageAsync($"/Petitions/Status?code={code}")), StringComparison.Ordinal);
        Assert.DoesNotContain(before, WebUtility.HtmlDecode(await Browser.Open(_app).GetPageAsync($"/Petitions/Status?code={code}")), StringComparison.Ordinal);

        // Answered and accepted, it is rated by its owner on the status page without typing the contact again.
        var id = (await PetitionKit.ByCodeAsync(_app, code)).Id;
        using (var office = await PetitionKit.ApiAsync(_app, PetitionKit.Office))
        using (var official = await PetitionKit.ApiAsync(_app, PetitionKit.Official))
        {
            var committee = await PetitionKit.BodyAsync(_app, PetitionKit.Committee);
            Assert.Equal(HttpStatusCode.OK, (await office.PostAsJsonAsync($"/api/v1/petitions/{id}/route", new { fieldId = PetitionKit.FieldId(1), level = "Commune", agencyBodyId = committee })).StatusCode);
            // The status page says who holds it now and by when they answer.
            var due = (await _app.WithDb((db, _) => db.Obligations.AsNoTracking().SingleAsync(o => o.SubjectId == id && o.State == ObligationState.Open))).DueOn;
            var routedPage = WebUtility.HtmlDecode(await citizen.GetPageAsync($"/Petitions/Status?code={code}"));
            Assert.Contains($"UBND phường Cầu Giấy trả lời trước ngày {due:dd/MM/yyyy}.", routedPage, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await official.PostAsJsonAsync($"/api/v1/petitions/{id}/answer", new { text = "Đã yêu cầu các hộ kinh doanh trả lại vỉa hè." })).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await office.PostAsJsonAsync($"/api/v1/petitions/{id}/review", new { accept = true })).StatusCode);
        }

        var status = WebUtility.HtmlDecode(await citizen.GetPageAsync($"/Petitions/Status?code={code}"));
        Assert.Contains("Đã yêu cầu các hộ kinh doanh trả lại vỉa hè.", status, StringComparison.Ordinal);
        var rated = await citizen.SubmitAsync($"/Petitions/Status?code={code}", new() { ["code"] = code, ["contact"] = "", ["Rating"] = "Resolved" }, "/Petitions/Status?handler=Rate");
        Assert.Equal(HttpStatusCode.OK, rated.StatusCode);
        Assert.Contains("Cảm ơn bạn đã đánh giá", WebUtility.HtmlDecode(await rated.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(PetitionRating.Resolved, (await PetitionKit.ByCodeAsync(_app, code)).Rating);
        Assert.Equal(HttpStatusCode.NotFound, (await other.SubmitAsync($"/Petitions/Status?code={code}", new() { ["code"] = code, ["contact"] = "", ["Rating"] = "NotResolved" },
            "/Petitions/Status?handler=Rate")).StatusCode);

        // A petition sent while signed in is theirs at once.
        using var signedApi = await PetitionKit.ApiAsync(_app, email, Password);
        var sent = await signedApi.PostAsJsonAsync("/api/v1/petitions", new
        {
            name = "Lê Thị Cử Tri", email, title = PetitionKit.Unique("Đèn ngõ 20 hỏng"), content = "Đèn chiếu sáng ngõ 20 hỏng đã hai tuần.", ward = PetitionKit.Ward, kind = "Feedback",
        });
        Assert.True(sent.StatusCode == HttpStatusCode.Created, await sent.Content.ReadAsStringAsync());
        var second = (await sent.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("trackingCode").GetString()!;
        Assert.Contains(second, await citizen.GetPageAsync("/Petitions/Mine"), StringComparison.Ordinal);
    }
}

public sealed class CitizenAccountTestsOnSqlite(SqliteApp app) : CitizenAccountTests(app), IClassFixture<SqliteApp>;

public sealed class CitizenAccountTestsOnPostgres(PostgresApp app) : CitizenAccountTests(app), IClassFixture<PostgresApp>;
