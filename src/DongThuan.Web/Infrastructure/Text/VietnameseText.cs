using System.Globalization;
using System.Text;

namespace DongThuan.Web.Infrastructure.Text;

/// <summary>
/// Vietnamese text as people type it: with or without tone and vowel marks. Folding lowers the case,
/// removes every combining mark (so "Cầu Giấy" and "cau giay" meet) and turns đ/Đ into d, which Unicode
/// does not decompose. Used by duplicate suggestions, tracking-code lookups and, later, search.
/// </summary>
public static class VietnameseText
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                case UnicodeCategory.EnclosingMark:
                    continue;
                default:
                    sb.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
                    break;
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The folded words (syllables) of a text: letters and digits only, punctuation dropped.</summary>
    public static IReadOnlyList<string> Words(string? text)
    {
        var folded = Fold(text);
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(folded[start..i]);
                start = -1;
            }
        }

        return words;
    }
}
