using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Supervision;

/// <summary>The council office records a year's supervision programme of the council, its standing committee or a committee.</summary>
[Authorize(Policy = Permissions.CouncilOffice)]
public sealed class ProgrammeModel(DongThuanDb db, TimeProvider time) : RefusingPage
{
    [BindProperty(SupportsGet = true)]
    public Guid CouncilId { get; set; }

    [BindProperty]
    public Guid OwnerBodyId { get; set; }

    [BindProperty]
    public int Year { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? AdoptedBy { get; set; }

    [BindProperty]
    public DateOnly AdoptedOn { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    public Body? Council { get; private set; }

    public IReadOnlyList<Body> Owners { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Year = Infrastructure.Localization.VietnamTime.Today(time).Year + 1;
        return await LoadAsync(ct) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop)
        {
            return stop;
        }

        var owner = Owners.SingleOrDefault(b => b.Id == OwnerBodyId);
        if (owner is null)
        {
            return Refused(SupervisionRefusals.ProgrammeOwner.Message);
        }

        var programme = SupervisionProgramme.Adopt(Council!, owner, Year, Title ?? "", AdoptedBy ?? "", AdoptedOn, Description, out var outcome);
        if (!outcome.Succeeded)
        {
            return Refused(outcome.Refusal!.Message);
        }

        db.SupervisionProgrammes.Add(programme);
        await db.SaveChangesAsync(ct);
        return Redirect($"/Supervision?year={programme.Year}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var (council, stop) = await OfficeCouncil.LoadAsync(db, User, CouncilId, ct);
        if (council is null)
        {
            return stop;
        }

        Council = council;

        Owners = await db.Bodies.AsNoTracking()
            .Where(b => b.ArchivedAt == null && (b.Id == CouncilId || (b.ParentBodyId == CouncilId && (b.Kind == BodyKind.CouncilStandingCommittee || b.Kind == BodyKind.CouncilCommittee))))
            .OrderBy(b => b.Kind).ThenBy(b => b.Name).ToListAsync(ct);
        return null;
    }
}
