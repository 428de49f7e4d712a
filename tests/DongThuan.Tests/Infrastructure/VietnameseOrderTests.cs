using System.Text.RegularExpressions;
using DongThuan.Tests.Harness;
using DongThuan.Web.Infrastructure.Text;

namespace DongThuan.Tests.Infrastructure;

/// <summary>Lists a person reads are in Vietnamese alphabetical order, people by their given name, as Vietnamese lists are.</summary>
public sealed partial class VietnameseOrderTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public void Words_follow_the_Vietnamese_alphabet_and_names_go_by_the_given_name()
    {
        string[] words = ["Vũ", "Nguyễn", "Đặng", "Ngô", "Dương", "Ơn", "On", "Ôn", "Ánh", "An", "Ê-đê", "Em"];
        Assert.Equal(["An", "Ánh", "Dương", "Đặng", "Em", "Ê-đê", "Ngô", "Nguyễn", "On", "Ôn", "Ơn", "Vũ"], words.Order(VietnameseOrder.Text));

        string[] names = ["Nguyễn Thị Bình", "Trần Văn An", "Đỗ Minh Đức", "Lê Văn Dũng", "Ngô Thị An", "Phạm Thu Ơn", "Hoàng Văn Ôn"];
        Assert.Equal(["Ngô Thị An", "Trần Văn An", "Nguyễn Thị Bình", "Lê Văn Dũng", "Đỗ Minh Đức", "Hoàng Văn Ôn", "Phạm Thu Ơn"], names.Order(VietnameseOrder.Names));
    }

    [Fact]
    public async Task The_people_list_and_the_co_signers_picker_are_in_that_order()
    {
        using var office = await Browser.SignedInAs(app, "thuongtruc");
        var people = Linked().Matches(await office.GetPageAsync("/Organisation/People")).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.True(people.Count >= 20);
        Assert.Equal(people.Order(VietnameseOrder.Names), people);

        using var delegateBrowser = await Browser.SignedInAs(app, "daibieu");
        var form = await delegateBrowser.GetPageAsync("/Questions/Write");
        var coSigners = CoSigner().Matches(form).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value).Trim()).ToList();
        Assert.True(coSigners.Count >= 20);
        Assert.Equal(coSigners.Order(VietnameseOrder.Names), coSigners);
    }

    [GeneratedRegex("<a href=\"/Organisation/People/Details/[0-9a-f-]{36}\">([^<]+)</a>")]
    private static partial Regex Linked();

    [GeneratedRegex("name=\"Input.CoSigners\" value=\"[0-9a-f-]{36}\"[^>]*>\\s*([^<]+)<")]
    private static partial Regex CoSigner();
}
