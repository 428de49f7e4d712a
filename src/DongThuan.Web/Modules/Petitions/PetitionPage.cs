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

    /// <summary>A person who may be named responsible, under the agency where they hold their position (the form groups them so).</summary>
    public sealed record Official(Guid Id, string Name, Guid AgencyId, string Agency);

    public static async Task<IReadOnlyList<Official>> OfficialsAsync(DongThuanDb db, Guid unitId, CancellationToken ct)
    {
        var rows = await db.Positions.AsNoTracking().Where(p => p.ArchivedAt == null)
            .Join(db.Bodies.Where(b => b.UnitId == unitId && b.ArchivedAt == null && AgencyKinds.Contains(b.Kind)), p => p.BodyId, b => b.Id,
                (p, b) => new { p.PersonId, p.Title, BodyId = b.Id, Body = b.Name })
            .Join(db.People, x => x.PersonId, person => person.Id, (x, person) => new { x.PersonId, person.FullName, x.Title, x.BodyId, x.Body })
            .ToListAsync(ct);
        return [.. rows.OrderBy(r => r.Body, VietnameseOrder.Text).ThenBy(r => r.FullName, VietnameseOrder.Names)
            .Select(r => new Official(r.PersonId, $"{r.FullName} — {r.Title}", r.BodyId, r.Body))];
    }

    /// <summary>
    /// Whether the person named responsible holds a position in the chosen agency: "rõ người" means someone of that agency,
    /// not anyone of the unit (a position since ended still counts: the office also records routings of years past). No one named is allowed (the agency's head answers).
    /// </summary>
    public static async Task<bool> OfficialOfAgencyAsync(DongThuanDb db, Guid agencyId, Guid? personId, CancellationToken ct) =>
        personId is not { } person
        || await db.Positions.AnyAsync(p => p.BodyId == agencyId && p.PersonId == person && p.ArchivedAt == null, ct);

    /// <summary>Checks that an agency (and official) chosen for a petition belong to its unit.</summary>
    public static async Task<bool> AgencyOfUnitAsync(DongThuanDb db, Guid unitId, Guid agencyId, CancellationToken ct) =>
        await db.Bodies.AnyAsync(b => b.Id == agencyId && b.UnitId == unitId && b.ArchivedAt == null && AgencyKinds.Contains(b.Kind), ct);
}
