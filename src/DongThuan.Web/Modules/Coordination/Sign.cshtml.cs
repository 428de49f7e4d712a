using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Coordination;

/// <summary>
/// The council office records a signed programme: number, signing conference and each party's signatory.
/// The standing committee, the people's committee and the Front's standing board are offered as parties;
/// any body of the unit may be one.
/// </summary>
[Authorize(Policy = Permissions.CouncilOffice)]
public sealed class SignModel(CoordinationDesk desk) : RefusingPage
{
    public sealed class PartyInput
    {
        public Guid BodyId { get; set; }

        public bool Include { get; set; }

        public string? Signatory { get; set; }

        public string? Title { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public Guid UnitId { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public int Year { get; set; }

    [BindProperty]
    public string? Number { get; set; }

    [BindProperty]
    public DateOnly SignedOn { get; set; }

    [BindProperty]
    public string? SignedAt { get; set; }

    [BindProperty]
    public string? Attendees { get; set; }

    [BindProperty]
    public List<PartyInput> Parties { get; set; } = [];

    public IReadOnlyDictionary<Guid, Body> Bodies { get; private set; } = new Dictionary<Guid, Body>();

    private static readonly BodyKind[] DefaultParties = [BodyKind.CouncilStandingCommittee, BodyKind.PeoplesCommittee, BodyKind.FrontStandingBoard];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop)
        {
            return stop;
        }

        Year = desk.Today.Year;
        SignedOn = desk.Today;
        Parties = [.. Bodies.Values.Select(b => new PartyInput { BodyId = b.Id, Include = DefaultParties.Contains(b.Kind) })];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop)
        {
            return stop;
        }

        var chosen = Parties.Where(p => p.Include && Bodies.ContainsKey(p.BodyId)).Select(p => new SignProgramme.Party(p.BodyId, p.Signatory, p.Title)).ToList();
        var (outcome, programme) = await SignProgramme.ExecuteAsync(desk, new(UnitId, Title, Year, Number, SignedOn, SignedAt, Attendees, chosen), ct);
        return outcome.Succeeded ? Redirect($"/Coordination/Details/{programme!.Id}") : Refused(outcome.Refusal!.Message);
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (!UnitScope.IsCouncilOfficeOf(User, UnitId))
        {
            return Forbid();
        }

        var bodies = await SignProgramme.PartiesAsync(desk.Db, UnitId, ct);
        if (bodies.Count == 0)
        {
            return NotFound();
        }

        Bodies = bodies.ToDictionary(b => b.Id);
        return null;
    }
}
