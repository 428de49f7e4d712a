using System.ComponentModel.DataAnnotations;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Organisation.Positions;

/// <summary>Give a person a position in a body of their unit, optionally within a council term.</summary>
[Authorize(Policy = Permissions.CouncilOffice)]
public sealed class AssignModel(DongThuanDb db) : OrganisationPage
{
    public sealed class InputModel
    {
        public Guid BodyId { get; set; }

        [Required(ErrorMessage = "Chức danh không được để trống.")]
        [MaxLength(200)]
        public string Title { get; set; } = "";

        public Guid? TermId { get; set; }

        [Required(ErrorMessage = "Vui lòng nhập ngày bắt đầu.")]
        public DateOnly? StartsOn { get; set; }

        public DateOnly? EndsOn { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public Guid PersonId { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Person? Person { get; private set; }

    public IReadOnlyList<Body> Bodies { get; private set; } = [];

    public IReadOnlyList<Term> Terms { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused)
        {
            return refused;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Only bodies of the person's own unit are offered, and only those are accepted.
        var body = Bodies.SingleOrDefault(b => b.Id == Input.BodyId);
        if (body is null)
        {
            return Refused(OrganisationRefusals.BodyOfOtherUnit);
        }

        var term = Input.TermId is { } t ? Terms.SingleOrDefault(x => x.Id == t) : null;
        var position = Position.Assign(Person!, body, Input.Title, term, Input.StartsOn!.Value, Input.EndsOn, out var outcome);
        if (Input.TermId is not null && term is null)
        {
            return Refused(OrganisationRefusals.TermOfOtherCouncil.Message);
        }

        if (!Accept(outcome))
        {
            return Page();
        }

        db.Positions.Add(position);
        await db.SaveChangesAsync(ct);
        return Redirect($"/Organisation/People/Details/{Person!.Id}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        Person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == PersonId, ct);
        if (Person is null)
        {
            return NotFound();
        }

        if (!CanManage(Person.UnitId))
        {
            return Forbid();
        }

        Bodies = await db.Bodies.AsNoTracking().Where(b => b.UnitId == Person.UnitId && b.ArchivedAt == null).OrderBy(b => b.Kind).ThenBy(b => b.Name).ToListAsync(ct);
        Terms = await db.Terms.AsNoTracking().Where(t => t.UnitId == Person.UnitId && t.ArchivedAt == null).OrderBy(t => t.Number).ToListAsync(ct);
        return null;
    }
}
