using System.Data.Common;
using System.Text;
using DongThuan.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Search;

/// <summary>The filters a search can take beside its words; all optional.</summary>
public sealed record SearchFilter(string? Kind = null, Guid? UnitId = null, Guid? BodyId = null, DateOnly? From = null, DateOnly? To = null, string? State = null)
{
    /// <summary>No filter beside the words (the permission rule still applies).</summary>
    public bool IsEmpty => Kind is null && UnitId is null && BodyId is null && From is null && To is null && State is null;

    /// <summary>The filters as a form or a query string sends them: an empty kind or state means none.</summary>
    public static SearchFilter Of(string? kind, Guid? unitId, Guid? bodyId, DateOnly? from, DateOnly? to, string? state) =>
        new(Blank(kind), unitId, bodyId, from, to, Blank(state));

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>
/// A row found: the entry and whether the caller reached it through one of its audience keys (so sees the inside page).
/// Not sealed: PostgreSQL reads a page with its count in the same rows.
/// </summary>
public class SearchHit
{
    public long Id { get; init; }

    public string Kind { get; init; } = "";

    public Guid RecordId { get; init; }

    public string Title { get; init; } = "";

    public string Text { get; init; } = "";

    public string Url { get; init; } = "";

    public string? PublicUrl { get; init; }

    public DateOnly? Date { get; init; }

    public string State { get; init; } = "";

    public int Inside { get; init; }
}

/// <summary>
/// The database engine's full-text index over the folded words of <see cref="SearchEntry"/> rows, and the one
/// query over it. The SQL is the same on both engines but for how words are matched and ranked, so the two
/// cannot drift apart in what they filter: the permission rule, the filters and the order are written once here.
/// </summary>
public abstract class SearchEngine
{
    /// <summary>
    /// Indexes the folded words of these entries; called in the transaction that wrote them. The <paramref name="changed"/>
    /// entries' old words are replaced; the <paramref name="added"/> ones were inserted in that transaction and have none
    /// (ids are never reused), so nothing is looked for to replace.
    /// </summary>
    public abstract Task WriteAsync(DongThuanDb db, IReadOnlyCollection<SearchEntry> changed, IReadOnlyCollection<SearchEntry> added, CancellationToken ct);

    /// <summary>Forgets these entries' words; called before the rows are deleted.</summary>
    public abstract Task RemoveAsync(DongThuanDb db, IReadOnlyCollection<long> ids, CancellationToken ct);

