using DongThuan.Web.Infrastructure.Text;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>What the staff petition pages share: loading a petition the user may see (404 otherwise, so nothing leaks) and showing refusals.</summary>
public abstract class PetitionPage(PetitionDesk desk) : RefusingPage
{
    protected PetitionDesk Desk => desk;

    public Petition? Petition { get; private set; }

    /// <summary>Whether the user is the council office of the petition's unit (who may record a step on a past day).</summary>
    public bool IsOffice => Petition is not null && PetitionAccess.IsOffice(User, Petition);

    protected async Task<IActionResult?> LoadAsync(Guid id, Func<Petition, bool> mayAct, CancellationToken ct)
    {
        Petition = await desk.FindAsync(id, ct);
        if (Petition is null || !PetitionAccess.CanView(User, Petition))
        {
            return NotFound();
        }

        return mayAct(Petition) ? null : Forbid();
    }

    protected async Task<IActionResult> ApplyAsync(Func<Task<Outcome>> act, Func<Task>? reload = null)
    {
        var outcome = await act();
        if (outcome.Succeeded)
        {
            return Redirect($"/Petitions/Details/{Petition!.Id}");
        }

        if (reload is not null)
        {
            await reload();
        }

        return Refused(outcome.Refusal!.Message);
    }
}

/// <summary>The lists staff choose from when routing: fields, agencies of the unit, and their officials.</summary>
public static class RoutingChoices
{
    public sealed record Choice(Guid Id, string Name);

    private static readonly BodyKind[] AgencyKinds =
        [BodyKind.PeoplesCommittee, BodyKind.ExecutiveDepartment, BodyKind.CouncilCommittee, BodyKind.CouncilStandingCommittee];

    public static async Task<IReadOnlyList<Choice>> FieldsAsync(DongThuanDb db, CancellationToken ct) =>
        await db.PetitionFields.AsNoTracking().Where(f => f.ArchivedAt == null).OrderBy(f => f.Order).Select(f => new Choice(f.Id, f.Name)).ToListAsync(ct);

    public static async Task<IReadOnlyList<Choice>> AgenciesAsync(DongThuanDb db, Guid unitId, CancellationToken ct)
    {
        var agencies = await db.Bodies.AsNoTracking().Where(b => b.UnitId == unitId && b.ArchivedAt == null && AgencyKinds.Contains(b.Kind))
            .Select(b => new { b.Id, b.Name, b.Kind }).ToListAsync(ct);
        return [.. agencies.OrderBy(b => b.Kind).ThenBy(b => b.Name, VietnameseOrder.Text).Select(b => new Choice(b.Id, b.Name))];
    }

    /// <summary>The people of the unit's agencies who may be named responsible, under their agency.</summary>
    public static Task<IReadOnlyList<AgencyPeople.Holder>> OfficialsAsync(DongThuanDb db, Guid unitId, CancellationToken ct) =>
        AgencyPeople.OfAsync(db, unitId, AgencyKinds, ct);

    /// <summary>"Rõ người" means someone of the chosen agency, not anyone of the unit; naming no one is allowed (the agency's head answers).</summary>
    public static async Task<bool> OfficialOfAgencyAsync(DongThuanDb db, Guid agencyId, Guid? personId, CancellationToken ct) =>
        personId is not { } person || await AgencyPeople.InAsync(db, agencyId, person, ct) is not null;

    /// <summary>Checks that an agency (and official) chosen for a petition belong to its unit.</summary>
    public static async Task<bool> AgencyOfUnitAsync(DongThuanDb db, Guid unitId, Guid agencyId, CancellationToken ct) =>
        await db.Bodies.AnyAsync(b => b.Id == agencyId && b.UnitId == unitId && b.ArchivedAt == null && AgencyKinds.Contains(b.Kind), ct);
}
