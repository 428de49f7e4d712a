using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using DongThuan.Tests.Harness;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;
using System.Text.Json;
using DongThuan.Tests.Modules.Petitions;

namespace DongThuan.Tests.Modules.Accounts;

/// <summary>
/// The account pages as a council office and as someone who forgot a password: the office lists and creates the accounts
/// of its own unit (by invitation), never sees others'; the invitation's link sets a password once; the forgotten-password
/// form answers alike for a name that does not exist.
/// </summary>
public sealed partial class AccountPagesTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private const string Password = "TuDat@2026xyz";

    [GeneratedRegex(@"(/Accounts/SetPassword\?id=[^&\s]+&token=\S+)")]
    private static partial Regex Link();

    [Fact]
    public async Task An_office_invites_a_delegate_of_its_unit_on_the_pages_and_the_link_sets_a_password_once()
    {
        var ids = await DemoIds.LoadAsync(app);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var email = $"moi-{suffix}@caugiay.example";
        var (person, group) = await app.WithDb(async (db, _) =>
        {
            var unit = await db.Units.SingleAsync(u => u.Id == ids.District);
            var p = Person.Create("Đỗ Văn Mới", unit, email, null, out var outcome);
            Assert.True(outcome.Succeeded);
            db.People.Add(p);
            await db.SaveChangesAsync();
            return (p.Id, await db.Bodies.Where(b => b.ParentBodyId == ids.Council && b.Kind == BodyKind.DelegateGroup).Select(b => b.Id).FirstAsync());
        });

        using var office = await Browser.SignedInAs(app, "thuongtruc");
        var list = await office.GetPageAsync("/Accounts/Users");
        Assert.Contains(">daibieu<", list, StringComparison.Ordinal);
        Assert.DoesNotContain(">admin<", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync($"/Accounts/Users/Details/{ids.AdminUserId}")).StatusCode);
        Assert.DoesNotContain($"value=\"{nameof(AppRole.Administrator)}\"", await office.GetPageAsync("/Accounts/Users/Create"), StringComparison.Ordinal);

        // A role in another council's body is refused on the page too, and nothing is saved.
        var other = await OtherCouncil.CreateAsync(app);
        var userName = "moi-" + suffix;
        var refused = await office.SubmitAsync("/Accounts/Users/Create", new()
        {
            ["Input.UserName"] = userName, ["Input.PersonId"] = person.ToString(), ["Input.Role"] = nameof(AppRole.CouncilOffice), ["Input.BodyId"] = other.Council.ToString(),
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains(AccountRefusals.RoleOutOfScope.Message, WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False(await app.WithDb((db, _) => db.Users.AnyAsync(u => u.UserName == userName)));

        var created = await office.SubmitAsync("/Accounts/Users/Create", new()
        {
            ["Input.UserName"] = userName, ["Input.PersonId"] = person.ToString(), ["Input.Role"] = nameof(AppRole.Delegate), ["Input.BodyId"] = group.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var details = await office.GetPageAsync(created.Headers.Location!.OriginalString);
        Assert.Contains(email, details, StringComparison.Ordinal);
        Assert.Contains("Đỗ Văn Mới", details, StringComparison.Ordinal);

        var link = Link().Match(await Mailbox.LatestToAsync(app, email)).Groups[1].Value;
        using var owner = Browser.Open(app);
        var set = await owner.SubmitAsync(link, new() { ["Input.New"] = Password });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Contains("Đã đặt mật khẩu", await set.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        (await Browser.SignedInAs(app, userName, Password)).Dispose();

        // Used once: the same link is refused, and the password stays.
        var again = await owner.SubmitAsync(link, new() { ["Input.New"] = "KhacNua@2026xyz" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains(AccountRefusals.LinkInvalid.Message, WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        (await Browser.SignedInAs(app, userName, Password)).Dispose();
    }

    [Fact]
    public async Task The_forgotten_password_form_answers_alike_whether_or_not_the_account_exists()
    {
        using var anonymous = Browser.Open(app);
        var unknown = await anonymous.SubmitAsync("/Accounts/ForgotPassword", new() { ["Input.UserNameOrEmail"] = "khong-co-" + Guid.NewGuid().ToString("N")[..6] });
        var known = await anonymous.SubmitAsync("/Accounts/ForgotPassword", new() { ["Input.UserNameOrEmail"] = "mttq" });
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        static string Notice(string html) => Regex.Match(html, "<p class=\"notice\"[^>]*>([^<]*)</p>").Groups[1].Value;
        var text = Notice(await known.Content.ReadAsStringAsync());
        Assert.NotEmpty(text);
        Assert.Equal(text, Notice(await unknown.Content.ReadAsStringAsync()));

        var empty = await anonymous.SubmitAsync("/Accounts/ForgotPassword", new() { ["Input.UserNameOrEmail"] = "" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        var forged = await anonymous.SubmitAsync("/Accounts/SetPassword?id=x&token=y", new() { ["Input.New"] = Password });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, forged.StatusCode);
    }

    private static async Task<string?> CodeOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString();

    [Fact]
    public async Task A_citizen_registers_through_the_API_and_is_mailed_the_confirmation_link_and_the_answer_never_tells_who_exists()
    {
        using var api = app.CreateClient();
        var email = $"dangky.{Guid.NewGuid():N}@example.com";
        Assert.Equal("register-email", await CodeOf(await api.PostAsJsonAsync("/api/v1/auth/registration", new { name = "Lê Văn Mới", email = "khong-phai-email", password = "DangKy@2026x" })));
        Assert.Equal("register-name", await CodeOf(await api.PostAsJsonAsync("/api/v1/auth/registration", new { name = " ", email, password = "DangKy@2026x" })));
        Assert.Equal(HttpStatusCode.Accepted, (await api.PostAsJsonAsync("/api/v1/auth/registration", new { name = "Lê Văn Mới", email, password = "DangKy@2026x" })).StatusCode);
        Assert.Contains("/Accounts/ConfirmEmail", await Mailbox.LatestToAsync(app, email), StringComparison.Ordinal);

        // The same address again: the same answer; the mail says it already has an account.
        Assert.Equal(HttpStatusCode.Accepted, (await api.PostAsJsonAsync("/api/v1/auth/registration", new { name = "Lê Văn Mới", email, password = "DangKy@2026x" })).StatusCode);

        // Not confirmed yet: no token.
        Assert.NotEqual(HttpStatusCode.OK, (await api.PostAsJsonAsync("/api/v1/auth/token", new { userName = email, password = "DangKy@2026x" })).StatusCode);
    }

    [Fact]
    public async Task A_signed_in_user_changes_their_own_password_knowing_the_current_one()
    {
        var user = await OtherCouncil.CreateCitizenAsync(app);
        using var api = await PetitionKit.ApiAsync(app, user, OtherCouncil.Password);
        using var visitor = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.PostAsJsonAsync("/api/v1/me/password", new { current = OtherCouncil.Password, @new = "MoiHon@2026xy" })).StatusCode);
        Assert.Equal("password-wrong", await CodeOf(await api.PostAsJsonAsync("/api/v1/me/password", new { current = "sai-mat-khau", @new = "MoiHon@2026xy" })));
        Assert.Equal("password-weak", await CodeOf(await api.PostAsJsonAsync("/api/v1/me/password", new { current = OtherCouncil.Password, @new = "123" })));
        Assert.Equal(HttpStatusCode.NoContent, (await api.PostAsJsonAsync("/api/v1/me/password", new { current = OtherCouncil.Password, @new = "MoiHon@2026xy" })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await visitor.PostAsJsonAsync("/api/v1/auth/token", new { userName = user, password = "MoiHon@2026xy" })).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await visitor.PostAsJsonAsync("/api/v1/auth/token", new { userName = user, password = OtherCouncil.Password })).StatusCode);
    }
}
