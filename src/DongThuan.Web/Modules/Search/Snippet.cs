using System.Text.RegularExpressions;
using System.Text;
using DongThuan.Web.Infrastructure.Text;

namespace DongThuan.Web.Modules.Search;

/// <summary>
/// A few lines of a record's text around the first word searched for, with the searched words marked
/// (<c>&lt;mark&gt;</c>): a word typed without marks wherever it stands with or without them, a word typed with
/// marks only where it stands as typed ("đất đai" marks neither "đại" nor "đạt"), because that is what the reader asked for. The text is HTML-encoded first, so a
/// snippet is safe to show as HTML. Folding keeps the length of Vietnamese letters, so a position found in
/// the folded text is the same position in the text as written.
/// </summary>
public static partial class Snippet
{
    public const int Length = 240;

    // Vietnamese letters stay letters in the snippet (not &#224;): it is shown in a UTF-8 page or JSON.
    private static readonly System.Text.Encodings.Web.HtmlEncoder Html = System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    /// <summary>
    /// The snippet of <paramref name="text"/> for these folded words; it opens where one of the words typed with
    /// marks (<paramref name="markedWords"/>) stands as typed, when one does, else at the first folded match.
    /// </summary>
    public static string Of(string text, IReadOnlyList<string> foldedWords, IReadOnlyCollection<string>? markedWords = null)
    {
        text = Spaces().Replace(text, " ").Trim();
        if (text.Length == 0)
        {
            return "";
        }

        var folded = VietnameseText.Fold(text);
        if (folded.Length != text.Length)
        {
            // A text whose letters fold to another length (rare symbols): no positions to trust, so the opening unmarked.
            return Html.Encode(Cut(text, 0, Length));
        }

        var lower = text.ToLowerInvariant();
        var matches = Matches(folded, lower, foldedWords, markedWords ?? []);
        var first = matches.Count > 0 ? matches[0].Start : 0;
        var start = Math.Max(0, first - Length / 3);
        if (start > 0)
        {
            // Begin at a word, not in the middle of one.
            var space = text.IndexOf(' ', start);
            start = space >= 0 && space < first ? space + 1 : start;
        }

        var end = Math.Min(text.Length, start + Length);
        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end);
            end = space > start ? space : end;
        }

        var sb = new StringBuilder();
        if (start > 0)
        {
            sb.Append('…');
        }

        var at = start;
        foreach (var (s, e) in matches.Where(m => m.Start >= start && m.End <= end))
        {
            sb.Append(Html.Encode(text[at..s])).Append("<mark>").Append(Html.Encode(text[s..e])).Append("</mark>");
            at = e;
        }

        sb.Append(Html.Encode(text[at..end]));
        if (end < text.Length)
        {
            sb.Append('…');
        }

        return sb.ToString().Replace("\r", "", StringComparison.Ordinal).Replace('\n', ' ');
    }

    /// <summary>
    /// Where the words stand in the folded text, whole words only, in order and not overlapping. A folded word that is
    /// the folding of a word typed with marks counts only where the text has those marks; when no such word stands as
    /// typed anywhere in the text, its folded matches are marked after all, so the reader still sees why the record was found.
    /// </summary>
    private static List<(int Start, int End)> Matches(string folded, string lower, IReadOnlyList<string> words, IReadOnlyCollection<string> markedWords)
    {
        var found = new List<(int Start, int End)>();
        foreach (var word in words.Where(w => w.Length > 0))
        {
            var typed = markedWords.Where(m => VietnameseText.Fold(m) == word).ToList();
            var all = Occurrences(folded, word);
            var asTyped = typed.Count == 0 ? all : [.. all.Where(m => typed.Contains(lower[m.Start..m.End]))];
            found.AddRange(asTyped.Count > 0 ? asTyped : all);
        }

        var ordered = new List<(int Start, int End)>();
        foreach (var m in found.OrderBy(m => m.Start).ThenByDescending(m => m.End))
        {
            if (ordered.Count == 0 || m.Start >= ordered[^1].End)
            {
                ordered.Add(m);
            }
        }

        return ordered;
    }

    private static List<(int Start, int End)> Occurrences(string folded, string word)
    {
        var found = new List<(int Start, int End)>();
        var from = 0;
        int at;
        while ((at = folded.IndexOf(word, from, StringComparison.Ordinal)) >= 0)
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(folded[at - 1])) && (end == folded.Length || !char.IsLetterOrDigit(folded[end])))
            {
                found.Add((at, end));
            }

            from = end;
        }

        return found;
    }

    private static string Cut(string text, int start, int length) =>
        text.Length - start <= length ? text[start..] : string.Concat(text.AsSpan(start, length), "…");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
