using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DongThuan.Tests.Harness;

/// <summary>An HTTP client that behaves like a person's browser: cookies, forms with their antiforgery token, no auto-redirects.</summary>
public sealed partial class Browser(HttpClient client) : IDisposable
{
    public HttpClient Client { get; } = client;

    public static Browser Open(AppFactory app) =>
        new(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public static async Task<Browser> SignedInAs(AppFactory app, string userName, string password = DongThuan.Web.Modules.Accounts.Demo.DemoAccounts.Password)
    {
        var browser = Open(app);
        var response = await browser.SubmitAsync("/Accounts/SignIn", new() { ["Input.UserName"] = userName, ["Input.Password"] = password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in as {userName} failed: {(int)response.StatusCode}");
        return browser;
    }

    public Task<HttpResponseMessage> GetAsync(string url) => Client.GetAsync(url);

    public async Task<string> GetPageAsync(string url)
    {
        var response = await Client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Loads the form page, then posts the fields with the page's antiforgery token, as a browser does.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string formUrl, Dictionary<string, string> fields, string? postUrl = null)
    {
        fields["__RequestVerificationToken"] = await TokenAsync(formUrl);
        return await Client.PostAsync(postUrl ?? formUrl, new FormUrlEncodedContent(fields));
    }

    /// <summary>As <see cref="SubmitAsync"/>, with a field that repeats (checkboxes of one name).</summary>
    public async Task<HttpResponseMessage> SubmitWithListAsync(string formUrl, Dictionary<string, string> fields, string listName, IEnumerable<string> values, string? postUrl = null)
    {
        var token = await TokenAsync(formUrl);
        var pairs = fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).Concat(values.Select(v => new KeyValuePair<string, string>(listName, v)))
            .Append(new("__RequestVerificationToken", token));
        return await Client.PostAsync(postUrl ?? formUrl, new FormUrlEncodedContent(pairs));
    }

    /// <summary>Posts a multipart form with files, with the form page's antiforgery token.</summary>
    public async Task<HttpResponseMessage> SubmitFilesAsync(string formUrl, string postUrl, Dictionary<string, string> fields, params (string Field, string FileName, byte[] Bytes)[] files)
    {
        var token = await TokenAsync(formUrl);
        using var content = new MultipartFormDataContent();
        foreach (var (k, v) in fields.Append(new("__RequestVerificationToken", token)))
        {
            content.Add(new StringContent(v), k);
        }

        foreach (var (field, name, bytes) in files)
        {
            content.Add(new ByteArrayContent(bytes), field, name);
        }

        return await Client.PostAsync(postUrl, content);
    }

    private async Task<string> TokenAsync(string formUrl)
    {
        var html = await GetPageAsync(formUrl);
        var token = TokenPattern().Matches(html).Select(m => m.Groups[1].Value).LastOrDefault() ?? throw new InvalidOperationException($"no antiforgery token on {formUrl}");
        return WebUtility.HtmlDecode(token);
    }

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