    /// <summary>
    /// Puts the index back in order after a rebuild has rewritten every entry's words, outside any transaction; searches
    /// and saves go on meanwhile. Nothing by default.
    /// </summary>
    public virtual Task CompactAsync(DongThuanDb db, CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// Matches are counted up to this many; past it the page says "Hơn 1.000 kết quả" instead of counting them all.
    /// It is the number of results a reader can page through (the <see cref="Candidates"/> ranked), so the figure
    /// shown never promises pages that do not exist. Counting to 10,000 made several common words cost ten times as
    /// much, for a figure nobody could act on (ADR 0040).
    /// </summary>
    public const int CountCap = Candidates;

    /// <summary>
    /// How many matches are ranked: the newest this many, and the newest this many whose titles hold the words. A
    /// common word matches hundreds of thousands of records; ranking them all took seconds (issue 21), and nobody
    /// reads past the first pages. A record titled with the words is always a candidate, however old.
    /// </summary>
    public const int Candidates = 1_000;

    /// <summary>
    /// The tables, the match condition and the order that reads the newest matches first and lets the engine stop
    /// after a few, from the parts' folded words; in titles only when asked.
    /// <paramref name="idsOnly"/>: the statement reads of the entry only its id and whether it is public (no filter
    /// on its other columns), so the engine may look those up in a narrower index than the entry's row.
    /// </summary>
    protected abstract MatchSql Match(SearchQuery query, List<object> args, bool titlesOnly = false, bool idsOnly = false);

    protected sealed record MatchSql(string From, string Where, string NewestFirst);

    protected static string Arg(List<object> args, object value)
    {
        args.Add(value);
        return "{" + (args.Count - 1) + "}";
    }

    /// <summary>A Guid as the engine stores it (SQLite: upper-case text, as EF Core writes it).</summary>
    protected virtual object Param(Guid id) => id;

    /// <summary>
    /// The page of hits, best first, and how many match: counted up to <see cref="CountCap"/> (one more means "more
    /// than that"). Only the <see cref="Candidates"/> are ranked, so pages past them are empty.
    /// </summary>
    /// <remarks>
    /// A common word's list of entries is a third of the index, and every statement that matches reads it again: on a
    /// million entries one pass of five common words costs SQLite about 50 ms (issue 21). So the match is read as few
    /// times as the answer allows: one pass gives the count and the newest candidates together; the titled
    /// candidates need a second only when there are more matches than candidates; and the ranking reads only the
    /// candidates, by their ids.
    /// </remarks>
    public async Task<(int Total, IReadOnlyList<SearchHit> Hits)> QueryAsync(DongThuanDb db, SearchQuery query, SearchFilter filter,
        IReadOnlyList<string>? audience, DateTimeOffset now, int skip, int take, CancellationToken ct)
    {
        var args = new List<object>();
        var filters = Filters(filter, audience, now, args, out var inside);
        // Every value travels as a parameter ({n}); the SQL text holds only names and placeholders made here.
        if (await FewAsync(db, query, filters, inside, audience is { Count: > 0 }, args, skip, take, ct) is { } few)
        {
            return few;
        }

        var found = await NewestAsync(db, query, filters, args, titlesOnly: false, idsOnly: filter.IsEmpty, CountCap + 1, ct);
        var total = found.Count;
        if (total == 0 || skip >= Math.Min(total, 2 * Candidates))
        {
            return (total, []);
        }

        var candidates = new HashSet<long>(found.Take(Candidates));
        if (total > Candidates)
        {
            // A record titled with the words is a candidate however old.
            candidates.UnionWith(await NewestAsync(db, query, filters, args, titlesOnly: true, idsOnly: filter.IsEmpty, Candidates, ct));
        }

        return (total, await RankAsync(db, query, [.. candidates], inside, args, skip, take, ct));
    }

    /// <summary>
    /// The whole answer in one statement when the engine knows beforehand that few entries match (no more than
    /// <see cref="CountCap"/>, so every match is a candidate and the count is exact); otherwise null, and the
    /// answer is built step by step. None by default.
    /// </summary>
    /// <param name="byKeys">Whether the permission rule looks up the reader's keys (a signed-in reader who is not an
    /// administrator), rather than reading what is public or everything.</param>
    protected virtual Task<(int Total, IReadOnlyList<SearchHit> Hits)?> FewAsync(DongThuanDb db, SearchQuery query, string filters, string inside, bool byKeys,
        List<object> args, int skip, int take, CancellationToken ct) => Task.FromResult<(int, IReadOnlyList<SearchHit>)?>(null);

    /// <summary>
    /// The ids of the newest <paramref name="limit"/> entries that match and pass <paramref name="filters"/>, newest
    /// first (in titles only when asked): one statement, the engine walking its index from the newest entry back.
    /// </summary>
    protected virtual Task<List<long>> NewestAsync(DongThuanDb db, SearchQuery query, string filters, List<object> args, bool titlesOnly, bool idsOnly,
        int limit, CancellationToken ct)
    {
        var m = Match(query, args, titlesOnly, idsOnly);
        return db.Database.SqlQueryRaw<long>(Newest(m, filters, args, limit), [.. args]).ToListAsync(ct);
    }

    protected static string Newest(MatchSql m, string filters, List<object> args, int limit) =>
        $"SELECT e.\"Id\" AS \"Value\" FROM {m.From} WHERE {m.Where}{filters} {m.NewestFirst} LIMIT {Arg(args, limit)}";

    /// <summary>
    /// The page of the <paramref name="candidates"/> (all of them matched and passed the filters), best first: the
    /// words typed with their marks first (a record with "Đồng" above one with only "Đông"), then the engine's rank,
    /// then the newest. <paramref name="inside"/> is the expression that says whether the caller sees the entry's
    /// inside page; <paramref name="args"/> holds the values it names.
    /// </summary>
    protected abstract Task<List<SearchHit>> RankAsync(DongThuanDb db, SearchQuery query, long[] candidates, string inside, List<object> args,
        int skip, int take, CancellationToken ct);

    /// <summary>
    /// Entries to write in one statement each group: as many as hold about a million characters of text, at least
    /// one. A batch's words travel as one parameter, and 500 records of the longest text (200,000 characters) would
    /// make it hundreds of megabytes.
    /// </summary>
    protected static IEnumerable<List<SearchEntry>> Batches(IReadOnlyCollection<SearchEntry> entries)
    {
        const int Characters = 1_000_000;
        var batch = new List<SearchEntry>();
        var size = 0;
        foreach (var e in entries)
        {
            if (batch.Count > 0 && size + e.Title.Length + e.Text.Length > Characters)
            {
                yield return batch;
                batch = [];
                size = 0;
            }

            batch.Add(e);
            size += e.Title.Length + e.Text.Length;
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    /// <summary>The columns of a <see cref="SearchHit"/>, from entry <c>e</c>.</summary>
    protected static string HitColumns(string inside) => HitColumnsOf("e", $"{inside} AS \"Inside\"");

    /// <summary>The columns of a <see cref="SearchHit"/> but the last, from <paramref name="table"/>, then <paramref name="last"/>.</summary>
    protected static string HitColumnsOf(string table, string last) => string.Join(", ", HitFields.Select(c => $"{table}.\"{c}\"")) + ", " + last;

    private static readonly string[] HitFields = ["Id", "Kind", "RecordId", "Title", "Text", "Url", "PublicUrl", "Date", "State"];

    /// <summary>The filters and the permission rule as SQL after the match condition, and the expression saying whether the caller sees the inside page.</summary>
    private string Filters(SearchFilter filter, IReadOnlyList<string>? audience, DateTimeOffset now, List<object> args, out string inside)
    {
        var sql = new StringBuilder();
        if (filter.Kind is { } kind)
        {
            sql.Append($" AND e.\"Kind\" = {Arg(args, kind)}");
        }

        if (filter.UnitId is { } unit)
        {
            sql.Append($" AND e.\"UnitId\" = {Arg(args, Param(unit))}");
        }

        if (filter.BodyId is { } body)
        {
            sql.Append($" AND e.\"BodyId\" = {Arg(args, Param(body))}");
        }

        if (filter.From is { } fromDate)
        {
            sql.Append($" AND e.\"Date\" >= {Arg(args, fromDate)}");
        }

        if (filter.To is { } toDate)
        {
            sql.Append($" AND e.\"Date\" <= {Arg(args, toDate)}");
        }

        if (filter.State is { } state)
        {
            sql.Append($" AND e.\"State\" = {Arg(args, state)}");
        }

        // Administrators are not filtered; everyone else finds what is public by now, or what one of their keys opens.
        if (audience is null)
        {
            inside = "1";
        }
        else
        {
            inside = audience.Count == 0
                ? "0"
                : $"CASE WHEN EXISTS (SELECT 1 FROM \"SearchAudience\" a WHERE a.\"EntryId\" = e.\"Id\" AND a.\"Key\" IN ({string.Join(", ", audience.Select(k => Arg(args, k)))})) THEN 1 ELSE 0 END";
            var isPublic = $"(e.\"PublicFrom\" IS NOT NULL AND e.\"PublicFrom\" <= {Arg(args, now.ToUnixTimeSeconds())})";
            sql.Append(audience.Count == 0 ? $" AND {isPublic}" : $" AND ({isPublic} OR {inside} = 1)");
        }

        return sql.ToString();
    }
}

/// <summary>
/// SQLite: an FTS5 table without content of its own (the text is in SearchEntries), rows addressed by the entry's
/// id; the columns Title and Body hold the folded words, Marked the words with their marks (lower case). A second,
/// SearchTitles, holds the folded words of the titles alone (ADR 0038).
/// </summary>
public sealed class SqliteSearchEngine : SearchEngine
{
    public override async Task WriteAsync(DongThuanDb db, IReadOnlyCollection<SearchEntry> changed, IReadOnlyCollection<SearchEntry> added, CancellationToken ct)
    {
        // An entry's old words go one by one (FTS5 deletes by rowid; a list of rowids would be a scan); the new
        // words of all the entries go in one statement per table: a rebuild writes 500 entries at a time, and an
        // upgrade past ADR 0038 rebuilds every entry. An added entry has no old words: a new petition's two deletes
        // found nothing (issue 21).
        await RemoveAsync(db, [.. changed.Select(e => e.Id)], ct);
        foreach (var batch in Batches([.. changed, .. added]))
        {
            var words = System.Text.Json.JsonSerializer.Serialize(batch.Select(e => new IndexRow(e.Id, e.FoldedTitle, e.FoldedText, e.MarkedWords)));
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO \"SearchIndex\"(rowid, \"Title\", \"Body\", \"Marked\") SELECT value ->> 'Id', value ->> 'Title', value ->> 'Body', value ->> 'Marked' FROM json_each({words})", ct);
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO \"SearchTitles\"(rowid, \"Title\") SELECT value ->> 'Id', value ->> 'Title' FROM json_each({words})", ct);
        }
    }

    public override async Task RemoveAsync(DongThuanDb db, IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        foreach (var id in ids)
        {
            await db.Database.ExecuteSqlAsync($"DELETE FROM \"SearchIndex\" WHERE rowid = {id}", ct);
            await db.Database.ExecuteSqlAsync($"DELETE FROM \"SearchTitles\" WHERE rowid = {id}", ct);
        }
    }

    private sealed record IndexRow(long Id, string Title, string Body, string Marked);

    protected override MatchSql Match(SearchQuery query, List<object> args, bool titlesOnly = false, bool idsOnly = false)
    {
        // Each part a quoted phrase of folded words; parts side by side must all match (FTS5's implicit AND). No
        // column filter: a folded word is in the Marked column only when it was written without marks, and then it
        // is in Title or Body as well, so the rows found are the same, and FTS5 need not read each hit's positions
        // to learn its column (a sixth of the time of several common words). The one difference: a phrase of words
        // without marks that runs from a title's last words into its text's first, which Marked holds side by side.
        var table = titlesOnly ? "SearchTitles" : "SearchIndex";
        var m = Arg(args, string.Join(' ', query.Parts.Select(p => Phrase(p.Folded))));
        // The entry's id and publication read from their own index: thousands of matches looked up in the rows
        // themselves, among their texts, took a third of the time of several common words (ADR 0038).
        var entries = idsOnly ? "\"SearchEntries\" e INDEXED BY \"IX_SearchEntries_Id_PublicFrom\"" : "\"SearchEntries\" e";
        // FTS5 walks its index backwards by rowid (the entry's id, so newest first) and stops at the limit.
        return new($"\"{table}\" JOIN {entries} ON e.\"Id\" = \"{table}\".rowid", $"\"{table}\" MATCH {m}", $"ORDER BY \"{table}\".rowid DESC");
    }

    /// <summary>
    /// FTS5's own bm25 (title 4, text 1, marked words 0), computed here from the candidates' words rather than by
    /// <c>bm25()</c>: before its first row, <c>bm25()</c> counts the rows holding each phrase of the query, a pass
    /// over each word's whole list, about 9 ms a common word on a million entries (ADR 0039). Here those counts are
    /// kept for a while (<see cref="Bm25Statistics"/>), and the candidates' words are read from their texts.
    /// </summary>
    protected override async Task<List<SearchHit>> RankAsync(DongThuanDb db, SearchQuery query, long[] candidates, string inside, List<object> args,
        int skip, int take, CancellationToken ct)
    {
        var ids = Arg(args, System.Text.Json.JsonSerializer.Serialize(candidates));
        var words = $"SELECT e.\"Id\", e.\"Date\", e.\"Title\", substr(e.\"Text\", 1, {Bm25.TextRead}) AS \"Head\", length(e.\"Text\") AS \"Length\" "
            + $"FROM \"SearchEntries\" e WHERE e.\"Id\" IN (SELECT value FROM json_each({ids}))";
        var read = await db.Database.SqlQueryRaw<Bm25.Candidate>(words, [.. args]).ToListAsync(ct);
        var bm25 = await _statistics.ForAsync(db, query, ct);
        // Words typed with their marks count first, then the rank, then the newest.
        var page = read.Select(c => (c, Exact: bm25.Exact(c), Score: bm25.Score(c)))
            .OrderByDescending(x => x.Exact).ThenByDescending(x => x.Score).ThenByDescending(x => x.c.Date).ThenByDescending(x => x.c.Id)
            .Skip(skip).Take(take).ToList();
        if (page.Count == 0)
        {
            return [];
        }

        // The page's rows whole, in the order found above.
        var shown = $"SELECT {HitColumns(inside)} FROM \"SearchEntries\" e "
            + $"WHERE e.\"Id\" IN (SELECT value FROM json_each({Arg(args, System.Text.Json.JsonSerializer.Serialize(page.Select(x => x.c.Id)))}))";
        var rows = (await db.Database.SqlQueryRaw<SearchHit>(shown, [.. args]).ToListAsync(ct)).ToDictionary(h => h.Id);
        // (An entry deleted between the two statements is left out, as a later search would leave it.)
        return [.. page.Where(x => rows.ContainsKey(x.c.Id)).Select(x => rows[x.c.Id])];
    }

    private readonly Bm25Statistics _statistics = new();

    // Words are letters and digits only, so a quoted phrase of them cannot be read as FTS5 syntax.
    private static string Phrase(IReadOnlyList<string> words) => "\"" + string.Join(' ', words) + "\"";

    protected override object Param(Guid id) => id.ToString().ToUpperInvariant();
}

/// <summary>
/// PostgreSQL: a tsvector column of the folded words (title weighted A, text B) with a GIN index, and one of the marked
/// words. The vector also holds the entry's block of ids (<see cref="Block"/>), so that a search can ask the index
/// itself for the newest entries (ADR 0040).
/// </summary>
public sealed class PostgresSearchEngine : SearchEngine
{
    /// <summary>Entries are grouped by age in blocks of 2^12 = 4,096 consecutive ids.</summary>
    public const int BlockBits = 12;

