using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Obligations;

/// <summary>One obligation: who owes it, by when and why that date, how it stands, and its subject's timeline.</summary>
[Authorize(Policy = Permissions.Staff)]
public sealed class DetailsModel(DongThuanDb db, ObligationCatalogue catalogue, TimeProvider time) : Infrastructure.Web.RefusingPage
{
    /// <summary>The council office of the unit may remind whoever owes an open obligation.</summary>
    public bool CanRemind => Obligation.State == ObligationState.Open && UnitScope.IsCouncilOfficeOf(User, Obligation.UnitId);

    [BindProperty]
    public string? Message { get; set; }

    /// <summary>How many were reminded, after a reminder.</summary>
    [TempData]
    public int? Reminded { get; set; }

    public Obligation Obligation { get; private set; } = null!;

    public string KindName { get; private set; } = "";

    public string Body { get; private set; } = "";

    public string? Person { get; private set; }

    public string? SubjectUrl { get; private set; }

    public ObligationStatus Status { get; private set; }

    public IReadOnlyList<TimelineEvent> Timeline { get; private set; } = [];

    /// <summary>Who took each step, by name and role, never by login name.</summary>
    public TimelineNames Actors { get; private set; } = null!;

    public string StateName(string state) => catalogue.StateName(Obligation, state);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRemindAsync(Guid id, [FromServices] RemindOwner remind, CancellationToken ct)
    {
        var (outcome, result) = await remind.RemindAsync(id, Message, User, ct);
        if (outcome.Refusal == ObligationRefusals.NotFound)
        {
            return NotFound();
        }

        if (!outcome.Succeeded)
        {
            await LoadAsync(id, ct);
            return Refused(outcome);
        }

        Reminded = result!.Recipients;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var o = await db.Obligations.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (o is null || !ObligationAccess.CanView(User, o))
        {
            return false;
        }

        Obligation = o;
        KindName = catalogue.NameOf(o.Kind);
        SubjectUrl = catalogue.SubjectUrl(o);
        Status = o.StatusOn(VietnamTime.Today(time));
        var names = await OwnerNames.ForAsync(db, [o.OwnerBodyId], [o.OwnerPersonId], ct);
        Body = names.Body(o.OwnerBodyId);
        Person = names.Person(o.OwnerPersonId);
        Timeline = await db.Timeline.AsNoTracking().Where(e => e.SubjectType == o.SubjectType && e.SubjectId == o.SubjectId).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(ct);
        Actors = await TimelineNames.ForAsync(db, Timeline, ct);
        return true;
    }
}
