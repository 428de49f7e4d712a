using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Sessions;

/// <summary>
/// The sessions of the councils the user works for: filters by council and year; sorts by number, council, kind, dates
/// or document count (newest first when none is chosen); pages by 50; the same list downloads as an Excel sheet.
/// </summary>
[Authorize(Policy = Permissions.Staff)]
public sealed class IndexModel(DongThuanDb db, TimeProvider time) : PageModel
{
    public const int PageSize = 50;

    /// <summary>The most rows one sheet holds.</summary>
    public const int SheetRows = 5_000;

    public DateOnly Today => Infrastructure.Localization.VietnamTime.Today(time);

    public sealed record Row(Session Session, string Council, int Documents);

    /// <summary>The columns the list sorts by; the opening day, newest first, when none is chosen.</summary>
    public enum SortBy
    {
        Starts,
        Number,
        Council,
        Kind,
        Documents,
    }

    [BindProperty(SupportsGet = true)]
    public Guid? CouncilId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public SortBy Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Asc { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public int Total { get; private set; }

    /// <summary>The councils whose sessions the user sees, for the filter.</summary>
    public IReadOnlyList<Body> Councils { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    public bool IsOfficeOf(Guid unitId) => UnitScope.IsCouncilOfficeOf(User, unitId);

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        var query = Filtered();
        Total = await query.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Rows = await RowsAsync(Sorted(query).Skip((PageNumber - 1) * PageSize).Take(PageSize), ct);
    }

    /// <summary>The whole filtered list, in the order shown, as an Excel sheet.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        var rows = await RowsAsync(Sorted(Filtered()).Take(SheetRows), ct);
        return File(SessionSheet.Write(rows.Select(r => new SessionSheet.Line(r.Session, r.Council, r.Documents)), Today), SessionSheet.ContentType,
            $"ky-hop-{Today:yyyy-MM-dd}.xlsx");
    }

    private IQueryable<Session> Visible() => db.Sessions.AsNoTracking().Where(s => s.ArchivedAt == null).StaffScoped(User);

    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        var councilIds = await Visible().Select(s => s.CouncilId).Distinct().ToListAsync(ct);
        var units = UnitScope.OfficeUnits(User);
        var admin = UnitScope.IsAdministrator(User);

        // An office with no session yet still sees its council, to plan the first one.
        Councils = await db.Bodies.AsNoTracking()
            .Where(b => b.Kind == BodyKind.Council && b.ArchivedAt == null && (councilIds.Contains(b.Id) || admin || units.Contains(b.UnitId)))
            .OrderBy(b => b.Name).ToListAsync(ct);
        Years = [.. (await Visible().Select(s => s.StartsOn).ToListAsync(ct)).Select(d => d.Year).Distinct().OrderDescending()];
    }

    private IQueryable<Session> Filtered()
    {
        var query = Visible();
        if (CouncilId is { } c)
        {
            query = query.Where(s => s.CouncilId == c);
        }

        if (Year is { } y)
        {
            var from = new DateOnly(y, 1, 1);
            var to = new DateOnly(y, 12, 31);
            query = query.Where(s => s.StartsOn >= from && s.StartsOn <= to);
        }

        return query;
    }

    private IOrderedQueryable<Session> Sorted(IQueryable<Session> query)
    {
        var bodies = db.Bodies;
        var documents = db.Documents;
        var sorted = Sort switch
        {
            SortBy.Number => query.By(s => s.Number, Asc),
            SortBy.Council => query.By(s => bodies.Where(b => b.Id == s.CouncilId).Select(b => b.Name).FirstOrDefault(), Asc),
            SortBy.Kind => query.By(s => s.Kind, Asc),
            SortBy.Documents => query.By(s => documents.Count(d => d.SessionId == s.Id), Asc),
            _ => query.By(s => s.StartsOn, Asc),
        };
        return sorted.ThenByDescending(s => s.StartsOn).ThenBy(s => s.Id);
    }

    private async Task<IReadOnlyList<Row>> RowsAsync(IQueryable<Session> page, CancellationToken ct)
    {
        var sessions = await page.ToListAsync(ct);
        var ids = sessions.Select(s => s.Id).ToList();
        var counts = await db.Documents.Where(d => d.SessionId != null && ids.Contains(d.SessionId.Value)).GroupBy(d => d.SessionId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key!.Value, x => x.Count, ct);
        var names = Councils.ToDictionary(c => c.Id, c => c.Name);
        return [.. sessions.Select(s => new Row(s, names.GetValueOrDefault(s.CouncilId, ""), counts.GetValueOrDefault(s.Id)))];
    }

    /// <summary>This list with one thing changed: another page, another order, or the sheet.</summary>
    public string Link(int? page = null, SortBy? sort = null, bool? asc = null, string? handler = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["handler"] = handler, ["CouncilId"] = CouncilId?.ToString(), ["Year"] = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Sort"] = (sort ?? Sort) == SortBy.Starts ? null : (sort ?? Sort).ToString(), ["Asc"] = (asc ?? Asc) ? "true" : null,
            ["p"] = (page ?? 1) > 1 ? page?.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/Sessions", query.Where(kv => kv.Value is not null)!);
    }

    public string SortLink(SortBy column) => Link(sort: column, asc: ListOrder.NextAscending(Sort, Asc, column, column is SortBy.Number or SortBy.Council or SortBy.Kind));

    public string? AriaSort(SortBy column) => ListOrder.AriaSort(Sort, Asc, column);
}