    /// <summary>
    /// The SQL of the lexeme naming the block of ids that entry id <paramref name="id"/> is in: <c>~</c> and the block's
    /// number, weighted A so that the titles' index holds it too. Folded words are letters and digits only, so no
    /// word typed can be one, and the ranking's query never names it.
    /// </summary>
    public static string Block(string id) => $"format('''~%s'':1A', {id} >> {BlockBits})::tsvector";

    /// <summary>The words of a batch of entries, as four arrays: ids, folded titles, folded texts, marked words.</summary>
    private static readonly string Write =
        $"UPDATE \"SearchEntries\" e SET \"Vector\" = setweight(to_tsvector('simple', w.t), 'A') || setweight(to_tsvector('simple', w.b), 'B') || {Block("e.\"Id\"")}, "
        + "\"Marked\" = to_tsvector('simple', w.m) FROM unnest({0}, {1}, {2}, {3}) AS w(id, t, b, m) WHERE e.\"Id\" = w.id";

    /// <summary>
    /// A window of more blocks than this (about 130,000 entries) costs the index more than a search without one: on the
    /// bench, each block of a window cost about 1.7 ms for six common words, and the search without a window 60 ms.
    /// </summary>
    private const int MostBlocks = 32;

    public override async Task WriteAsync(DongThuanDb db, IReadOnlyCollection<SearchEntry> changed, IReadOnlyCollection<SearchEntry> added, CancellationToken ct)
    {
        // The entries in one statement (a rebuild writes 500 at a time), or a few when their texts are long. The words
        // are columns of the entry's row, so changed and added are written alike.
        foreach (var batch in Batches([.. changed, .. added]))
        {
            long[] ids = [.. batch.Select(e => e.Id)];
            string[] titles = [.. batch.Select(e => e.FoldedTitle)];
            string[] texts = [.. batch.Select(e => e.FoldedText)];
            string[] marked = [.. batch.Select(e => e.MarkedWords)];
            await db.Database.ExecuteSqlRawAsync(Write, [ids, titles, texts, marked], ct);
        }
    }

