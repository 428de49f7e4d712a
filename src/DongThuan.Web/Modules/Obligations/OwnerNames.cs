using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Obligations;

/// <summary>
/// The names of the bodies and people who owe a set of obligations, looked up in at most two queries: none for a kind
/// no obligation names (most are owed by a body alone). Nearly every list and the board ask, so both are compiled
/// (ADR 0045) and read the name alone, not the whole record.
/// </summary>
public sealed record OwnerNames(IReadOnlyDictionary<Guid, string> Bodies, IReadOnlyDictionary<Guid, string> People)
{
    public static async Task<OwnerNames> ForAsync(DongThuanDb db, IEnumerable<Guid> bodyIds, IEnumerable<Guid?> personIds, CancellationToken ct)
    {
        var bodies = bodyIds.Distinct().ToList();
        var people = personIds.OfType<Guid>().Distinct().ToList();
        return new OwnerNames(await NamesAsync(BodyNames, db, bodies, ct), await NamesAsync(PersonNames, db, people, ct));
    }

    private static async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(
        CompiledPerEngine<Func<DongThuanDb, List<Guid>, IAsyncEnumerable<KeyValuePair<Guid, string>>>> query, DongThuanDb db, List<Guid> ids, CancellationToken ct)
    {
        return ids.Count == 0 ? new Dictionary<Guid, string>() : await query.For(db)(db, ids).ToDictionaryAsync(cancellationToken: ct);
    }

    private static readonly CompiledPerEngine<Func<DongThuanDb, List<Guid>, IAsyncEnumerable<KeyValuePair<Guid, string>>>> BodyNames =
        new(() => EF.CompileAsyncQuery((DongThuanDb db, List<Guid> ids) => db.Set<Body>().Where(b => ids.Contains(b.Id)).Select(b => new KeyValuePair<Guid, string>(b.Id, b.Name))));

    private static readonly CompiledPerEngine<Func<DongThuanDb, List<Guid>, IAsyncEnumerable<KeyValuePair<Guid, string>>>> PersonNames =
        new(() => EF.CompileAsyncQuery((DongThuanDb db, List<Guid> ids) => db.Set<Person>().Where(p => ids.Contains(p.Id)).Select(p => new KeyValuePair<Guid, string>(p.Id, p.FullName))));

    public string Body(Guid id) => Bodies.GetValueOrDefault(id) ?? "";

    public string? Person(Guid? id) => id is { } p ? People.GetValueOrDefault(p) : null;
}
