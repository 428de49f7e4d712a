using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Text;

namespace DongThuan.Web.Modules.Search;

/// <summary>
/// One record as the search knows it: written in the same transaction as the record (<see cref="SearchIndexer"/>),
/// so it never drifts. The folded words live in the engine's own index (FTS5 on SQLite, a tsvector on
/// PostgreSQL) under <see cref="Id"/>; the title and text are kept as written, for snippets and for ranking the
/// words typed with their marks above the folded-only ones.
/// </summary>
public sealed class SearchEntry : IDerivedRow
{
    /// <summary>Beyond this, a file's text is cut: a snippet and a match need the words, not a whole book.</summary>
    public const int TextLimit = 200_000;

    private SearchEntry()
    {
    }

    public SearchEntry(string kind, Guid recordId)
    {
        Kind = kind;
        RecordId = recordId;
    }

    /// <summary>An integer, because FTS5 addresses its rows by one (and it stays the same on VACUUM).</summary>
    public long Id { get; private set; }

    public string Kind { get; private set; } = "";

    public Guid RecordId { get; private set; }

    public Guid UnitId { get; private set; }

    public Guid? BodyId { get; private set; }

    public DateOnly? Date { get; private set; }

    public string State { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string Text { get; private set; } = "";

    public string Url { get; private set; } = "";

    public string? PublicUrl { get; private set; }

    /// <summary>Unix seconds from which the public finds the record; null while it is not public.</summary>
    public long? PublicFrom { get; private set; }

    public List<SearchAudienceKey> Audience { get; private set; } = [];

    /// <summary>Takes the document's values; says whether the words changed (and so the engine's index must too).</summary>
    public bool Describe(SearchDocument d)
    {
        var title = Clean(d.Title, 1_000);
        var text = Clean(d.Text, TextLimit);
        var wordsChanged = title != Title || text != Text;
        (Title, Text, UnitId, BodyId, Date, State, Url, PublicUrl) = (title, text, d.UnitId, d.BodyId, d.Date, d.State, d.Url, d.PublicUrl);
        PublicFrom = d.PublicFrom?.ToUnixTimeSeconds();
        var keys = d.Audience.Distinct(StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        Audience.RemoveAll(a => !keys.Contains(a.Key));
        foreach (var key in keys.Where(k => Audience.All(a => a.Key != k)))
        {
            Audience.Add(new SearchAudienceKey(key));
        }

        return wordsChanged;
    }

    /// <summary>The folded words of the title, one space apart: what the engine indexes.</summary>
    public string FoldedTitle => string.Join(' ', VietnameseText.Words(Title));

    public string FoldedText => string.Join(' ', VietnameseText.Words(Text));

    /// <summary>The words of title and text with their marks, lower-cased: what a query typed with marks is checked against.</summary>
    public string MarkedWords => string.Join(' ', VietnameseText.MarkedWords(Title + "\n" + Text));

    // Composed form, so a letter typed with its marks is found letter for letter, and folding keeps positions.
    private static string Clean(string? s, int limit)
    {
        var t = (s ?? "").Normalize(System.Text.NormalizationForm.FormC).Trim();
        return t.Length > limit ? t[..limit] : t;
    }
}

/// <summary>One key of who may find an entry (<see cref="SearchAudience"/>).</summary>
public sealed class SearchAudienceKey : IDerivedRow
{
    private SearchAudienceKey()
    {
    }

    public SearchAudienceKey(string key) => Key = key;

    public long EntryId { get; private set; }

    public string Key { get; private set; } = "";
}
