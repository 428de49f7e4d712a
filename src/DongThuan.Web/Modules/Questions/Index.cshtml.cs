using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Questions;

/// <summary>
/// The questions the user may see, filtered by state, year, answering agency and words, sorted by any column, fifty to a
/// page, and the same list as an Excel sheet. Four queries a page.
/// </summary>
[Authorize(Policy = Permissions.Staff)]
public sealed class IndexModel(DongThuanDb db, TimeProvider time, Search.SearchEngine search) : PageModel
{
    public const int PageSize = 50;

    /// <summary>The most rows one sheet holds; a longer list is narrowed with the filters first.</summary>
    public const int SheetRows = 5_000;

    public sealed record Row(Question Question, string Delegate, string? Agency, DateOnly? DueOn, ObligationStatus? Status);

    public sealed record Choice(Guid Id, string Name);

    /// <summary>The columns the list sorts by; the submission date, newest first, when none is chosen.</summary>
    public enum SortBy
    {
        Submitted,
        Title,
        State,
        Due,
    }

    [BindProperty(SupportsGet = true)]
    public QuestionState? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? AgencyId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public SortBy Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Asc { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<Choice> Agencies { get; private set; } = [];

    public bool IsDelegate => User.IsInRole(nameof(AppRole.Delegate));

    public bool IsOffice => User.IsInRole(nameof(AppRole.CouncilOffice)) || User.IsInRole(nameof(AppRole.Administrator));

    public async Task OnGetAsync(CancellationToken ct)
    {
        var visible = QuestionAccess.Visible(db, User).AsNoTracking();
        Years = await visible.Where(q => q.SubmittedOn != null).Select(q => q.SubmittedOn!.Value.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
        var agencyIds = visible.Where(q => q.RespondentBodyId != null).Select(q => q.RespondentBodyId!.Value).Distinct();
        Agencies = await db.Bodies.AsNoTracking().Where(b => agencyIds.Contains(b.Id)).OrderBy(b => b.Name).Select(b => new Choice(b.Id, b.Name)).ToListAsync(ct);
        var query = await FilteredAsync(visible, ct);
        Total = await query.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Rows = await RowsAsync(Sorted(query).Skip((PageNumber - 1) * PageSize).Take(PageSize), ct);
    }

    /// <summary>The whole filtered list, in the order shown, as an Excel sheet.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var rows = await RowsAsync(Sorted(await FilteredAsync(QuestionAccess.Visible(db, User).AsNoTracking(), ct)).Take(SheetRows), ct);
        return File(QuestionSheet.Write(rows.Select(r => new QuestionSheet.Line(r.Question, r.Delegate, r.Agency, r.DueOn, r.Status))), QuestionSheet.ContentType,
            $"chat-van-{VietnamTime.Today(time):yyyy-MM-dd}.xlsx");
    }

    private async Task<IQueryable<Question>> FilteredAsync(IQueryable<Question> query, CancellationToken ct)
    {
        if (State is { } state)
        {
            query = query.Where(q => q.State == state);
        }

        if (Year is { } year)
        {
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            query = query.Where(q => q.SubmittedOn >= from && q.SubmittedOn <= to);
        }

        if (AgencyId is { } agency)
        {
            query = query.Where(q => q.RespondentBodyId == agency);
        }

        if (Search.SearchQuery.Parse(Q) is { IsEmpty: false } words)
        {
            // Words go through the search index, so "ngap ung" finds "Ngập úng" as the site's search does; the best
            // thousand matches are listed, in the order chosen here.
            var (_, hits) = await search.QueryAsync(db, words, Search.SearchFilter.Of(QuestionsSearch.KindName, null, null, null, null, null), Search.SearchAudience.For(User),
                time.GetUtcNow(), 0, 1_000, ct);
            var ids = hits.Select(h => h.RecordId).ToList();
            query = query.Where(q => ids.Contains(q.Id));
        }

        return query;
    }

    private IOrderedQueryable<Question> Sorted(IQueryable<Question> query)
    {
        var due = db.DueDates();
        var sorted = Sort switch
        {
            SortBy.Title => query.By(q => q.Title, Asc),
            SortBy.State => query.By(q => q.State, Asc),
            SortBy.Due => query.By(q => due.Where(o => o.Id == q.ObligationId).Select(o => (DateOnly?)o.DueOn).FirstOrDefault(), Asc),
            _ => query.By(q => q.SubmittedOn, Asc),
        };
        return sorted.ThenByDescending(q => q.Id);
    }

    private async Task<IReadOnlyList<Row>> RowsAsync(IQueryable<Question> page, CancellationToken ct)
    {
        var questions = await page.ToListAsync(ct);
        var people = questions.Select(q => q.AskedByPersonId).Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => people.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
        var obligations = await db.ObligationsByIdAsync([.. questions.Where(q => q.ObligationId != null).Select(q => q.ObligationId!.Value)], ct);
        var agencies = Agencies.Count > 0 ? Agencies.ToDictionary(a => a.Id, a => a.Name) : await AgencyNamesAsync(questions, ct);
        var today = VietnamTime.Today(time);
        return [.. questions.Select(q =>
        {
            var o = q.ObligationId is { } id ? obligations.GetValueOrDefault(id) : null;
            return new Row(q, names.GetValueOrDefault(q.AskedByPersonId, ""), q.RespondentBodyId is { } b ? agencies.GetValueOrDefault(b) : null, o?.DueOn, o?.StatusOn(today));
        })];
    }

    private async Task<Dictionary<Guid, string>> AgencyNamesAsync(List<Question> questions, CancellationToken ct)
    {
        var ids = questions.Where(q => q.RespondentBodyId != null).Select(q => q.RespondentBodyId!.Value).Distinct().ToList();
        return await db.Bodies.AsNoTracking().Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
    }

    /// <summary>This list with one thing changed: another page, another order, or the sheet.</summary>
    public string Link(int? page = null, SortBy? sort = null, bool? asc = null, string? handler = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["handler"] = handler, ["State"] = State?.ToString(), ["Year"] = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["AgencyId"] = AgencyId?.ToString(),
            ["Q"] = string.IsNullOrWhiteSpace(Q) ? null : Q, ["Sort"] = (sort ?? Sort) == SortBy.Submitted ? null : (sort ?? Sort).ToString(),
            ["Asc"] = (asc ?? Asc) ? "true" : null, ["p"] = (page ?? 1) > 1 ? page.ToString() : null,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/Questions", query.Where(kv => kv.Value is not null)!);
    }

    /// <summary>The link of a column's heading: sorts by it, and a second click turns the order round.</summary>
    public string SortLink(SortBy column) => Link(sort: column, asc: ListOrder.NextAscending(Sort, Asc, column, column is SortBy.Title or SortBy.Due));

    public string? AriaSort(SortBy column) => ListOrder.AriaSort(Sort, Asc, column);
}
