using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Organisation.Units;

/// <summary>One unit: its place in the tree, its reform history, its bodies. Administrators archive it and record successors.</summary>
[Authorize(Policy = Permissions.Staff)]
public sealed class DetailsModel(DongThuanDb db, TimeProvider time) : OrganisationPage
{
    public Unit? Unit { get; private set; }

    public Unit? Parent { get; private set; }

    public IReadOnlyList<Unit> Children { get; private set; } = [];

    public IReadOnlyList<Unit> Predecessors { get; private set; } = [];

    public IReadOnlyList<Unit> Successors { get; private set; } = [];

    public IReadOnlyList<Unit> SuccessorCandidates { get; private set; } = [];

    public IReadOnlyList<Body> Bodies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostArchiveAsync(Guid id, CancellationToken ct)
    {
        if (!IsAdministrator)
        {
            return Forbid();
        }

        var unit = await db.Units.FindAsync([id], ct);
        if (unit is null)
        {
            return NotFound();
        }

        unit.Archive(time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostAddSuccessorAsync(Guid id, Guid successorId, CancellationToken ct)
    {
        if (!IsAdministrator)
        {
            return Forbid();
        }

        var unit = await db.Units.FindAsync([id], ct);
        var successor = await db.Units.FindAsync([successorId], ct);
        if (unit is null)
        {
            return NotFound();
        }

        if (successor is null)
        {
            Refusal = "Không tìm thấy đơn vị kế thừa.";
        }
        else if (Accept(unit.SucceededBy(successor, await db.UnitSuccessions.Where(s => s.PredecessorId == id).ToListAsync(ct), out var link)))
        {
            db.UnitSuccessions.Add(link!);
            await db.SaveChangesAsync(ct);
            return RedirectToPage(new { id });
        }

        await LoadAsync(id, ct);
        RefuseAsShown();
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct);
        if (Unit is null)
        {
            return false;
        }

        Parent = Unit.ParentId is { } p ? await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == p, ct) : null;
        Children = await db.Units.AsNoTracking().Where(u => u.ParentId == id).OrderBy(u => u.Name).ToListAsync(ct);
        Predecessors = await db.UnitSuccessions.Where(s => s.SuccessorId == id)
            .Join(db.Units, s => s.PredecessorId, u => u.Id, (s, u) => u).AsNoTracking().OrderBy(u => u.Name).ToListAsync(ct);
        Successors = await db.UnitSuccessions.Where(s => s.PredecessorId == id)
            .Join(db.Units, s => s.SuccessorId, u => u.Id, (s, u) => u).AsNoTracking().OrderBy(u => u.Name).ToListAsync(ct);
        Bodies = await db.Bodies.AsNoTracking().Where(b => b.UnitId == id && b.ArchivedAt == null).OrderBy(b => b.Kind).ThenBy(b => b.Name).ToListAsync(ct);
        if (Unit.ValidTo is { } end)
        {
            var day = end.AddDays(1);
            SuccessorCandidates = await db.Units.AsNoTracking()
                .Where(u => u.Id != id && u.ArchivedAt == null && (u.ValidFrom == null || u.ValidFrom <= day) && (u.ValidTo == null || u.ValidTo >= day))
                .OrderBy(u => u.Name).ToListAsync(ct);
        }

        return true;
    }
}