    // The words go with the row.
    public override Task RemoveAsync(DongThuanDb db, IReadOnlyCollection<long> ids, CancellationToken ct) => Task.CompletedTask;

    /// <summary>The GIN indexes of the words, and of the titles' words, built afresh (ADR 0046).</summary>
    /// <remarks>
    /// A rebuild gives every row a new version, and a GIN index keeps the pages its old entries held. On the bench's
    /// million entries, written as a rebuild writes them, the words' index was 162 MB and a look in the newest two blocks
    /// of a phrase and two words took 70 ms; built afresh, 51 MB and 1.5 ms. CONCURRENTLY, so that searches and saves
    /// go on while it runs (about 10 s a million entries here); it cannot run inside a transaction.
    /// </remarks>
    public override async Task CompactAsync(DongThuanDb db, CancellationToken ct)
    {
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        try
        {
            await db.Database.ExecuteSqlRawAsync("REINDEX INDEX CONCURRENTLY \"IX_SearchEntries_Vector\"", ct);
            await db.Database.ExecuteSqlRawAsync("REINDEX INDEX CONCURRENTLY \"IX_SearchEntries_TitleWords\"", ct);
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }
    }

    protected override MatchSql Match(SearchQuery query, List<object> args, bool titlesOnly = false, bool idsOnly = false) =>
        Match(query, args, titlesOnly, window: null);

