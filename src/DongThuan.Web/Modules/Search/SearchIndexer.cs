using DongThuan.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace DongThuan.Web.Modules.Search;

/// <summary>
/// Keeps the index in step with the records: on every save that touches a watched type, the records touched
/// are described again after their rows are written and their entries rewritten before the commit, so a
/// record is found by its new words, and no longer by its old ones, from the moment its save returns.
/// </summary>
public sealed class SearchIndexer(IEnumerable<SearchSource> sources, SearchEngine engine) : ISaveParticipant
{
    /// <summary>Ids per query: a list of ids becomes SQL parameters, and the engines limit how many.</summary>
    private const int Batch = 500;

    private readonly IReadOnlyList<SearchSource> _sources = [.. sources];
    private readonly HashSet<Type> _watched = [.. sources.SelectMany(s => s.Watched)];

    public IReadOnlyList<SearchSource> Sources => _sources;

    public object? Capture(ChangeTracker tracker)
    {
        Dictionary<Type, List<object>>? changed = null;
        HashSet<Guid>? inserted = null;
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is (EntityState.Added or EntityState.Modified or EntityState.Deleted) && _watched.Contains(entry.Entity.GetType()))
            {
                changed ??= [];
                var type = entry.Entity.GetType();
                if (!changed.TryGetValue(type, out var list))
                {
                    changed[type] = list = [];
                }

                list.Add(entry.Entity);
                if (entry.State == EntityState.Added && KeyOf(entry) is { } key)
                {
                    (inserted ??= []).Add(key);
                }
            }
        }

        return changed is null ? null : new SavedRows(changed, inserted ?? []);
    }

    /// <summary>The changed rows by type, and the keys of the rows this save inserts.</summary>
    public sealed record SavedRows(Dictionary<Type, List<object>> Changed, HashSet<Guid> Inserted);

    /// <summary>A row's key when it is one <see cref="Guid"/>, as every record's is.</summary>
    private static Guid? KeyOf(EntityEntry entry) =>
        entry.Metadata.FindPrimaryKey() is { Properties: [var key] } && entry.CurrentValues[key] is Guid id ? id : null;

    public async Task AfterSaveAsync(DongThuanDb db, object captured, CancellationToken ct)
    {
        var saved = (SavedRows)captured;
        foreach (var source in _sources)
        {
            var ids = await source.TouchedAsync(db, saved.Changed, ct);
            if (ids.Count > 0)
            {
                await SyncAsync(db, source, [.. ids], rewriteWords: false, saved, ct);
            }
        }
    }

    /// <summary>
    /// Makes the entries of these records match what the source says of them now: added, changed or taken out.
    /// <paramref name="saved"/> holds the rows of the calling save and the keys of those it inserted. A record whose own
    /// row is new has no entry yet, so its entry is not looked for (ADR 0058), and the source may describe it from the
    /// rows as saved instead of reading them back (ADR 0061). A petition received is such a record; both were queries in
    /// the writer's turn of every intake. Were a key ever reused, the unique index on (kind, record) would refuse the
    /// second entry and the save would roll back whole.
    /// </summary>
    public async Task SyncAsync(DongThuanDb db, SearchSource source, IReadOnlyList<Guid> ids, bool rewriteWords, SavedRows? saved,
        CancellationToken ct)
    {
        var inserted = saved?.Inserted;
        foreach (var chunk in ids.Chunk(Batch))
        {
            var fromSaved = inserted is not null && chunk.All(inserted.Contains) ? source.DescribeInserted(chunk, saved!.Changed) : null;
            var documents = (fromSaved ?? await source.DescribeAsync(db, chunk, ct)).ToDictionary(d => d.RecordId);
            var stored = inserted is null ? chunk : [.. chunk.Where(id => !inserted.Contains(id))];
            var existing = stored.Length == 0 ? []
                : await db.SearchEntries.Include(e => e.Audience).Where(e => e.Kind == source.Kind && stored.Contains(e.RecordId)).ToListAsync(ct);
            var byRecord = existing.ToDictionary(e => e.RecordId);
            var rewrite = new List<SearchEntry>();
            var added = new List<SearchEntry>();
            foreach (var (recordId, document) in documents)
            {
                if (!byRecord.TryGetValue(recordId, out var entry))
                {
                    // Described before it is added, so its audience keys are added with it: the save below detects
                    // changes on the loaded entries only, and keys given to an added entry afterwards were left for
                    // some later save to find (ADR 0032).
                    entry = new SearchEntry(source.Kind, recordId);
                    entry.Describe(document);
                    db.SearchEntries.Add(entry);
                    added.Add(entry);
                }
                else if (entry.Describe(document) || rewriteWords)
                {
                    rewrite.Add(entry);
                }
            }

            var gone = existing.Where(e => !documents.ContainsKey(e.RecordId)).ToList();
            await engine.RemoveAsync(db, [.. gone.Select(e => e.Id)], ct);
            db.SearchEntries.RemoveRange(gone);
            // Only the entries loaded here were changed since the save that called this one.
            await db.SaveChangesOfAsync(existing, ct);
            await engine.WriteAsync(db, rewrite, added, ct);
        }
    }
}
