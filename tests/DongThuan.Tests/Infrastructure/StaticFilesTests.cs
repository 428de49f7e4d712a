using System.Net;
using System.Text.RegularExpressions;
using DongThuan.Tests.Harness;

namespace DongThuan.Tests.Infrastructure;

/// <summary>The stylesheet a page links to is served, fingerprinted, to anyone, also to browsers that ask for it compressed.</summary>
public sealed partial class StaticFilesTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task The_linked_stylesheet_is_served_plain_and_compressed()
    {
        using var client = app.CreateClient();
        var html = await client.GetStringAsync("/");
        var href = Stylesheet().Match(html).Groups[1].Value;
        Assert.Matches(@"^/css/site\.[a-z0-9]+\.css$", href);
        var css = await client.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Contains("--brand", await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var request = new HttpRequestMessage(HttpMethod.Get, href);
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        var compressed = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, compressed.StatusCode);
        Assert.True(compressed.Content.Headers.ContentLength > 0, "a compressed stylesheet with no body");
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\"")]
    private static partial Regex Stylesheet();
}