    /// <param name="window">The blocks of ids to look in, as a tsquery ("'~244' | '~243'"); all when null.</param>
    private static MatchSql Match(SearchQuery query, List<object> args, bool titlesOnly, string? window)
    {
        // Words are letters and digits only (folded), so they cannot be read as tsquery operators. The title's words
        // are the vector's weight A, matched through an index of their own (migration SearchTitleWordsIndex).
        // ('{{a}}' is '{a}' once EF Core has put the parameters in: braces are its placeholders.)
        var words = titlesOnly ? "ts_filter(e.\"Vector\", '{{a}}')" : "e.\"Vector\"";
        var match = window is null ? TsQuery(query, args) : $"({TsQuery(query, args)} && {Arg(args, window)}::tsquery)";
        // Newest first by the primary key: for a common word the planner walks it back and stops at the limit.
        return new("\"SearchEntries\" e", $"{words} @@ {match}", "ORDER BY e.\"Id\" DESC");
    }

    /// <summary>
    /// The newest matches, looked for in the newest blocks of ids first. A GIN index keeps neither positions nor order:
    /// for a phrase, or several words that are each common, the planner takes every match from the index and reads
    /// each row to check it before it keeps the newest (33,000 rows for a phrase and two words on a million entries,
    /// 0.3 s), and it will not narrow that by the id, because it expects a phrase to be rare. With the window's block
    /// lexemes in the query, the index itself leaves the older entries out. The window widens, as far as the matches
    /// found so far say it must, until enough are found or it takes in every entry (ADR 0040).
    /// </summary>
    protected override async Task<List<long>> NewestAsync(DongThuanDb db, SearchQuery query, string filters, List<object> args, bool titlesOnly, bool idsOnly,
        int limit, CancellationToken ct)
    {
        var newest = await db.Database.SqlQueryRaw<long>("SELECT coalesce(max(\"Id\"), 0) AS \"Value\" FROM \"SearchEntries\"").SingleAsync(ct);
        var top = newest >> BlockBits;
        var blocks = 2;
        while (true)
        {
            // Block 0 in the window means every block: then no window.
            var window = blocks <= top && blocks <= MostBlocks ? string.Join(" | ", Enumerable.Range(0, blocks).Select(i => $"'~{top - i}'")) : null;
            var found = await db.Database.SqlQueryRaw<long>(Newest(Match(query, args, titlesOnly, window), filters, args, limit), [.. args]).ToListAsync(ct);
            if (found.Count >= limit || window is null)
            {
                return found;
            }

            // The ids the window spanned, scaled by the matches asked for over those it held (none counts as one),
            // and half as many again: the oldest id the next window must reach. Every block of a window costs the index a pass over its ids
            // whether they match or not, so a window that would need more than MostBlocks asks without one.
            var spanned = newest + 1 - ((top - blocks + 1) << BlockBits);
            var oldest = newest + 1 - (long)Math.Ceiling(spanned * 1.5 * limit / Math.Max(found.Count, 1));
            blocks = Math.Max(blocks * 2, oldest <= 0 ? int.MaxValue : (int)Math.Min(int.MaxValue, top - (oldest >> BlockBits) + 1));
        }
    }

