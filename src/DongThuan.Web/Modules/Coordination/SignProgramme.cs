using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Coordination;

/// <summary>
/// The council office records a signed coordination programme (the page and the API): its number, the signing conference
/// and the signatory of each party, any body of the unit but a delegate group; signed on a day not after today. The caller
/// has checked that the user is council office staff of the unit.
/// </summary>
public static class SignProgramme
{
    public sealed record Party(Guid BodyId, string? Signatory, string? Title);

    public sealed record Request(Guid UnitId, string? Title, int Year, string? Number, DateOnly SignedOn, string? SignedAt, string? Attendees, IReadOnlyList<Party>? Parties);

    /// <summary>The bodies of a unit that may sign a programme.</summary>
    public static Task<List<Body>> PartiesAsync(Infrastructure.Database.DongThuanDb db, Guid unitId, CancellationToken ct) =>
        db.Bodies.AsNoTracking().Where(b => b.UnitId == unitId && b.ArchivedAt == null && b.Kind != BodyKind.DelegateGroup)
            .OrderBy(b => b.Kind).ThenBy(b => b.Name).ToListAsync(ct);

    public static async Task<(Outcome Outcome, CoordinationProgramme? Programme)> ExecuteAsync(CoordinationDesk desk, Request input, CancellationToken ct)
    {
        var (_, refusal) = RecordedDate.Resolve(input.SignedOn, desk.Today, mayBackdate: true, previous: null);
        if (refusal is not null)
        {
            return (refusal, null);
        }

        var bodies = (await PartiesAsync(desk.Db, input.UnitId, ct)).Select(b => b.Id).ToHashSet();
        var chosen = (input.Parties ?? []).DistinctBy(p => p.BodyId).ToList();
        if (chosen.Any(p => !bodies.Contains(p.BodyId)))
        {
            return (CoordinationRefusals.PartyOfUnit, null);
        }

        var programme = CoordinationProgramme.Sign(input.UnitId, input.Title ?? "", input.Year, input.Number ?? "", input.SignedOn, input.SignedAt ?? "", input.Attendees ?? "",
            chosen.Count, out var outcome);
        var parties = new List<ProgrammeParty>();
        foreach (var (p, i) in chosen.Select((p, i) => (p, i)))
        {
            if (outcome.Succeeded)
            {
                parties.Add(ProgrammeParty.Of(programme, p.BodyId, p.Signatory ?? "", p.Title ?? "", i + 1, out outcome));
            }
        }

        outcome = outcome.Succeeded ? await desk.SignAsync(programme, parties, ct) : outcome;
        return (outcome, outcome.Succeeded ? programme : null);
    }
}
