using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Modules.Search;

/// <summary>
/// The one search, for the page and the API: a query and filters in, the page of records the caller may
/// see out, best first, each with the address the caller can open (the inside page for those who work on
/// it, the public page for everyone else) and a marked snippet.
/// </summary>
public sealed class SiteSearch(DongThuanDb db, SearchEngine engine, IEnumerable<SearchSource> sources, TimeProvider time)
{
    public const int PageSize = 20, MaxQueryLength = 200;

    public sealed record Item(string Kind, Guid Id, string Title, string Url, string Snippet, DateOnly? Date, string State);

    /// <summary>A looser query that does find something, with how much.</summary>
    public sealed record Suggestion(string Query, int Total);

    /// <summary>What was found; when nothing was, the looser queries that find something and whether marks were typed.</summary>
    public sealed record Result(int Total, int Page, IReadOnlyList<Item> Items)
    {
        public IReadOnlyList<Suggestion> Suggestions { get; init; } = [];

        /// <summary>The query had marks: nothing was found even ignoring them, which the page says.</summary>
        public bool MarksIgnored { get; init; }

        /// <summary>More matched than were counted: <see cref="Total"/> is then "more than <see cref="SearchEngine.CountCap"/>".</summary>
        public bool TotalCapped => Total > SearchEngine.CountCap;

        /// <summary>The pages that can be shown: the ranked candidates, not every match.</summary>
        public int Pages => (Math.Min(Total, SearchEngine.Candidates) + PageSize - 1) / PageSize;
    }

    public IReadOnlyList<SearchSource> Sources { get; } = [.. sources];

    public SearchSource? Source(string? kind) => Sources.FirstOrDefault(s => s.Kind == kind);

    /// <summary>Checks the filters: a known kind, a state of that kind (or of any kind when none is named), dates in order.</summary>
    public Outcome Check(string? query, SearchFilter filter)
    {
        if ((query ?? "").Length > MaxQueryLength)
        {
            return SearchRefusals.TooLong;
        }

        if (filter.Kind is not null && Source(filter.Kind) is null)
        {
            return SearchRefusals.UnknownKind;
        }

        if (filter.State is { } state && !(filter.Kind is { } k ? Source(k)!.States.ContainsKey(state) : Sources.Any(s => s.States.ContainsKey(state))))
        {
            return SearchRefusals.UnknownState;
        }

        return filter.From is { } from && filter.To is { } to && from > to ? SearchRefusals.Dates : Outcome.Done;
    }

    public async Task<Result> FindAsync(string? text, SearchFilter filter, int page, ClaimsPrincipal user, CancellationToken ct)
    {
        var query = SearchQuery.Parse(text);
        page = Math.Max(1, page);
        if (query.IsEmpty)
        {
            return new Result(0, page, []);
        }

        var (total, hits) = await engine.QueryAsync(db, query, filter, SearchAudience.For(user), time.GetUtcNow(), (page - 1) * PageSize, PageSize, ct);
        var (words, marked) = (query.Words, query.MarkedWords);
        return new Result(total, page, [.. hits.Select(h => new Item(h.Kind, h.RecordId, h.Title, h.Inside == 1 ? h.Url : h.PublicUrl ?? h.Url,
            Snippet.Of(h.Text, words, marked), h.Date, h.State))])
        {
            Suggestions = total == 0 ? await SuggestAsync(query, filter, user, ct) : [],
            MarksIgnored = total == 0 && query.HasMarks,
        };
    }

    /// <summary>At most this many looser queries are tried, and three offered: each is one more query of the index.</summary>
    private const int Tried = 6, Offered = 3;

    private async Task<IReadOnlyList<Suggestion>> SuggestAsync(SearchQuery query, SearchFilter filter, ClaimsPrincipal user, CancellationToken ct)
    {
        var found = new List<Suggestion>();
        foreach (var text in query.Looser().Take(Tried))
        {
            var (total, _) = await engine.QueryAsync(db, SearchQuery.Parse(text), filter, SearchAudience.For(user), time.GetUtcNow(), 0, 1, ct);
            if (total > 0)
            {
                found.Add(new Suggestion(text, total));
            }
        }

        return [.. found.OrderByDescending(s => s.Total).Take(Offered)];
    }
}
