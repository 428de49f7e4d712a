using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>The office moves a petition to another agency, with a reason; the due date stays and the timeline keeps the history.</summary>
[Authorize(Policy = Permissions.CouncilOffice)]
public sealed class TransferModel(PetitionDesk desk) : PetitionPage(desk)
{
    public sealed class InputModel
    {
        public Guid? AgencyBodyId { get; set; }

        public Guid? OfficialPersonId { get; set; }

        public string? Reason { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<RoutingChoices.Choice> Agencies { get; private set; } = [];

    public IReadOnlyList<AgencyPeople.Holder> Officials { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, p => TransferPetition.MayAct(User, p), ct) is { } stop)
        {
            return stop;
        }

        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, p => TransferPetition.MayAct(User, p), ct)
        ?? await ApplyAsync(() => TransferPetition.ExecuteAsync(Desk, Petition!, new(Input.AgencyBodyId, Input.OfficialPersonId, Input.Reason), ct), () => LoadChoicesAsync(ct));

    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        Agencies = await RoutingChoices.AgenciesAsync(Desk.Db, Petition!.UnitId, ct);
        Officials = await RoutingChoices.OfficialsAsync(Desk.Db, Petition.UnitId, ct);
    }
}
