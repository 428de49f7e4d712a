using DongThuan.Web.Infrastructure.Text;

namespace DongThuan.Web.Modules.Search;

/// <summary>
/// A query as typed, taken apart: words and "quoted phrases", each folded for matching (case, tone and vowel
/// marks ignored, đ as d) and kept as typed for ranking. A word that folds to several (HĐND-UBND, KN-7QX4)
/// is matched as a phrase. Only letters and digits reach the engines, so nothing typed is read as syntax.
/// </summary>
public sealed class SearchQuery
{
    /// <summary>More words than this are dropped: a query is a few words, not a paragraph.</summary>
    public const int MaxParts = 12;

    /// <summary>One word or phrase: its folded words (all must follow each other), and the same words lower-cased with the marks typed.</summary>
    public sealed record Part(IReadOnlyList<string> Folded, IReadOnlyList<string> Marked)
    {
        /// <summary>Was it typed with some mark, so that the same marks in a record rank it higher?</summary>
        public bool HasMarks => !Folded.SequenceEqual(Marked, StringComparer.Ordinal);
    }

    private SearchQuery(IReadOnlyList<Part> parts) => Parts = parts;

    public IReadOnlyList<Part> Parts { get; }

    public bool IsEmpty => Parts.Count == 0;

    /// <summary>Every folded word of the query, for highlighting.</summary>
    public IReadOnlyList<string> Words => [.. Parts.SelectMany(p => p.Folded).Distinct(StringComparer.Ordinal)];

    /// <summary>The words typed with marks (lower case), for opening a snippet where they stand as typed.</summary>
    public IReadOnlySet<string> MarkedWords => Parts.Where(p => p.HasMarks).SelectMany(p => p.Marked).ToHashSet(StringComparer.Ordinal);

    /// <summary>Was any word typed with a mark? Matching ignores marks, so dropping them never finds more.</summary>
    public bool HasMarks => Parts.Any(p => p.HasMarks);

    /// <summary>The query written back as text, as typed (marks kept); a phrase of several words in quotes.</summary>
    public override string ToString() => string.Join(' ', Parts.Select(Text));

    /// <summary>
    /// Looser queries to offer when this one finds nothing: the phrases as loose words, then the query with one word
    /// or phrase left out (the last typed first, since people add the narrowing word last).
    /// </summary>
    public IReadOnlyList<string> Looser()
    {
        var looser = new List<string>();
        if (Parts.Any(p => p.Folded.Count > 1))
        {
            looser.Add(string.Join(' ', Parts.SelectMany(p => p.Marked)));
        }

        if (Parts.Count > 1)
        {
            for (var i = Parts.Count - 1; i >= 0; i--)
            {
                looser.Add(string.Join(' ', Parts.Where((_, j) => j != i).Select(Text)));
            }
        }

        return [.. looser.Distinct(StringComparer.Ordinal)];
    }

    private static string Text(Part p) => p.Marked.Count > 1 ? "\"" + string.Join(' ', p.Marked) + "\"" : p.Marked[0];

    public static SearchQuery Parse(string? text)
    {
        var parts = new List<Part>();
        var s = (text ?? "").Normalize(System.Text.NormalizationForm.FormC);
        var quoted = false;
        foreach (var segment in s.Split('"'))
        {
            if (quoted)
            {
                Add(parts, segment);
            }
            else
            {
                foreach (var token in segment.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                {
                    Add(parts, token);
                }
            }

            quoted = !quoted;
        }

        return new SearchQuery([.. parts.DistinctBy(p => string.Join(' ', p.Folded)).Take(MaxParts)]);
    }

    private static void Add(List<Part> parts, string segment)
    {
        var folded = VietnameseText.Words(segment);
        if (folded.Count > 0)
        {
            parts.Add(new Part(folded, VietnameseText.MarkedWords(segment)));
        }
    }
}
