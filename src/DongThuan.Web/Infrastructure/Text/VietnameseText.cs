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
    public static IReadOnlyList<string> Words(string? text) => Split(Fold(text));

    /// <summary>
    /// The words of a text as written but lower-cased, marks kept ("Đồng Nai," → "đồng", "nai"): the same words as
    /// <see cref="Words"/>, one for one, before folding. Search ranks a record higher when these match as typed.
    /// </summary>
    public static IReadOnlyList<string> MarkedWords(string? text) =>
        Split((text ?? "").Normalize(NormalizationForm.FormC).ToLowerInvariant());

    private static List<string> Split(string s)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= s.Length; i++)
        {
            // A combining mark left over after composition belongs to the letter before it.
            var inWord = i < s.Length && (char.IsLetterOrDigit(s[i]) || CharUnicodeInfo.GetUnicodeCategory(s[i]) == UnicodeCategory.NonSpacingMark);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(s[start..i]);
                start = -1;
            }
        }

        return words;
    }
}
