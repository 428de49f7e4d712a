using DongThuan.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Organisation;

/// <summary>
/// Who heads a body on a day, for the signature of the documents it issues: the holder of its chair
/// ("Chủ tịch HĐND", "Trưởng ban", "Chánh Văn phòng", "Trưởng phòng"). A council signs through its standing
/// committee, whose chair is the council's chair.
/// </summary>
public static class Heads
{
    private static readonly string[] Titles = ["Chủ tịch", "Trưởng", "Chánh"];

    public sealed record Head(string Name, string Title);

    public static async Task<Head?> OfAsync(DongThuanDb db, Guid bodyId, DateOnly on, CancellationToken ct) =>
        await db.Set<Body>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == bodyId, ct) is { } body ? await OfAsync(db, body, on, ct) : null;

    /// <inheritdoc cref="OfAsync(DongThuanDb, Guid, DateOnly, CancellationToken)"/>
    public static async Task<Head?> OfAsync(DongThuanDb db, Body body, DateOnly on, CancellationToken ct)
    {
        var holders = body.Kind == BodyKind.Council
            ? db.Set<Body>().Where(b => b.ParentBodyId == body.Id && b.Kind == BodyKind.CouncilStandingCommittee).Select(b => b.Id)
            : db.Set<Body>().Where(b => b.Id == body.Id).Select(b => b.Id);
        var positions = await db.Set<Position>().AsNoTracking()
            .Where(p => holders.Contains(p.BodyId) && p.ArchivedAt == null && p.StartsOn <= on && (p.EndsOn == null || p.EndsOn >= on))
            .Join(db.Set<Person>(), p => p.PersonId, x => x.Id, (p, x) => new { p.Title, x.FullName })
            .ToListAsync(ct);

        // "Phó Chủ tịch" and "Phó Trưởng ban" do not head a body: the title must begin with the head's word.
        var head = positions.Where(p => Titles.Any(t => p.Title.StartsWith(t, StringComparison.Ordinal)))
            .OrderBy(p => p.Title.Length).ThenBy(p => p.FullName, StringComparer.Ordinal).FirstOrDefault();
        return head is null ? null : new Head(head.FullName, head.Title);
    }
}
