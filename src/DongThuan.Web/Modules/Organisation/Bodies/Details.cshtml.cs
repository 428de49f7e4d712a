using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Organisation.Bodies;

/// <summary>One body: where it sits, its terms (for a council), the bodies under it and its members.</summary>
[Authorize(Policy = Permissions.Staff)]
public sealed class DetailsModel(DongThuanDb db, TimeProvider time) : OrganisationPage
{
    public sealed record Member(Guid PersonId, string Name, string Title, DateOnly StartsOn, DateOnly? EndsOn);

    public Body? Body { get; private set; }

    public Unit? Unit { get; private set; }

    public Body? Parent { get; private set; }

    public IReadOnlyList<Body> Children { get; private set; } = [];

    public IReadOnlyList<Term> Terms { get; private set; } = [];

    public IReadOnlyList<Member> Members { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Body = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, ct);
        if (Body is null)
        {
            return NotFound();
        }

        Unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == Body.UnitId, ct);
        Parent = Body.ParentBodyId is { } p ? await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == p, ct) : null;
        Children = await db.Bodies.AsNoTracking().Where(b => b.ParentBodyId == id && b.ArchivedAt == null).OrderBy(b => b.Kind).ThenBy(b => b.Name).ToListAsync(ct);
        Terms = await db.Terms.AsNoTracking().Where(t => t.CouncilId == id && t.ArchivedAt == null).OrderBy(t => t.Number).ToListAsync(ct);
        Members = await db.Positions.AsNoTracking().Where(x => x.BodyId == id && x.ArchivedAt == null)
            .Join(db.People, x => x.PersonId, person => person.Id, (x, person) => new Member(person.Id, person.FullName, x.Title, x.StartsOn, x.EndsOn))
            .ToListAsync(ct);
        Members = [.. Members.OrderBy(m => m.Title.StartsWith("Chủ tịch", StringComparison.Ordinal) || m.Title.StartsWith("Trưởng", StringComparison.Ordinal) || m.Title.StartsWith("Chánh", StringComparison.Ordinal) || m.Title == "Tổ trưởng" ? 0 : 1).ThenBy(m => m.Name, StringComparer.Ordinal)];
        return Page();
    }

    public async Task<IActionResult> OnPostArchiveAsync(Guid id, CancellationToken ct)
    {
        var body = await db.Bodies.FindAsync([id], ct);
        if (body is null)
        {
            return NotFound();
        }

        if (!CanManage(body.UnitId))
        {
            return Forbid();
        }

        body.Archive(time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { id });
    }
}
