using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DongThuan.Tests.Harness;
using DongThuan.Web.Modules.Petitions;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Tests.Modules.Petitions;

/// <summary>
/// The petitioner's side of the API with the pages' rules: a citizen's own list and claim, the office's recorded look at a
/// denouncer, and the administrator's handling of a person's data. Authorization is decided before the engine matters,
/// so these run on SQLite only.
/// </summary>
public sealed class PetitionerApiTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static async Task<string?> CodeOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString();

    [Fact]
    public async Task A_citizen_lists_their_petitions_and_adds_one_sent_before_only_with_its_code_and_contact()
    {
        var email = $"{Guid.NewGuid():N}@example.com";
        var code = await PetitionKit.SubmitAsync(app, PetitionKit.Unique("Đèn ngõ 4 hỏng"), "Đèn ngõ 4 không sáng.", email);
        using var citizen = await PetitionKit.ApiAsync(app, await OtherCouncil.CreateCitizenAsync(app), OtherCouncil.Password);
        using var stranger = await PetitionKit.ApiAsync(app, await OtherCouncil.CreateCitizenAsync(app), OtherCouncil.Password);
        Assert.DoesNotContain(code, await citizen.GetStringAsync("/api/v1/petitions/mine"), StringComparison.Ordinal);

        var wrong = await citizen.PostAsJsonAsync("/api/v1/petitions/mine", new { code, contact = "khac@example.com" });
        Assert.Equal((HttpStatusCode.NotFound, "petition-not-found"), (wrong.StatusCode, await CodeOf(wrong)));
        Assert.Equal(HttpStatusCode.NoContent, (await citizen.PostAsJsonAsync("/api/v1/petitions/mine", new { code = code.ToLowerInvariant(), contact = email })).StatusCode);
        var mine = Assert.Single(await citizen.GetFromJsonAsync<JsonElement[]>("/api/v1/petitions/mine") ?? []);
        Assert.Equal((code, "Received"), (mine.GetProperty("trackingCode").GetString(), mine.GetProperty("state").GetString()));

        // Once someone's, nobody else can take it, even knowing both; a visitor has no list.
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync("/api/v1/petitions/mine", new { code, contact = email })).StatusCode);
        Assert.Empty(await stranger.GetFromJsonAsync<JsonElement[]>("/api/v1/petitions/mine") ?? []);
        using var visitor = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.GetAsync("/api/v1/petitions/mine")).StatusCode);
    }

    [Fact]
    public async Task The_office_sees_a_denouncer_only_by_stating_why_and_the_look_is_recorded()
    {
        var (_, id, email) = await PetitionPrivacyTests.DenounceAsync(app);
        using var office = await PetitionKit.ApiAsync(app, PetitionKit.Office);
        Assert.DoesNotContain(email, await office.GetStringAsync($"/api/v1/petitions/{id}"), StringComparison.Ordinal);
        Task<int> LooksAsync() => app.WithDb((db, _) => db.IdentityDisclosures.CountAsync(d => db.Set<PetitionerIdentity>().Any(i => i.Id == d.IdentityId && i.PetitionId == id)));

        var noPurpose = await office.PostAsJsonAsync($"/api/v1/petitions/{id}/identity", new { purpose = " " });
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "petition-purpose"), (noPurpose.StatusCode, await CodeOf(noPurpose)));
        using var english = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/petitions/{id}/identity") { Content = JsonContent.Create(new { purpose = "" }) };
        english.Headers.AcceptLanguage.Add(new System.Net.Http.Headers.StringWithQualityHeaderValue("en"));
        Assert.Contains("every look is recorded", await (await office.SendAsync(english)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await LooksAsync());

        var shown = await office.PostAsJsonAsync($"/api/v1/petitions/{id}/identity", new { purpose = "Mời người tố cáo đến làm việc theo Điều 28 Luật Tố cáo" });
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        var sender = await shown.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((PetitionPrivacyTests.Denouncer, email, true), (sender.GetProperty("name").GetString(), sender.GetProperty("email").GetString(), sender.GetProperty("restricted").GetBoolean()));
        Assert.Equal(1, await LooksAsync());

        // The agency's officer is refused by role; another council's office does not find the petition at all.
        using var official = await PetitionKit.ApiAsync(app, PetitionKit.Official);
        Assert.Equal(HttpStatusCode.Forbidden, (await official.PostAsJsonAsync($"/api/v1/petitions/{id}/identity", new { purpose = "x" })).StatusCode);
        var other = await OtherCouncil.CreateAsync(app);
        using var otherOffice = await PetitionKit.ApiAsync(app, other.OfficeUser, OtherCouncil.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await otherOffice.PostAsJsonAsync($"/api/v1/petitions/{id}/identity", new { purpose = "Xác minh" })).StatusCode);
        Assert.Equal(1, await LooksAsync());
    }

    [Fact]
    public async Task An_administrator_finds_exports_and_erases_a_persons_data_and_nobody_else_can()
    {
        var email = $"xoa.{Guid.NewGuid():N}@example.com";
        var code = await PetitionKit.SubmitAsync(app, PetitionKit.Unique("Cây đổ"), "Cây đổ trước nhà Phan Thị Mơ, số 3 ngõ 9.", email, "Phan Thị Mơ");
        using var admin = await PetitionKit.ApiAsync(app, "admin");
        using var office = await PetitionKit.ApiAsync(app, PetitionKit.Office);
        Assert.Equal(HttpStatusCode.Forbidden, (await office.GetAsync($"/api/v1/personal-data?who={Uri.EscapeDataString(email)}")).StatusCode);

        var held = Assert.Single(await admin.GetFromJsonAsync<JsonElement[]>($"/api/v1/personal-data?who={Uri.EscapeDataString(email)}") ?? []);
        Assert.Equal(code, held.GetProperty("trackingCode").GetString());
        var identityId = held.GetProperty("identityId").GetGuid();

        var export = await admin.PostAsJsonAsync("/api/v1/personal-data/export", new { identityIds = new[] { identityId } });
        Assert.Equal("application/json", export.Content.Headers.ContentType!.MediaType);
        var json = await export.Content.ReadAsStringAsync();
        Assert.Contains("Phan Thị Mơ", json, StringComparison.Ordinal);
        Assert.Contains(code, json, StringComparison.Ordinal);

        Assert.Equal("petition-identities", await CodeOf(await admin.PostAsJsonAsync("/api/v1/personal-data/erase", new { identityIds = Array.Empty<Guid>(), reason = "x" })));
        Assert.Equal("petition-reason", await CodeOf(await admin.PostAsJsonAsync("/api/v1/personal-data/erase", new { identityIds = new[] { identityId } })));
        Assert.Equal(HttpStatusCode.Forbidden, (await office.PostAsJsonAsync("/api/v1/personal-data/erase", new { identityIds = new[] { identityId }, reason = "x" })).StatusCode);
        Assert.Contains("Mơ", (await PetitionKit.ByCodeAsync(app, code)).Content, StringComparison.Ordinal);

        var erased = await admin.PostAsJsonAsync("/api/v1/personal-data/erase", new { identityIds = new[] { identityId }, reason = "Yêu cầu của chủ thể dữ liệu" });
        Assert.Equal(1, (await erased.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("count").GetInt32());
        var after = await app.WithDb((db, _) => db.PetitionerIdentities.AsNoTracking().SingleAsync(i => i.Id == identityId));
        Assert.Equal((null, null), (after.Name, after.Email));
        Assert.DoesNotContain("Mơ", (await PetitionKit.ByCodeAsync(app, code)).Content, StringComparison.Ordinal);
        Assert.Empty(await admin.GetFromJsonAsync<JsonElement[]>($"/api/v1/personal-data?who={Uri.EscapeDataString(email)}") ?? []);
    }
}
