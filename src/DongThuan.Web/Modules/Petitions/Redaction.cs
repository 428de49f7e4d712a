using System.Text.RegularExpressions;
using DongThuan.Web.Infrastructure.Text;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// Takes a person's identifying words out of a text, and checks that none are left. Matching ignores case
/// and diacritics, so "nguyen van a" in a denunciation is found as well as "Nguyễn Văn A". Email addresses and
/// phone numbers of anyone are always removed from texts shown outside the office.
/// </summary>
public static partial class Redaction
{
    public const string Mask = "[đã ẩn]";

    public static string Apply(string text, IEnumerable<string> identifying)
    {
        var result = Contacts().Replace(text, Mask);
        foreach (var word in identifying.Where(w => w.Length >= 3).OrderByDescending(w => w.Length))
        {
            result = ReplaceFolded(result, word);
        }

        return result;
    }

    /// <summary>Does the text still hold any of the identifying words (or any email or phone number)?</summary>
    public static bool Leaks(string text, IEnumerable<string> identifying)
    {
        if (Contacts().IsMatch(text))
        {
            return true;
        }

        var folded = VietnameseText.Fold(text);
        return identifying.Where(w => w.Length >= 3).Any(w => folded.Contains(VietnameseText.Fold(w), StringComparison.Ordinal));
    }

    // Folding keeps the length of Vietnamese letters (one precomposed letter folds to one letter), so an
    // index in the folded text is the same index in the original.
    private static string ReplaceFolded(string text, string word)
    {
        var target = VietnameseText.Fold(word);
        var folded = VietnameseText.Fold(text);
        if (folded.Length != text.Length || target.Length == 0)
        {
            return text.Replace(word, Mask, StringComparison.OrdinalIgnoreCase);
        }

        var sb = new System.Text.StringBuilder();
        var from = 0;
        int at;
        while ((at = folded.IndexOf(target, from, StringComparison.Ordinal)) >= 0)
        {
            sb.Append(text, from, at - from).Append(Mask);
            from = at + target.Length;
        }

        return sb.Append(text, from, text.Length - from).ToString();
    }

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+|(\+?84|0)[\s.-]?\d{2,3}([\s.-]?\d{3}){2}\d?", RegexOptions.CultureInvariant)]
    private static partial Regex Contacts();
}
