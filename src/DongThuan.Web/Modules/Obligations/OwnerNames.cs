using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Obligations;

/// <summary>The names of the bodies and people who owe a set of obligations, looked up in two queries.</summary>
public sealed record OwnerNames(IReadOnlyDictionary<Guid, string> Bodies, IReadOnlyDictionary<Guid, string> People)
{
    public static async Task<OwnerNames> ForAsync(DongThuanDb db, IEnumerable<Guid> bodyIds, IEnumerable<Guid?> personIds, CancellationToken ct)
    {
        var bodies = bodyIds.Distinct().ToList();
        var people = personIds.OfType<Guid>().Distinct().ToList();
        return new OwnerNames(
            await db.Bodies.AsNoTracking().Where(b => bodies.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct),
            await db.People.AsNoTracking().Where(p => people.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, ct));
    }

    public string Body(Guid id) => Bodies.GetValueOrDefault(id) ?? "";

    public string? Person(Guid? id) => id is { } p ? People.GetValueOrDefault(p) : null;
}
