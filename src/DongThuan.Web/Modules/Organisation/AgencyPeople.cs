using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Organisation;

/// <summary>
/// The people who hold positions in a unit's agencies, for the forms that name who answers or who is responsible
/// (routing a petition, forwarding a question): listed under their agency, in Vietnamese order, and the check that the
/// person named is of the agency chosen. A position since ended still counts: offices also record steps of years past.
/// </summary>
public static class AgencyPeople
{
    public sealed record Holder(Guid PersonId, string Name, string Title, Guid AgencyId, string Agency)
    {
        /// <summary>How a form shows them under their agency: "Nguyễn Văn An — Trưởng phòng".</summary>
        public string Label => $"{Name} — {Title}";
    }

    public static async Task<IReadOnlyList<Holder>> OfAsync(DongThuanDb db, Guid unitId, IReadOnlyCollection<BodyKind> kinds, CancellationToken ct)
    {
        var rows = await db.Positions.AsNoTracking().Where(p => p.ArchivedAt == null)
            .Join(db.Bodies.Where(b => b.UnitId == unitId && b.ArchivedAt == null && kinds.Contains(b.Kind)), p => p.BodyId, b => b.Id,
                (p, b) => new { p.PersonId, p.Title, BodyId = b.Id, Body = b.Name })
            .Join(db.People, x => x.PersonId, person => person.Id, (x, person) => new { x.PersonId, person.FullName, x.Title, x.BodyId, x.Body })
            .ToListAsync(ct);
        return [.. rows.OrderBy(r => r.Body, VietnameseOrder.Text).ThenBy(r => r.FullName, VietnameseOrder.Names)
            .Select(r => new Holder(r.PersonId, r.FullName, r.Title, r.BodyId, r.Body))];
    }

    /// <summary>The person's position in the agency, if they hold one; null when they hold none there.</summary>
    public static Task<Holder?> InAsync(DongThuanDb db, Guid agencyId, Guid personId, CancellationToken ct) =>
        db.Positions.AsNoTracking().Where(p => p.BodyId == agencyId && p.PersonId == personId && p.ArchivedAt == null)
            .OrderBy(p => p.EndsOn != null).ThenByDescending(p => p.StartsOn)
            .Join(db.Bodies, p => p.BodyId, b => b.Id, (p, b) => new { p, b })
            .Join(db.People, x => x.p.PersonId, person => person.Id, (x, person) => new Holder(person.Id, person.FullName, x.p.Title, x.b.Id, x.b.Name))
            .FirstOrDefaultAsync(ct);
}
