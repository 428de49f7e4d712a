using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Infrastructure.OfficialDocuments;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Obligations;

/// <summary>
/// "Who owes what": every obligation the user may see, of every kind, counted by agency and by named person
/// and listed with its status; filters by status, kind, agency, person and due-date period.
/// </summary>
[Authorize(Policy = Permissions.Staff)]
public sealed class IndexModel(DongThuanDb db, ObligationCatalogue catalogue, TimeProvider time) : Infrastructure.Web.RefusingPage
{
    public const int PageSize = 50;

    /// <summary>The most rows an export holds.</summary>
    public const int ExportMax = 10_000;


    public sealed record Tally(Guid Id, string Name, int Open, int DueSoon, int Overdue, int VeryLate, int DoneOnTime, int DoneLate);

    [BindProperty(SupportsGet = true)]
    public ObligationStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Field { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? BodyId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? PersonId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ObligationRow> Rows { get; private set; } = [];

    public IReadOnlyList<Tally> ByBody { get; private set; } = [];

    public IReadOnlyList<Tally> ByPerson { get; private set; } = [];

    public int Total { get; private set; }

    public IReadOnlyCollection<ObligationKind> Kinds => catalogue.All;

    /// <summary>The fields of the obligations the user may see (only kinds whose subject has one).</summary>
    public IReadOnlyList<string> Fields { get; private set; } = [];

    public DateOnly Today { get; private set; }

    /// <summary>The open obligations the council office may remind about from the list (those of its own unit).</summary>
    public bool CanRemind(ObligationRow r) => r.Obligation.State == ObligationState.Open && UnitScope.IsCouncilOfficeOf(User, r.Obligation.UnitId);

    [BindProperty]
    public List<Guid> Chosen { get; set; } = [];

    [BindProperty]
    public string? Message { get; set; }

    [TempData]
    public string? RemindedNote { get; set; }

    /// <summary>
    /// Reminds about each chosen obligation, as the API does one by one. One whose owner has no account yet is left for a
    /// letter and counted; any other refusal stops there (those before it were sent, and the page says so).
    /// </summary>
    public async Task<IActionResult> OnPostRemindAsync([FromServices] RemindOwner remind, CancellationToken ct)
    {
        if (Chosen.Count == 0)
        {
            await OnGetAsync(ct);
            return Refused(ObligationRefusals.NoneChosen.Message);
        }

        int items = 0, people = 0, unreachable = 0;
        foreach (var id in Chosen.Distinct().Take(PageSize))
        {
            var (outcome, result) = await remind.RemindAsync(id, Message, User, ct);
            if (outcome.Refusal == ObligationRefusals.NoRecipient)
            {
                unreachable++;
                continue;
            }

            if (!outcome.Succeeded)
            {
                await OnGetAsync(ct);
                return Refused(outcome);
            }

            items++;
            people += result!.Recipients;
        }

        RemindedNote = $"{items}|{people}|{unreachable}";
        return Redirect(Link());
    }

    /// <summary>The obligations the user may see, narrowed by every filter but the status.</summary>
    private IQueryable<Obligation> Filtered()
    {
        var query = ObligationAccess.Visible(db, User).AsNoTracking();
        if (!string.IsNullOrEmpty(Field))
        {
            query = query.Where(o => o.Field == Field);
        }

        if (!string.IsNullOrEmpty(Kind))
        {
            query = query.Where(o => o.Kind == Kind);
        }

        if (BodyId is { } body)
        {
            query = query.Where(o => o.OwnerBodyId == body);
        }

        if (PersonId is { } person)
        {
            query = query.Where(o => o.OwnerPersonId == person);
        }

        if (From is { } from)
        {
            query = query.Where(o => o.DueOn >= from);
        }

        if (To is { } to)
        {
            query = query.Where(o => o.DueOn <= to);
        }

        return query;
    }

    /// <summary>The list as filtered (every page, up to <see cref="ExportMax"/> rows), as an Excel file.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        Today = VietnamTime.Today(time);
        var query = Status is { } status ? Filtered().WithStatus(status, Today) : Filtered();
        var rows = await query.OrderBy(o => o.State).ThenBy(o => o.DueOn).Take(ExportMax).ToListAsync(ct);
        var names = await OwnerNames.ForAsync(db, rows.Select(o => o.OwnerBodyId), rows.Select(o => o.OwnerPersonId), ct);
        return File(ObligationSheet.Write(rows, catalogue, names, Today), ObligationSheet.ContentType, $"viec-phai-lam-{Today:yyyyMMdd}.xlsx");
    }

