using System.Text;
using DongThuan.Web.Infrastructure.Text;

namespace DongThuan.Tests.Infrastructure;

/// <summary>
/// The quick folding search ranks with (<see cref="VietnameseText.SpacedWords"/>, <see cref="VietnameseText.SpacedMarkedWords"/>)
/// gives the same words as the folding the index was written with (<see cref="VietnameseText.Words"/>,
/// <see cref="VietnameseText.MarkedWords"/>): else a record's phrases would be miscounted and its rank would drift from FTS5's.
/// </summary>
public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Cầu Giấy, Đống Đa; HĐND-UBND (2026)")]
    [InlineData("ĐƯỜNG Nguyễn Khánh Toàn — ngõ 12/34")]
    [InlineData("  ")]
    [InlineData("\u0301dấu đứng đầu")] // a combining mark with no letter before it
    [InlineData("Cu\u0300 tri\u0301 da\u0323ng ta\u0301ch")] // marks typed apart from their letters
    [InlineData("İstanbul ﬁle Straße Ǆ ǅ ²³ Ⅻ")]
    [InlineData("Москва 北京市 Αθήνα 😀 emoji")]
    public void The_quick_folding_gives_the_same_words(string text) => AssertSame(text);

    [Fact]
    public void Every_vowel_with_every_tone_in_either_case_folds_the_same_way()
    {
        var letters = "aăâeêioôơuưyđ";
        var tones = new[] { "", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323" };
        var words = letters.SelectMany(l => tones.Select(t => ("t" + l + t + "n").Normalize(NormalizationForm.FormC))).ToList();
        AssertSame(string.Join(' ', words));
        AssertSame(string.Join(' ', words).ToUpperInvariant());
        AssertSame(string.Join(' ', words).Normalize(NormalizationForm.FormD));
    }

    [Fact]
    public void Random_text_from_many_scripts_folds_the_same_way()
    {
        // Latin with and without marks, Vietnamese, combining marks, punctuation, digits, Greek, Cyrillic, CJK, surrogates.
        // (A surrogate pair is one element: a text never holds half of one.)
        string[] pool = [.. "aAđĐơƠưƯ ,.;-–\t\n0123456789ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ\u0300\u0301\u0303\u0309\u0323"
            .Concat("ßİıﬁǅΑβγДжЯ北京日本한국\u00B2\u2163").Select(c => c.ToString()), "\uD83D\uDE00", "\uD835\uDC00"];
        var random = new Random(21);
        for (var n = 0; n < 2_000; n++)
        {
            AssertSame(string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => pool[random.Next(pool.Length)])));
        }
    }

    private static void AssertSame(string text)
    {
        var words = VietnameseText.Words(text);
        var (spaced, count) = VietnameseText.SpacedWords(text);
        Assert.Equal(words.Count, count);
        Assert.Equal(words.Count == 0 ? " " : " " + string.Join(' ', words) + " ", spaced);

        var marked = VietnameseText.MarkedWords(text);
        var (spacedMarked, markedCount) = VietnameseText.SpacedMarkedWords(text);
        Assert.Equal(marked.Count, markedCount);
        Assert.Equal(marked.Count == 0 ? " " : " " + string.Join(' ', marked) + " ", spacedMarked);
    }
}
