using System.ComponentModel.DataAnnotations;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Organisation.Bodies;

/// <summary>Create or edit a body of a unit: administrators anywhere, council office staff in their own unit.</summary>
[Authorize(Policy = Permissions.CouncilOffice)]
public sealed class EditModel(DongThuanDb db) : OrganisationPage
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Tên không được để trống.")]
        [MaxLength(300)]
        public string Name { get; set; } = "";

        public BodyKind Kind { get; set; } = BodyKind.ExecutiveDepartment;

        public Guid? ParentBodyId { get; set; }

        public DateOnly? ValidFrom { get; set; }

        public DateOnly? ValidTo { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? UnitId { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Unit? Unit { get; private set; }

    public IReadOnlyList<Body> Parents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var body = Id is { } id ? await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, ct) : null;
        if (Id is not null && body is null)
        {
            return NotFound();
        }

        if (body is not null)
        {
            UnitId = body.UnitId;
            Input = new InputModel { Name = body.Name, Kind = body.Kind, ParentBodyId = body.ParentBodyId, ValidFrom = body.ValidFrom, ValidTo = body.ValidTo };
        }

        return await LoadAsync(ct) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var body = Id is { } id ? await db.Bodies.FindAsync([id], ct) : null;
        if (Id is not null && body is null)
        {
            return NotFound();
        }

        // The unit comes from the stored body when editing: a forged unitId cannot move a body between councils.
        UnitId = body?.UnitId ?? UnitId;
        if (await LoadAsync(ct) is { } refused)
        {
            return refused;
        }

        var parent = Input.ParentBodyId is { } pid ? await db.Bodies.FindAsync([pid], ct) : null;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var editedId = body?.Id;
        var unitHasCouncil = await db.Bodies.AnyAsync(b => b.UnitId == Unit!.Id && b.Kind == BodyKind.Council && b.ArchivedAt == null && b.Id != editedId, ct);
        Outcome outcome;
        if (body is null)
        {
            body = Body.Create(Input.Name, Input.Kind, Unit!, parent, Input.ValidFrom, Input.ValidTo, unitHasCouncil, out outcome);
            db.Bodies.Add(body);
        }
        else
        {
            outcome = body.Update(Input.Name, Input.Kind, parent, Input.ValidFrom, Input.ValidTo, unitHasCouncil);
        }

        if (!Accept(outcome))
        {
            return Page();
        }

        await db.SaveChangesAsync(ct);
        return RedirectToPage("Details", new { id = body.Id });
    }

    /// <summary>Loads the unit and the possible parents; a result when the request must stop (unknown unit, or not the caller's).</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        Unit = UnitId is { } u ? await db.Units.AsNoTracking().SingleOrDefaultAsync(x => x.Id == u, ct) : null;
        if (Unit is null)
        {
            return NotFound();
        }

        if (!CanManage(Unit.Id))
        {
            return Forbid();
        }

        Parents = await db.Bodies.AsNoTracking()
            .Where(b => b.UnitId == Unit.Id && b.Id != Id && b.ArchivedAt == null && b.ParentBodyId == null)
            .OrderBy(b => b.Kind).ToListAsync(ct);
        return null;
    }
}
