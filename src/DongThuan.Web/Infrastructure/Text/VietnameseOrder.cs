using System.Globalization;

namespace DongThuan.Web.Infrastructure.Text;

/// <summary>
/// Vietnamese alphabetical order, for every list a person reads. Code-point order puts "Nguyễn" before "Ngô" and every
/// "Đ" after "V"; the Vietnamese alphabet is a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y, with the tone
/// marks after the bare letter. ICU's Vietnamese collation (the "vi" locale, shipped with .NET on Linux) knows it, so it
/// is used here rather than a hand-written table.
/// </summary>
public static class VietnameseOrder
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Text in dictionary order: names of bodies, fields, wards.</summary>
    public static readonly StringComparer Text = StringComparer.Create(Vietnamese, CompareOptions.None);

    /// <summary>
    /// People's full names as Vietnamese lists order them ("xếp theo vần chữ cái của tên"): by the given name, the last
    /// word, then by family and middle names; "Trần Văn An" comes before "Nguyễn Thị Bình".
    /// </summary>
    public static readonly IComparer<string> Names = Comparer<string>.Create(CompareNames);

    private static int CompareNames(string? x, string? y)
    {
        var (xGiven, xOthers) = Split(x);
        var (yGiven, yOthers) = Split(y);
        var given = Text.Compare(xGiven, yGiven);
        return given != 0 ? given : Text.Compare(xOthers, yOthers);
    }

    private static (string Given, string Others) Split(string? name)
    {
        var trimmed = (name ?? "").Trim();
        var last = trimmed.LastIndexOf(' ');
        return last < 0 ? (trimmed, "") : (trimmed[(last + 1)..], trimmed[..last]);
    }
}
