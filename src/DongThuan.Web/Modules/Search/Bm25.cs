using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Search;

/// <summary>
/// SQLite FTS5's <c>bm25(SearchIndex, 4.0, 1.0, 0.0)</c> for one query, computed from a candidate's title and text
/// (ADR 0039): the same formula, constants and weights as FTS5's own (fts5_aux.c), so the order people see is the
/// one FTS5 gave. Each phrase found in the title counts 4, in the text 1; a record's length is all its words, the
/// marked copy of them included, against the average over the index.
/// </summary>
public sealed class Bm25
{
    /// <summary>
    /// How much of a text is read to count the phrases in it (about three pages): a petition or an article fits. In a
    /// longer record only the phrases and the words typed with marks in its first part count, and its length is
    /// reckoned from the part read; FTS5's own <c>bm25()</c> read the whole, at a pass over each word's list.
    /// </summary>
    public const int TextRead = 8_000;

    private const double K1 = 1.2;
    private const double B = 0.75;
    private const double TitleWeight = 4.0;
    private const double TextWeight = 1.0;

    // Each part's folded words with a space before and after, as VietnameseText.SpacedWords writes a text; and the
    // parts typed with marks, as typed, as VietnameseText.SpacedMarkedWords writes one.
    private readonly string[] _phrases;
    private readonly string[] _marked;
    private readonly double[] _idf;
    private readonly double _averageLength;

    /// <param name="query">The query's parts.</param>
    /// <param name="rows">The rows in the index.</param>
    /// <param name="tokens">The words in the index, every column.</param>
    /// <param name="hits">For each part, the rows holding it.</param>
    public Bm25(SearchQuery query, long rows, long tokens, IReadOnlyList<long> hits)
    {
        _phrases = [.. query.Parts.Select(p => " " + string.Join(' ', p.Folded) + " ")];
        _marked = [.. query.Parts.Where(p => p.HasMarks).Select(p => " " + string.Join(' ', p.Marked) + " ")];
        _idf = [.. hits.Select(h => Idf(rows, h))];
        _averageLength = rows > 0 && tokens > 0 ? (double)tokens / rows : 1.0;
    }

    /// <summary>A candidate as the ranking reads it: its id and date (the last order keys), its title and the first part of its text.</summary>
    public sealed class Candidate
    {
        public long Id { get; init; }

        public DateOnly? Date { get; init; }

        public string Title { get; init; } = "";

        public string Head { get; init; } = "";

        /// <summary>The whole text's length in characters.</summary>
        public long Length { get; init; }
    }

    /// <summary>FTS5's inverse document frequency, floored as FTS5 floors it: a word in more than half the rows still counts a little.</summary>
    public static double Idf(long rows, long hits)
    {
        var idf = Math.Log((rows - hits + 0.5) / (hits + 0.5));
        return idf <= 0.0 ? 1e-6 : idf;
    }

    /// <summary>
    /// How many of the parts typed with marks the candidate holds as typed (the Marked column: the title's words and
    /// then the text's, lower case, marks kept), so that a record with "Đồng" ranks above one with only "Đông".
    /// </summary>
    public int Exact(Candidate c)
    {
        if (_marked.Length == 0)
        {
            return 0;
        }

        var words = VietnameseText.SpacedMarkedWords(c.Title + "\n" + c.Head).Spaced;
        return _marked.Count(p => words.Contains(p, StringComparison.Ordinal));
    }

    public double Score(Candidate c)
    {
        var title = VietnameseText.SpacedWords(c.Title);
        var text = VietnameseText.SpacedWords(c.Head);
        // A text longer than the part read: its words reckoned at the part's rate.
        double textWords = c.Length > c.Head.Length && c.Head.Length > 0 ? (double)text.Count * c.Length / c.Head.Length : text.Count;
        // The Marked column holds the same words again, one for one: weighed 0, but FTS5 counts them in the length.
        var length = 2 * (title.Count + textWords);
        var score = 0.0;
        for (var i = 0; i < _phrases.Length; i++)
        {
            var f = TitleWeight * Occurrences(title.Spaced, _phrases[i]) + TextWeight * Occurrences(text.Spaced, _phrases[i]);
            score += _idf[i] * (f * (K1 + 1.0)) / (f + K1 * (1.0 - B + B * length / _averageLength));
        }

        return score;
    }

    /// <summary>Where the phrase's words follow each other, counted as FTS5 counts instances (overlaps included).</summary>
    private static int Occurrences(string spacedWords, string spacedPhrase)
    {
        var count = 0;
        // A match ends on the space that begins the next word, so the next search starts on that space.
        for (var at = spacedWords.IndexOf(spacedPhrase, StringComparison.Ordinal); at >= 0;
             at = spacedWords.IndexOf(spacedPhrase, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

/// <summary>
/// The counts <see cref="Bm25"/> needs from the whole SQLite index: its rows and words (FTS5's own totals), and for
/// each phrase the rows holding it, kept for a while (<see cref="KeptCounts"/>).
/// </summary>
public sealed class Bm25Statistics
{
    // Keyed by the phrase's folded words.
    private readonly KeptCounts _hits = new();

    public async Task<Bm25> ForAsync(DongThuanDb db, SearchQuery query, CancellationToken ct)
    {
        var (rows, tokens) = await TotalsAsync(db, ct);
        var hits = new long[query.Parts.Count];
        for (var i = 0; i < hits.Length; i++)
        {
            hits[i] = await HitsAsync(db, query.Parts[i].Folded, ct);
        }

        return new Bm25(query, rows, tokens, hits);
    }

    /// <summary>
    /// FTS5's averages record (row 1 of the table's <c>_data</c>): the number of rows, then the words in each column,
    /// as SQLite varints. The same totals <c>bm25()</c> reads; reading them is one page.
    /// </summary>
    private static async Task<(long Rows, long Tokens)> TotalsAsync(DongThuanDb db, CancellationToken ct)
    {
        var block = await db.Database.SqlQueryRaw<byte[]>("SELECT block AS \"Value\" FROM \"SearchIndex_data\" WHERE id = 1").SingleOrDefaultAsync(ct);
        if (block is null)
        {
            return (0, 0);
        }

        var at = 0;
        var rows = Varint(block, ref at);
        long tokens = 0;
        while (at < block.Length)
        {
            tokens += Varint(block, ref at);
        }

        return (rows, tokens);
    }

    private ValueTask<long> HitsAsync(DongThuanDb db, IReadOnlyList<string> phrase, CancellationToken ct)
    {
        var key = string.Join(' ', phrase);
        // Words are letters and digits only, so the quoted phrase cannot be read as FTS5 syntax.
        var match = "\"" + key + "\"";
        return _hits.GetAsync(key, c => db.Database.SqlQuery<long>($"SELECT count(*) AS \"Value\" FROM \"SearchIndex\" WHERE \"SearchIndex\" MATCH {match}").SingleAsync(c), ct);
    }

    /// <summary>A SQLite varint: big-endian, seven bits a byte while the high bit is set, the ninth byte whole.</summary>
    private static long Varint(byte[] b, ref int at)
    {
        long v = 0;
        for (var n = 0; n < 8; n++)
        {
            var c = b[at++];
            v = (v << 7) | (long)(c & 0x7f);
            if ((c & 0x80) == 0)
            {
                return v;
            }
        }

        return (v << 8) | b[at++];
    }
}
