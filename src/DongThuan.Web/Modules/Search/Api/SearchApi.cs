using System.Security.Claims;
using DongThuan.Web;
using DongThuan.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace DongThuan.Web.Modules.Search.Api;

/// <summary>
/// <c>GET /api/v1/search?q=&amp;kind=&amp;unitId=&amp;bodyId=&amp;from=&amp;to=&amp;state=&amp;page=</c>: the search of the
/// <c>/tim-kiem</c> page, answering with what the caller may see (anonymous callers: the public record).
/// A snippet is HTML-encoded text in which the words searched for are wrapped in <c>&lt;mark&gt;</c>. When nothing is
/// found, <c>suggestions</c> holds looser queries that do find something, with their counts.
/// </summary>
public static class SearchApi
{
    /// <param name="Total">How many records match, counted up to 1,000 (the results a reader can page through); <paramref name="TotalCapped"/> says that more do.</param>
    /// <param name="TotalCapped">More than 1,000 match; only the best candidates are ranked, so pages stop at 1,000.</param>
    public sealed record ResultPage(int Total, bool TotalCapped, int Page, int PageSize, IReadOnlyList<SiteSearch.Item> Items, IReadOnlyList<SiteSearch.Suggestion> Suggestions);

    public static async Task<Results<Ok<ResultPage>, ProblemHttpResult>> FindAsync(string? q, string? kind, Guid? unitId, Guid? bodyId, DateOnly? from, DateOnly? to,
        string? state, int? page, ClaimsPrincipal user, SiteSearch search, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var filter = SearchFilter.Of(kind, unitId, bodyId, from, to, state);
        var check = search.Check(q, filter);
        if (!check.Succeeded)
        {
            return Problems.BadRequest(l[check.Refusal!.Message]);
        }

        var result = await search.FindAsync(q, filter, page ?? 1, user, ct);
        return TypedResults.Ok(new ResultPage(Math.Min(result.Total, SearchEngine.CountCap), result.TotalCapped, result.Page, SiteSearch.PageSize, result.Items, result.Suggestions));
    }
}
