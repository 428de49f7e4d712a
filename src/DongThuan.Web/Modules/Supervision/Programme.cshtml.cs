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

        var (outcome, programme) = await AdoptProgramme.ExecuteAsync(db, Council!, new(CouncilId, OwnerBodyId, Year, Title, AdoptedBy, AdoptedOn, Description), ct);
        return outcome.Succeeded ? Redirect($"/Supervision?year={programme!.Year}") : Refused(outcome.Refusal!.Message);
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var (council, stop) = await OfficeCouncil.LoadAsync(db, User, CouncilId, ct);
        if (council is null)
        {
            return stop;
        }

        Council = council;

        Owners = await AdoptProgramme.OwnersAsync(db, CouncilId, ct);
        return null;
    }
}
