using System.ComponentModel.DataAnnotations;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Organisation.Terms;

/// <summary>Open or correct a council's term; terms of one council never overlap.</summary>
[Authorize(Policy = Permissions.CouncilOffice)]
public sealed class EditModel(DongThuanDb db) : OrganisationPage
{
    public sealed class InputModel
    {
        [Range(1, 50, ErrorMessage = "Số khóa phải từ 1 đến 50.")]
        public int Number { get; set; } = 1;

        [Required(ErrorMessage = "Vui lòng nhập ngày bắt đầu.")]
        public DateOnly? StartsOn { get; set; }

        [Required(ErrorMessage = "Vui lòng nhập ngày kết thúc.")]
        public DateOnly? EndsOn { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? CouncilId { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Body? Council { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var term = Id is { } id ? await db.Terms.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, ct) : null;
        if (Id is not null && term is null)
        {
            return NotFound();
        }

        if (term is not null)
        {
            CouncilId = term.CouncilId;
            Input = new InputModel { Number = term.Number, StartsOn = term.StartsOn, EndsOn = term.EndsOn };
        }

        return await LoadAsync(ct) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var term = Id is { } id ? await db.Terms.FindAsync([id], ct) : null;
        if (Id is not null && term is null)
        {
            return NotFound();
        }

        CouncilId = term?.CouncilId ?? CouncilId;
        if (await LoadAsync(ct) is { } refused)
        {
            return refused;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var others = await db.Terms.Where(t => t.CouncilId == Council!.Id).ToListAsync(ct);
        Outcome outcome;
        if (term is null)
        {
            term = Term.Create(Council!, Input.Number, Input.StartsOn!.Value, Input.EndsOn!.Value, others, out outcome);
            db.Terms.Add(term);
        }
        else
        {
            outcome = term.Update(Input.Number, Input.StartsOn!.Value, Input.EndsOn!.Value, others);
        }

        if (!Accept(outcome))
        {
            return Page();
        }

        await db.SaveChangesAsync(ct);
        return Redirect($"/Organisation/Bodies/Details/{Council!.Id}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        Council = CouncilId is { } c ? await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == c, ct) : null;
        if (Council is null)
        {
            return NotFound();
        }

        return CanManage(Council.UnitId) ? null : Forbid();
    }
}