    /// <summary>The reminder letter to the agency the board is filtered on, in Word or PDF (ADR 0020).</summary>
    public async Task<IActionResult> OnGetLetterAsync(string? format, CancellationToken ct)
    {
        Today = VietnamTime.Today(time);
        if (BodyId is not { } agency || await ReminderLetter.DraftAsync(db, catalogue, User, agency, Today, ct) is not { } letter)
        {
            return NotFound();
        }

        return OfficialFiles.Download(letter, format, $"cong-van-don-doc-{Today:yyyyMMdd}");
    }

    /// <summary>Whether the board is on one agency, for the council office that may write it a reminder letter.</summary>
    public bool OffersLetter { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = VietnamTime.Today(time);
        var query = Filtered();
        Fields = await ObligationAccess.Visible(db, User).Where(o => o.Field != null).Select(o => o.Field!).Distinct().OrderBy(f => f).ToListAsync(ct);
        OffersLetter = BodyId is { } letterTo && (User.IsInRole(nameof(AppRole.CouncilOffice)) || User.IsInRole(nameof(AppRole.Administrator)))
            && await ObligationAccess.Visible(db, User).AnyAsync(o => o.OwnerBodyId == letterTo && o.State == ObligationState.Open && o.DueOn < Today, ct);

        // The tallies count the filtered set by status; the list then narrows to the chosen status.
        var facts = await query.Select(o => new { o.OwnerBodyId, o.OwnerPersonId, o.State, o.DueOn, o.OriginalDueOn, o.VeryLateOn, o.FulfilledOn }).ToListAsync(ct);
        var names = await OwnerNames.ForAsync(db, facts.Select(f => f.OwnerBodyId), facts.Select(f => f.OwnerPersonId), ct);
        Tally Count(Guid id, string name, IEnumerable<ObligationStatus> s)
        {
            var list = s.ToList();
            return new Tally(id, name, list.Count(x => x == ObligationStatus.Open), list.Count(x => x == ObligationStatus.DueSoon), list.Count(x => x == ObligationStatus.Overdue),
                list.Count(x => x == ObligationStatus.VeryLate), list.Count(x => x == ObligationStatus.DoneOnTime), list.Count(x => x == ObligationStatus.DoneLate));
        }

        var withStatus = facts.Select(f => (f.OwnerBodyId, f.OwnerPersonId, Status: Obligation.StatusOf(f.State, f.DueOn, f.OriginalDueOn, f.VeryLateOn, f.FulfilledOn, Today))).ToList();
        ByBody = [.. withStatus.GroupBy(f => f.OwnerBodyId).Select(g => Count(g.Key, names.Body(g.Key), g.Select(x => x.Status)))
            .OrderByDescending(t => t.Overdue + t.VeryLate).ThenBy(t => t.Name, StringComparer.Ordinal)];
        ByPerson = [.. withStatus.Where(f => f.OwnerPersonId != null).GroupBy(f => f.OwnerPersonId!.Value)
            .Select(g => Count(g.Key, names.Person(g.Key) ?? "", g.Select(x => x.Status))).OrderByDescending(t => t.Overdue + t.VeryLate).ThenBy(t => t.Name, StringComparer.Ordinal)];

        if (Status is { } status)
        {
            query = query.WithStatus(status, Today);
        }

        Total = await query.CountAsync(ct);
        PageNumber = Math.Max(1, PageNumber);
        var page = await query.OrderBy(o => o.State).ThenBy(o => o.DueOn).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        Rows = [.. page.Select(o => new ObligationRow(o, catalogue.NameOf(o.Kind), names.Body(o.OwnerBodyId), names.Person(o.OwnerPersonId), o.StatusOn(Today)))];
    }

    public string Link(ObligationStatus? status = null, Guid? body = null, Guid? person = null, int? page = null) =>
        $"/Obligations?Status={status ?? Status}&Kind={Uri.EscapeDataString(Kind ?? "")}&Field={Uri.EscapeDataString(Field ?? "")}&BodyId={body ?? BodyId}&PersonId={person ?? PersonId}&From={From:yyyy-MM-dd}&To={To:yyyy-MM-dd}&p={page ?? 1}";
}