    // Ranked in the database: ts_rank reads the candidate's own vector, so the candidates are read by their keys and
    // the match is not evaluated again.
    protected override Task<List<SearchHit>> RankAsync(DongThuanDb db, SearchQuery query, long[] candidates, string inside, List<object> args,
        int skip, int take, CancellationToken ct)
    {
        var select = $"SELECT {HitColumns(inside)} FROM \"SearchEntries\" e WHERE e.\"Id\" = ANY({Arg(args, candidates)}) "
            + $"ORDER BY {BestFirst(query, args)} LIMIT {Arg(args, take)} OFFSET {Arg(args, skip)}";
        return db.Database.SqlQueryRaw<SearchHit>(select, [.. args]).ToListAsync(ct);
    }

    /// <summary>The order of a page: the words typed with their marks, the rank, then the newest.</summary>
    private static string BestFirst(SearchQuery query, List<object> args)
    {
        // (No term for a query typed without marks: a bare 0 in ORDER BY would name the select list's column 0.)
        var exact = Exact(query, args) is { } terms ? terms + " DESC, " : "";
        return $"{exact}ts_rank(e.\"Vector\", {TsQuery(query, args)}) DESC, e.\"Date\" DESC, e.\"Id\" DESC";
    }

    // Keyed by the folded word: how many entries hold it, counted up to one past CountCap.
    private readonly KeptCounts _words = new();

