using System.Net.Http.Json;
using System.Net.Http.Headers;
using System.Text.Json;
using DongThuan.Tests.Harness;
using DongThuan.Web.Modules.Petitions;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DongThuan.Tests.Modules.Petitions;

/// <summary>Small steps the petition tests share: API clients, a public submission, looking records up.</summary>
internal static class PetitionKit
{
    public static async Task<HttpClient> ApiAsync(AppFactory app, string user, string password = DongThuan.Web.Modules.Accounts.Demo.DemoAccounts.Password)
    {
        var client = app.CreateClient();
        var token = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = user, password });
        using var json = JsonDocument.Parse(await token.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", json.RootElement.GetProperty("accessToken").GetString());
        return client;
    }

    /// <summary>The ward the public submissions name: a ward of today, so they go to phường Cầu Giấy's council.</summary>
    public const string Ward = "Cầu Giấy";

    /// <summary>That council's office, and its executive officer (who answers for the committee and both departments).</summary>
    public const string Office = "phuong.vanphong";
    public const string Official = "phuong.ubnd";

    public const string Committee = "UBND phường Cầu Giấy";
    public const string Urban = "Phòng Kinh tế, Hạ tầng và Đô thị phường Cầu Giấy";
    public const string Culture = "Phòng Văn hóa – Xã hội phường Cầu Giấy";

    /// <summary>An account of its own holding the executive officer's role in one agency only (password <see cref="OtherCouncil.Password"/>).</summary>
    public static Task<string> AgencyAccountAsync(AppFactory app, string agency) => app.WithDb(async (db, sp) =>
    {
        var body = await db.Bodies.SingleAsync(b => b.Name == agency);
        var userName = "cb-" + Guid.NewGuid().ToString("N")[..8];
        var user = new AppUser { UserName = userName, DisplayName = "Cán bộ " + agency, Email = userName + "@example.com", EmailConfirmed = true };
        Assert.True((await sp.GetRequiredService<UserManager<AppUser>>().CreateAsync(user, OtherCouncil.Password)).Succeeded);
        db.RoleAssignments.Add(RoleAssignment.Grant(user, AppRole.ExecutiveOfficer, body, out var outcome));
        Assert.True(outcome.Succeeded);
        await db.SaveChangesAsync();
        return userName;
    });

    /// <summary>A unique public submission through the API; returns its tracking code.</summary>
    public static async Task<string> SubmitAsync(AppFactory app, string title, string content, string email, string? name = null, string kind = "Feedback")
    {
        using var client = app.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/petitions",
            new { name = name ?? "Lê Thị Hoa", email, phone = "0987654321", title, content, ward = Ward, address = "Ngõ 165 Cầu Giấy", kind });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("trackingCode").GetString()!;
    }

    public static Task<Petition> ByCodeAsync(AppFactory app, string code) =>
        app.WithDb((db, _) => db.Set<Petition>().AsNoTracking().SingleAsync(p => p.TrackingCode == code));

    public static Task<Guid> BodyAsync(AppFactory app, string name) =>
        app.WithDb((db, _) => db.Set<DongThuan.Web.Modules.Organisation.Body>().Where(b => b.Name == name).Select(b => b.Id).SingleAsync());

    public static Guid FieldId(int index) => PetitionFieldConfiguration.FieldIds[index];

    /// <summary>The public status lookup: code and contact in a POST body.</summary>
    public static Task<HttpResponseMessage> StatusAsync(HttpClient client, string code, string contact) =>
        client.PostAsJsonAsync("/api/v1/petitions/status", new { code, contact });

    public static string Unique(string text) => $"{text} {Guid.NewGuid().ToString("N")[..6]}";
}
