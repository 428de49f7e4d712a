using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DongThuan.Tests.Harness;
using DongThuan.Tests.Modules.Petitions;

namespace DongThuan.Tests.Modules.Accounts;

/// <summary>What anyone does for their own account through the API, as on its pages: register as a citizen, change their password.</summary>
public sealed class SelfServiceApiTests(SqliteApp app) : IClassFixture<SqliteApp>
{
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