    /// <summary>
    /// A query with a rare word (one that no more than <see cref="SearchEngine.CountCap"/> entries hold, as counted in
    /// the last ten minutes) matches at most that many entries, so the look, the count and the ranking are one
    /// statement: the index gives every match at once, and there is no window to widen. A rare word otherwise cost
    /// four statements (the newest id, a window, the look without one, the ranking), eight times the time of a plain
    /// query over the same index (issue 21). A word that has since grown common is caught by the count, and the
    /// answer is then built step by step as for any other query.
    /// </summary>
    protected override async Task<(int Total, IReadOnlyList<SearchHit> Hits)?> FewAsync(DongThuanDb db, SearchQuery query, string filters, string inside, bool byKeys,
        List<object> args, int skip, int take, CancellationToken ct)
    {
        if (!await HasRareWordAsync(db, query, ct))
        {
            return null;
        }

        var m = Match(query, args, titlesOnly: false, window: null);
        // The newest matches (one more than the cap, to tell a word grown common), read once with what the page and the
        // ranking need; numbered best first and counted over all of them; then the page, in that order.
        var sql = $"SELECT {HitColumnsOf("h", "h.\"Inside\", h.\"Total\"")} "
            + $"FROM (SELECT e.*, count(*) OVER () AS \"Total\", row_number() OVER (ORDER BY {BestFirst(query, args)}) AS \"Place\" "
            + $"FROM (SELECT {HitColumns(inside)}, e.\"Vector\", e.\"Marked\" FROM {m.From} WHERE {m.Where}{filters} {m.NewestFirst} LIMIT {Arg(args, CountCap + 1)}) e) h "
            + $"ORDER BY h.\"Place\" LIMIT {Arg(args, take)} OFFSET {Arg(args, skip)}";
        // Planned once, blind to the words, for a reader who finds what is public (or everything): whatever the words,
        // the index gives at most a thousand matches, so one plan serves all, and planning at every run was half the
        // statement's time. Not when the rule looks up the reader's keys: blind to them, PostgreSQL read every key of
        // every entry into a hash table (0.9 s on a million entries) where the keys of the few matches would do (ADR 0047).
        // Read past EF Core's query pipeline, which cost more than the statement (ADR 0052).
        var rows = await RawRows.ListAsync(db, byKeys ? sql : PostgresGenericPlans.Wrap(sql), args, FewHit.Read, ct);
        if (rows.Count == 0)
        {
            // No match at all; or a page past the last, whose rows carry no count: then step by step.
            return skip == 0 ? (0, []) : null;
        }

        return rows[0].Total > CountCap ? null : ((int)rows[0].Total, rows);
    }

    private async Task<bool> HasRareWordAsync(DongThuanDb db, SearchQuery query, CancellationToken ct)
    {
        foreach (var word in query.Words)
        {
            // Counted no further than one past the cap: a common word's count stops after its first thousand rows.
            var held = await _words.GetAsync(word, c => db.Database.SqlQueryRaw<long>(
                "SELECT count(*) AS \"Value\" FROM (SELECT 1 FROM \"SearchEntries\" e WHERE e.\"Vector\" @@ to_tsquery('simple', {0}) LIMIT {1}) x",
                word, CountCap + 1).SingleAsync(c), ct);
            if (held <= CountCap)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A hit with the number of matches beside it.</summary>
    private sealed class FewHit : SearchHit
    {
        public long Total { get; init; }

        /// <summary>A row of <see cref="FewAsync"/>'s statement: the hit's columns in their order, then the count.</summary>
        public static FewHit Read(DbDataReader r) => new()
        {
            Id = r.GetInt64(0), Kind = r.GetString(1), RecordId = r.GetGuid(2), Title = r.GetString(3), Text = r.GetString(4), Url = r.GetString(5),
            PublicUrl = r.IsDBNull(6) ? null : r.GetString(6), Date = r.IsDBNull(7) ? null : r.GetFieldValue<DateOnly>(7), State = r.GetString(8),
            Inside = r.GetInt32(9), Total = r.GetInt64(10),
        };
    }

    private static string TsQuery(SearchQuery query, List<object> args) =>
        $"to_tsquery('simple', {Arg(args, string.Join(" & ", query.Parts.Select(p => Phrase(p.Folded))))})";

    /// <summary>
    /// How many of the parts typed with marks entry <c>e</c> holds as typed, so that a record with "Đồng" ranks above
    /// one with only "Đông": checked against the row's own tsvector of marked words, no scan of its text.
    /// </summary>
    private static string? Exact(SearchQuery query, List<object> args)
    {
        var terms = query.Parts.Where(p => p.HasMarks)
            .Select(p => $"(CASE WHEN e.\"Marked\" @@ to_tsquery('simple', {Arg(args, Phrase(p.Marked))}) THEN 1 ELSE 0 END)").ToList();
        return terms.Count == 0 ? null : string.Join(" + ", terms);
    }

    private static string Phrase(IReadOnlyList<string> words) => "(" + string.Join(" <-> ", words) + ")";
}
