using DongThuan.Web.Infrastructure.Caching;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Search;

/// <summary>
/// <c>/tim-kiem</c>: one box for everything, with or without diacritics, for everyone; signed-in staff find
/// also what they work on. A plain GET form, so it works without JavaScript and every result page has an address.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class IndexModel(SiteSearch search, DongThuanDb db) : RefusingPage
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? BodyId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public SiteSearch.Result? Result { get; private set; }


    public IReadOnlyList<SearchSource> Sources => search.Sources;

    public IReadOnlyList<(Guid Id, string Name)> Units { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Bodies { get; private set; } = [];

    public string KindName(string kind) => search.Source(kind)?.Name ?? kind;

    public string StateName(string kind, string state) => search.Source(kind)?.States.GetValueOrDefault(state) ?? state;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Units = [.. (await db.Units.AsNoTracking().OrderBy(u => u.Name).Select(u => new { u.Id, u.Name }).ToListAsync(ct)).Select(u => (u.Id, u.Name))];
        Bodies = [.. (await db.Bodies.AsNoTracking().Where(b => b.Kind != BodyKind.DelegateGroup).OrderBy(b => b.Name).Select(b => new { b.Id, b.Name }).ToListAsync(ct))
            .Select(b => (b.Id, b.Name))];
        var filter = SearchFilter.Of(Kind, UnitId, BodyId, From, To, State);
        var check = search.Check(Q, filter);
        if (!check.Succeeded)
        {
            Refusal = check.Refusal!.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            Result = await search.FindAsync(Q, filter, PageNumber, User, ct);
        }

        return Page();
    }

    /// <summary>Another query with this search's filters, from its first page.</summary>
    public string SearchUrl(string query) => PageUrl(1, query);

    /// <summary>This search's address on another page of results.</summary>
    public string PageUrl(int page) => PageUrl(page, Q);

    private string PageUrl(int page, string? q)
    {
        var query = new Dictionary<string, string?>
        {
            ["q"] = q, ["kind"] = Kind, ["unitId"] = UnitId?.ToString(), ["bodyId"] = BodyId?.ToString(),
            ["from"] = From?.ToString("yyyy-MM-dd"), ["to"] = To?.ToString("yyyy-MM-dd"), ["state"] = State, ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/tim-kiem", query.Where(p => !string.IsNullOrWhiteSpace(p.Value)));
    }
}
