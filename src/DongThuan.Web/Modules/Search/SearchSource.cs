using DongThuan.Web.Infrastructure.Database;

namespace DongThuan.Web.Modules.Search;

/// <summary>
/// What one record says to the search: its words (title and text, as the people allowed to see it may read
/// them), where it belongs (unit, body, date, state), where to open it, and who may find it. The public finds
/// it from <see cref="PublicFrom"/> on (an article scheduled for tomorrow, a session held in public); anyone
/// else only through one of the <see cref="Audience"/> keys (<see cref="SearchAudience"/>).
/// </summary>
public sealed record SearchDocument(
    Guid RecordId,
    string Title,
    string Text,
    Guid UnitId,
    Guid? BodyId,
    DateOnly? Date,
    string State,
    string Url,
    string? PublicUrl,
    DateTimeOffset? PublicFrom,
    IReadOnlyCollection<string> Audience);

/// <summary>
/// A kind of record a module offers to the search. The module says which saved changes touch which of its
/// records (<see cref="Watch{TEntity}(Func{TEntity, Guid?})"/>), describes those records as they stand after
/// the save, and lists them all for a rebuild. The search module keeps the index; modules never touch it.
/// </summary>
public abstract class SearchSource
{
    private readonly Dictionary<Type, Func<DongThuanDb, IReadOnlyList<object>, CancellationToken, Task<IEnumerable<Guid>>>> _watches = [];

    /// <summary>The kind's code in URLs and the API ("petition").</summary>
    public abstract string Kind { get; }

    /// <summary>The kind's name, a key of the translations ("Kiến nghị").</summary>
    public abstract string Name { get; }

    /// <summary>The states a record of this kind can be in, by code, with their names (keys of the translations).</summary>
    public abstract IReadOnlyDictionary<string, string> States { get; }

    /// <summary>The records of this kind that exist now, for a rebuild.</summary>
    public abstract IQueryable<Guid> All(DongThuanDb db);

    /// <summary>The documents of these records as they stand now; a record left out is taken out of the index.</summary>
    public abstract Task<IReadOnlyList<SearchDocument>> DescribeAsync(DongThuanDb db, IReadOnlyCollection<Guid> ids, CancellationToken ct);

    /// <summary>
    /// The documents of records whose own rows the calling save inserted, made from those rows as they were saved
    /// (<paramref name="saved"/>: every row the save added, changed or removed, by type), or null when the source must
    /// read them (the default). A petition received is described inside its save, in the SQLite writer's turn, where
    /// reading back the rows it just wrote cost every writer behind it two queries (ADR 0061).
    /// </summary>
    public virtual IReadOnlyList<SearchDocument>? DescribeInserted(IReadOnlyCollection<Guid> ids, IReadOnlyDictionary<Type, List<object>> saved) => null;

    public IEnumerable<Type> Watched => _watches.Keys;

    /// <summary>Every value of a state enum, by its name, with its Vietnamese name.</summary>
    protected static IReadOnlyDictionary<string, string> StatesOf<TEnum>(Func<TEnum, string> name) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().ToDictionary(v => v.ToString(), name);

    /// <summary>The day an instant falls on in Vietnam.</summary>
    protected static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(Infrastructure.Localization.VietnamTime.ToLocal(at).DateTime);

    /// <summary>Non-empty texts, one paragraph each.</summary>
    protected static string Join(params string?[] texts) => string.Join("\n\n", texts.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim()));

    /// <summary>A saved <typeparamref name="TEntity"/> touches the record whose id this returns (or none).</summary>
    protected void Watch<TEntity>(Func<TEntity, Guid?> recordOf) where TEntity : class =>
        _watches[typeof(TEntity)] = (_, changed, _) => Task.FromResult(changed.Cast<TEntity>().Select(recordOf).OfType<Guid>());

    /// <summary>Saved <typeparamref name="TEntity"/> rows touch the records this query finds (a session's documents when the session closes).</summary>
    protected void Watch<TEntity>(Func<DongThuanDb, IReadOnlyList<TEntity>, IQueryable<Guid>> recordsOf) where TEntity : class =>
        _watches[typeof(TEntity)] = async (db, changed, ct) => await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(recordsOf(db, changed.Cast<TEntity>().ToList()), ct);

    /// <summary>The records of this kind that the changed rows (by their type) touch.</summary>
    public async Task<IReadOnlySet<Guid>> TouchedAsync(DongThuanDb db, IReadOnlyDictionary<Type, List<object>> changed, CancellationToken ct)
    {
        var ids = new HashSet<Guid>();
        foreach (var (type, rows) in changed)
        {
            if (_watches.TryGetValue(type, out var watch))
            {
                ids.UnionWith(await watch(db, rows, ct));
            }
        }

        return ids;
    }
}

public static class SearchRegistration
{
    /// <summary>Offers a module's records to the search (one call per kind, in the module's Add method).</summary>
    public static IServiceCollection AddSearchSource<TSource>(this IServiceCollection services) where TSource : SearchSource =>
        services.AddSingleton<SearchSource, TSource>();
}
