using System.ComponentModel.DataAnnotations;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Organisation.Units;

/// <summary>Create or edit a unit. Units are shared by every council of a deployment, so only administrators change them.</summary>
[Authorize(Policy = Permissions.Administer)]
public sealed class EditModel(DongThuanDb db) : OrganisationPage
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Tên không được để trống.")]
        [MaxLength(200)]
        public string Name { get; set; } = "";

        [MaxLength(100)]
        public string? PlaceName { get; set; }

        public UnitLevel Level { get; set; } = UnitLevel.Commune;

        public Guid? ParentId { get; set; }

        public DateOnly? ValidFrom { get; set; }

        public DateOnly? ValidTo { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<Unit> Parents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct);
            if (unit is null)
            {
                return NotFound();
            }

            Input = new InputModel { Name = unit.Name, PlaceName = unit.PlaceName, Level = unit.Level, ParentId = unit.ParentId, ValidFrom = unit.ValidFrom, ValidTo = unit.ValidTo };
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var unit = Id is { } id ? await db.Units.FindAsync([id], ct) : null;
        if (Id is not null && unit is null)
        {
            return NotFound();
        }

        var parent = Input.ParentId is { } pid ? await db.Units.FindAsync([pid], ct) : null;
        if (ModelState.IsValid && (Input.ParentId is null || parent is not null))
        {
            Outcome outcome;
            if (unit is null)
            {
                unit = Unit.Create(Input.Name, Input.PlaceName ?? "", Input.Level, parent, Input.ValidFrom, Input.ValidTo, out outcome);
                db.Units.Add(unit);
            }
            else
            {
                outcome = unit.Update(Input.Name, Input.PlaceName ?? "", Input.Level, parent, Input.ValidFrom, Input.ValidTo);
            }

            if (Accept(outcome))
            {
                await db.SaveChangesAsync(ct);
                return RedirectToPage("Details", new { id = unit.Id });
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Parents = await db.Units.AsNoTracking().Where(u => u.Id != Id && u.ArchivedAt == null && u.Level != UnitLevel.Commune).OrderBy(u => u.Level).ThenBy(u => u.Name).ToListAsync(ct);
}
