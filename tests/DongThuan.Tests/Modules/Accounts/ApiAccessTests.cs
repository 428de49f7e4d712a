using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DongThuan.Tests.Harness;
using DongThuan.Web.Modules.Accounts.Demo;

namespace DongThuan.Tests.Modules.Accounts;

public abstract class ApiAccessTests
{
    private readonly AppFactory _app;

    protected ApiAccessTests(AppFactory app)
    {
        app.RequireAvailable();
        _app = app;
    }

    private async Task<string> TokenFor(HttpClient client, string user)
    {
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = user, password = DemoAccounts.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("expiresIn").GetInt32() > 0);
        return json.RootElement.GetProperty("accessToken").GetString()!;
    }

    [Fact]
    public async Task A_token_gives_the_callers_name_and_roles()
    {
        using var client = _app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenFor(client, "daibieu"));
        using var me = JsonDocument.Parse(await client.GetStringAsync("/api/v1/me"));
        Assert.Equal("daibieu", me.RootElement.GetProperty("userName").GetString());
        Assert.Equal(["Delegate"], me.RootElement.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        var scope = me.RootElement.GetProperty("scopes")[0];
        Assert.Equal("Delegate", scope.GetProperty("role").GetString());
        Assert.NotEqual(JsonValueKind.Null, scope.GetProperty("bodyId").ValueKind);
    }

    [Fact]
    public async Task A_token_carries_the_same_permissions_as_the_pages()
    {
        using var client = _app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenFor(client, "congdan"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/organisation/units")).StatusCode);

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenFor(client, "ubnd"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/organisation/units")).StatusCode);
    }

    [Fact]
    public async Task No_token_or_a_forged_one_is_401()
    {
        using var client = _app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "gia-mao");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
    }

    [Theory]
    [InlineData("{\"userName\":\"admin\",", "application/json")]
    [InlineData("{\"userName\":\"admin\"}", "application/json")]
    [InlineData("not json at all", "application/json")]
    public async Task Malformed_requests_get_problem_details_in_Vietnamese_not_a_500(string body, string contentType)
    {
        using var client = _app.CreateClient();
        var response = await client.PostAsync("/api/v1/auth/token", new StringContent(body, Encoding.UTF8, contentType));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, json.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("không hợp lệ", json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_is_a_401_problem()
    {
        using var client = _app.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin", password = "sai" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Tên đăng nhập hoặc mật khẩu không đúng.", json.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Problems_speak_English_when_asked()
    {
        using var client = _app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin", password = "sai" });
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Wrong user name or password.", json.RootElement.GetProperty("detail").GetString());
    }
}

public sealed class ApiAccessTestsOnSqlite(SqliteApp app) : ApiAccessTests(app), IClassFixture<SqliteApp>;

public sealed class ApiAccessTestsOnPostgres(PostgresApp app) : ApiAccessTests(app), IClassFixture<PostgresApp>;
