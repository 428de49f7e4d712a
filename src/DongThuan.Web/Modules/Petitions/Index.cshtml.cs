using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Infrastructure.Text;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// The petitions a user works on: the office's inbox and follow-up, or an agency's queue. Filters by state, kind, channel,
/// field and words; sorts by code, title, date received, state or deadline; the same list downloads as an Excel sheet.
/// </summary>
[Authorize(Policy = Permissions.Staff)]
public sealed class IndexModel(DongThuanDb db, TimeProvider time) : PageModel
{
    public const int PageSize = 50;

    /// <summary>The most rows one sheet holds; a longer list is narrowed with the filters first.</summary>
    public const int SheetRows = 5_000;

    public sealed record Row(ListedPetition Petition, string? Field, string? Agency, Obligation? Obligation);

    /// <summary>The columns the list sorts by; the date received, newest first, when none is chosen.</summary>
    public enum SortBy
    {
        Received,
        Code,
        Title,
        State,
        Due,
    }

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public PetitionState? State { get; set; }

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public PetitionKind? Kind { get; set; }

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public PetitionChannel? Channel { get; set; }

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public Guid? FieldId { get; set; }

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public SortBy Sort { get; set; }

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public bool Asc { get; set; }

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public IReadOnlyList<RoutingChoices.Choice> Fields { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public bool IsOffice { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = VietnamTime.Today(time);
        IsOffice = UnitScope.IsAdministrator(User) || UnitScope.OfficeUnits(User).Count > 0;
        Fields = await RoutingChoices.FieldsAsync(db, ct);
        var query = Filtered();
        Total = await query.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Rows = await RowsAsync(Sorted(query).Skip((PageNumber - 1) * PageSize).Take(PageSize), ct);
    }

    /// <summary>The whole filtered list, in the order shown, as an Excel sheet.</summary>
    public async Task<Microsoft.AspNetCore.Mvc.IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        Today = VietnamTime.Today(time);
        Fields = await RoutingChoices.FieldsAsync(db, ct);
        var rows = await RowsAsync(Sorted(Filtered()).Take(SheetRows), ct);
        return File(PetitionSheet.Write(rows.Select(r => new PetitionSheet.Line(r.Petition, r.Field, r.Agency, r.Obligation)), Today), PetitionSheet.ContentType, $"kien-nghi-{Today:yyyy-MM-dd}.xlsx");
    }

    private IQueryable<Petition> Filtered()
    {
        var query = PetitionAccess.Visible(db, User).AsNoTracking();
        if (State is { } s)
        {
            query = query.Where(p => p.State == s);
        }
        else
        {
            query = query.Where(p => p.State != PetitionState.Merged);
        }

        if (Kind is { } k)
        {
            query = query.Where(p => p.Kind == k);
        }

        if (Channel is { } c)
        {
            query = query.Where(p => p.Channel == c);
        }

        if (FieldId is { } f)
        {
            query = query.Where(p => p.FieldId == f);
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            // Folded, so "duong ngap" finds "Đường ngập"; the code is matched as typed.
            var folded = VietnameseText.Fold(Q.Trim());
            var code = TrackingCodes.Normalise(Q);
            query = query.Where(p => p.Folded.Contains(folded) || p.TrackingCode == code);
        }

        return query;
    }

    private IOrderedQueryable<Petition> Sorted(IQueryable<Petition> query)
    {
        var due = db.DueDates();
        var sorted = Sort switch
        {
            SortBy.Code => query.By(p => p.TrackingCode, Asc),
            SortBy.Title => query.By(p => p.Title, Asc),
            SortBy.State => query.By(p => p.State, Asc),
            SortBy.Due => query.By(p => due.Where(o => o.Id == p.ObligationId).Select(o => (DateOnly?)o.DueOn).FirstOrDefault(), Asc),
            _ => query.By(p => p.ReceivedOn, Asc),
        };
        return sorted.ThenByDescending(p => p.SubmittedAt);
    }

    private async Task<IReadOnlyList<Row>> RowsAsync(IQueryable<Petition> page, CancellationToken ct)
    {
        var petitions = await page.Select(ListedPetition.Columns).ToListAsync(ct);
        var obligationIds = petitions.Where(p => p.ObligationId != null).Select(p => p.ObligationId!.Value).ToList();
        var obligations = await db.ObligationsByIdAsync(obligationIds, ct);
        var agencyIds = petitions.Where(p => p.AgencyBodyId != null).Select(p => p.AgencyBodyId!.Value).Distinct().ToList();
        var agencies = await db.Bodies.AsNoTracking().Where(b => agencyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        var fields = Fields.ToDictionary(x => x.Id, x => x.Name);
        return [.. petitions.Select(p => new Row(p, p.FieldId is { } fid ? fields.GetValueOrDefault(fid) : null, p.AgencyBodyId is { } aid ? agencies.GetValueOrDefault(aid) : null,
            p.ObligationId is { } oid ? obligations.GetValueOrDefault(oid) : null))];
    }

    /// <summary>This list with one thing changed: another page, another order, or the sheet.</summary>
    public string Link(int? page = null, SortBy? sort = null, bool? asc = null, string? handler = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["handler"] = handler, ["State"] = State?.ToString(), ["Kind"] = Kind?.ToString(), ["Channel"] = Channel?.ToString(), ["FieldId"] = FieldId?.ToString(),
            ["Q"] = string.IsNullOrWhiteSpace(Q) ? null : Q, ["Sort"] = (sort ?? Sort) == SortBy.Received ? null : (sort ?? Sort).ToString(),
            ["Asc"] = (asc ?? Asc) ? "true" : null, ["p"] = (page ?? 1) > 1 ? page.ToString() : null,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/Petitions", query.Where(kv => kv.Value is not null)!);
    }

    public string SortLink(SortBy column) => Link(sort: column, asc: ListOrder.NextAscending(Sort, Asc, column, column is SortBy.Code or SortBy.Title or SortBy.Due));

    public string? AriaSort(SortBy column) => ListOrder.AriaSort(Sort, Asc, column);
}
