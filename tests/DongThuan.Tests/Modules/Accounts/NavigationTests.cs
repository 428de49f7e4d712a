using System.Net;
using System.Text.RegularExpressions;
using DongThuan.Tests.Harness;

namespace DongThuan.Tests.Modules.Accounts;

/// <summary>
/// The main menu as each demo role sees it: grouped by area of work, only the pages the role may open (and every page
/// offered opens), the page being shown marked; a visitor gets the public links alone, with no menu to unfold.
/// </summary>
public sealed partial class NavigationTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [GeneratedRegex("""<nav aria-label="[^"]*" class="areas( grouped)?">(.*?)</nav>""", RegexOptions.Singleline)]
    private static partial Regex Menu();

    [GeneratedRegex("""<summary>([^<]*)</summary>""")]
    private static partial Regex AreaNames();

    [GeneratedRegex("""<a href="([^"]*)"( aria-current="page")?>""")]
    private static partial Regex Links();

    private static (bool Grouped, List<string> Areas, List<string> Hrefs, string? Current) Read(string page)
    {
        var menu = Menu().Match(page);
        Assert.True(menu.Success, "the page has a main menu");
        var links = Links().Matches(menu.Groups[2].Value);
        return (menu.Groups[1].Success, [.. AreaNames().Matches(menu.Groups[2].Value).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))],
            [.. links.Select(m => m.Groups[1].Value)], links.SingleOrDefault(m => m.Groups[2].Success)?.Groups[1].Value);
    }

    [Theory]
    [InlineData("thuongtruc", new[] { "Công việc của tôi", "Kỳ họp", "Chất vấn", "Kiến nghị", "Giám sát", "Chương trình phối hợp", "Báo cáo, thống kê", "Quản trị", "Công khai" }, new[] { "/Accounts/Users", "/Imports", "/Portal" }, new[] { "/Admin/Audit", "/Petitions/PersonalData" })]
    [InlineData("daibieu", new[] { "Công việc của tôi", "Kỳ họp", "Chất vấn", "Kiến nghị", "Giám sát", "Chương trình phối hợp", "Báo cáo, thống kê", "Quản trị", "Công khai" }, new[] { "/Obligations", "/Questions" }, new[] { "/Accounts/Users", "/Imports", "/Portal", "/Admin/Audit" })]
    [InlineData("admin", new[] { "Công việc của tôi", "Kỳ họp", "Chất vấn", "Kiến nghị", "Giám sát", "Chương trình phối hợp", "Báo cáo, thống kê", "Quản trị", "Công khai" }, new[] { "/Admin/Audit", "/Petitions/PersonalData", "/Accounts/Users" }, new string[0])]
    [InlineData("bientap", new[] { "Quản trị", "Công khai" }, new[] { "/Portal", "/Portal/Comments" }, new[] { "/Obligations", "/Questions", "/Organisation/People", "/Accounts/Users" })]
    public async Task Each_role_gets_its_areas_and_only_pages_it_may_open(string user, string[] areas, string[] offered, string[] withheld)
    {
        using var browser = await Browser.SignedInAs(app, user);
        var (grouped, names, hrefs, current) = Read(await browser.GetPageAsync("/"));
        Assert.True(grouped);
        Assert.Equal(areas, names);
        Assert.All(offered, h => Assert.Contains(h, hrefs));
        Assert.All(withheld, h => Assert.DoesNotContain(h, hrefs));
        Assert.Equal(hrefs.Count, hrefs.Distinct().Count());
        foreach (var href in hrefs.Distinct())
        {
            var response = await browser.GetAsync(href);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{user}: the menu offers {href}, which answers {(int)response.StatusCode}");
        }

        // The page shown is marked, in the deepest area that holds it.
        Assert.Equal(names.Contains("Công việc của tôi") ? "/" : null, current);
        if (names.Contains("Chất vấn"))
        {
            Assert.Equal("/Questions/Explanations", Read(await browser.GetPageAsync("/Questions/Explanations")).Current);
            Assert.Contains("""<li class="area current"><details name="area"><summary>""" + "Chất vấn", Squeeze(await browser.GetPageAsync("/Questions")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_visitor_gets_the_public_links_without_a_menu_to_unfold()
    {
        using var visitor = Browser.Open(app);
        var page = await visitor.GetPageAsync("/tin-tuc");
        var (grouped, names, hrefs, current) = Read(page);
        Assert.False(grouped);
        Assert.Empty(names);
        Assert.Equal(["/tin-tuc", "/Petitions/Submit", "/Petitions/Status", "/cong-khai", "/tim-kiem"], hrefs);
        Assert.Equal("/tin-tuc", current);
        Assert.DoesNotContain("menu-toggle", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_English_each_area_reads_as_an_area_not_as_a_document_kind()
    {
        using var browser = await Browser.SignedInAs(app, "thuongtruc");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Den-GB%7Cuic%3Den-GB");
        var (_, names, _, _) = Read(await (await browser.Client.SendAsync(request)).Content.ReadAsStringAsync());
        Assert.Equal(["My work", "Sessions", "Questions", "Petitions", "Supervision", "Coordination programmes", "Reports and statistics", "Administration", "Public"], names);
    }

    private static string Squeeze(string html) => Regex.Replace(html, @">\s+<", "><");
}
