using System.ComponentModel.DataAnnotations;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Organisation.People;

/// <summary>Add or edit a person of a unit: administrators anywhere, council office staff in their own unit.</summary>
[Authorize(Policy = Permissions.CouncilOffice)]
public sealed class EditModel(DongThuanDb db) : OrganisationPage
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Tên không được để trống.")]
        [MaxLength(200)]
        public string FullName { get; set; } = "";

        [MaxLength(256)]
        public string? Email { get; set; }

        [MaxLength(30)]
        public string? Phone { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? UnitId { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Unit? Unit { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var person = Id is { } id ? await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct) : null;
        if (Id is not null && person is null)
        {
            return NotFound();
        }

        if (person is not null)
        {
            UnitId = person.UnitId;
            Input = new InputModel { FullName = person.FullName, Email = person.Email, Phone = person.Phone };
        }

        return await LoadAsync(ct) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var person = Id is { } id ? await db.People.FindAsync([id], ct) : null;
        if (Id is not null && person is null)
        {
            return NotFound();
        }

        UnitId = person?.UnitId ?? UnitId;
        if (await LoadAsync(ct) is { } refused)
        {
            return refused;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Outcome outcome;
        if (person is null)
        {
            person = Person.Create(Input.FullName, Unit!, Input.Email, Input.Phone, out outcome);
            db.People.Add(person);
        }
        else
        {
            outcome = person.Update(Input.FullName, Input.Email, Input.Phone);
        }

        if (!Accept(outcome))
        {
            return Page();
        }

        await db.SaveChangesAsync(ct);
        return RedirectToPage("Details", new { id = person.Id });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        Unit = UnitId is { } u ? await db.Units.AsNoTracking().SingleOrDefaultAsync(x => x.Id == u, ct) : null;
        if (Unit is null)
        {
            return NotFound();
        }

        return CanManage(Unit.Id) ? null : Forbid();
    }
}
