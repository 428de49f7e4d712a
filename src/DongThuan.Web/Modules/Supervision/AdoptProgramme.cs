using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Supervision;

/// <summary>
/// The council office records a year's supervision programme of the council, its standing committee or one of its
/// committees (the page and the API). The caller has checked that the user is council office staff of the council's unit.
/// </summary>
public static class AdoptProgramme
{
    /// <param name="OwnerBodyId">Whose programme: the council itself, its standing committee or one of its committees.</param>
    public sealed record Request(Guid CouncilId, Guid OwnerBodyId, int Year, string? Title, string? AdoptedBy, DateOnly AdoptedOn, string? Content = null);

    /// <summary>The bodies that may own a programme of this council.</summary>
    public static Task<List<Body>> OwnersAsync(DongThuanDb db, Guid councilId, CancellationToken ct) =>
        db.Bodies.AsNoTracking()
            .Where(b => b.ArchivedAt == null && (b.Id == councilId || (b.ParentBodyId == councilId && (b.Kind == BodyKind.CouncilStandingCommittee || b.Kind == BodyKind.CouncilCommittee))))
            .OrderBy(b => b.Kind).ThenBy(b => b.Name).ToListAsync(ct);

    public static async Task<(Outcome Outcome, SupervisionProgramme? Programme)> ExecuteAsync(DongThuanDb db, Body council, Request input, CancellationToken ct)
    {
        var owner = (await OwnersAsync(db, council.Id, ct)).SingleOrDefault(b => b.Id == input.OwnerBodyId);
        if (owner is null)
        {
            return (SupervisionRefusals.ProgrammeOwner, null);
        }

        var programme = SupervisionProgramme.Adopt(council, owner, input.Year, input.Title ?? "", input.AdoptedBy ?? "", input.AdoptedOn, input.Content, out var outcome);
        if (!outcome.Succeeded)
        {
            return (outcome, null);
        }

        db.SupervisionProgrammes.Add(programme);
        await db.SaveChangesAsync(ct);
        return (Outcome.Done, programme);
    }
}
