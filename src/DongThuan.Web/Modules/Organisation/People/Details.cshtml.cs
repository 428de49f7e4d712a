using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Organisation.People;

/// <summary>
/// One person and the positions they hold and held. Contact details are shown only to those who manage
/// the person's unit: other staff need the role, not the phone number.
/// </summary>
[Authorize(Policy = Permissions.Staff)]
public sealed class DetailsModel(DongThuanDb db, TimeProvider time) : OrganisationPage
{
    public sealed record Line(Guid Id, string Title, Guid BodyId, string Body, string? Term, DateOnly StartsOn, DateOnly? EndsOn);

    public Person? Person { get; private set; }

    public Unit? Unit { get; private set; }

    public IReadOnlyList<Line> Positions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostArchiveAsync(Guid id, CancellationToken ct)
    {
        var person = await db.People.FindAsync([id], ct);
        if (person is null)
        {
            return NotFound();
        }

        if (!CanManage(person.UnitId))
        {
            return Forbid();
        }

        person.Archive(time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostEndPositionAsync(Guid id, Guid positionId, DateOnly? endsOn, CancellationToken ct)
    {
        var position = await db.Positions.SingleOrDefaultAsync(x => x.Id == positionId && x.PersonId == id, ct);
        if (position is null)
        {
            return NotFound();
        }

        if (!CanManage(position.UnitId))
        {
            return Forbid();
        }

        if (endsOn is null)
        {
            Refusal = "Vui lòng nhập ngày kết thúc.";
        }
        else if (Accept(position.End(endsOn.Value)))
        {
            await db.SaveChangesAsync(ct);
            return RedirectToPage(new { id });
        }

        await LoadAsync(id, ct);
        RefuseAsShown();
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (Person is null)
        {
            return false;
        }

        Unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == Person.UnitId, ct);
        var rows = await db.Positions.AsNoTracking().Where(x => x.PersonId == id && x.ArchivedAt == null)
            .Join(db.Bodies, x => x.BodyId, b => b.Id, (x, b) => new { x, Body = b.Name })
            .ToListAsync(ct);
        var termIds = rows.Where(r => r.x.TermId != null).Select(r => r.x.TermId!.Value).Distinct().ToList();
        var terms = await db.Terms.AsNoTracking().Where(t => termIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Label, ct);
        Positions = [.. rows.OrderByDescending(r => r.x.EndsOn is null).ThenBy(r => r.x.StartsOn)
            .Select(r => new Line(r.x.Id, r.x.Title, r.x.BodyId, r.Body, r.x.TermId is { } t ? terms[t] : null, r.x.StartsOn, r.x.EndsOn))];
        return true;
    }
}
