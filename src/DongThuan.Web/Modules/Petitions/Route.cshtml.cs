using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// The office classifies a petition (field, competent level) and sends it to the agency that must answer.
/// A routing rule suggests the agency; staff confirm. A denunciation goes only as a redacted copy, checked
/// to hold none of the denouncer's identity.
/// </summary>
[Authorize(Policy = Permissions.CouncilOffice)]
public sealed class RouteModel(PetitionDesk desk) : PetitionPage(desk)
{
    public sealed class InputModel
    {
        public Guid? FieldId { get; set; }

        public CompetentLevel? Level { get; set; }

        public Guid? AgencyBodyId { get; set; }

        public Guid? OfficialPersonId { get; set; }

        public string? RedactedContent { get; set; }

        public string? Note { get; set; }

        /// <summary>The day it really happened, when the office enters a step of its paper past; empty is today.</summary>
        public DateOnly? On { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<RoutingChoices.Choice> Fields { get; private set; } = [];

    public IReadOnlyList<RoutingChoices.Choice> Agencies { get; private set; } = [];

    public IReadOnlyList<AgencyPeople.Holder> Officials { get; private set; } = [];

    public bool Suggested { get; private set; }

    /// <summary>The people offered as responsible: those of the agency chosen, once one is; everyone of the unit's agencies before.</summary>
    public IReadOnlyList<AgencyPeople.Holder> ShownOfficials =>
        Input.AgencyBodyId is { } agency && Officials.Any(o => o.AgencyId == agency) ? [.. Officials.Where(o => o.AgencyId == agency)] : Officials;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, p => RoutePetition.MayAct(User, p), ct) is { } stop)
        {
            return stop;
        }

        await LoadChoicesAsync(ct);
        if (Input.AgencyBodyId is null && Input.FieldId is { } field && Input.Level is { } level
            && await Desk.Db.RoutingRules.AsNoTracking().FirstOrDefaultAsync(r => r.UnitId == Petition!.UnitId && r.FieldId == field && r.Level == level && r.ArchivedAt == null, ct) is { } rule)
        {
            Input.AgencyBodyId = rule.AgencyBodyId;
            Input.OfficialPersonId ??= rule.OfficialPersonId;
            Suggested = true;
        }

        if (Petition!.Kind == PetitionKind.Denunciation && Input.RedactedContent is null)
        {
            var identity = await Desk.IdentityAsync(Petition.Id, ct);
            Input.RedactedContent = Redaction.Apply(Petition.Content, identity?.Identifying ?? []);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, p => RoutePetition.MayAct(User, p), ct)
        ?? await ApplyAsync(() => RoutePetition.ExecuteAsync(Desk, User, Petition!, new(Input.FieldId, Input.Level, Input.AgencyBodyId, Input.OfficialPersonId, Input.RedactedContent, Input.Note, Input.On), ct), () => LoadChoicesAsync(ct));

    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        Fields = await RoutingChoices.FieldsAsync(Desk.Db, ct);
        Agencies = await RoutingChoices.AgenciesAsync(Desk.Db, Petition!.UnitId, ct);
        Officials = await RoutingChoices.OfficialsAsync(Desk.Db, Petition.UnitId, ct);
    }
}
