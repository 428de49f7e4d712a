using DongThuan.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Search;

/// <summary>
/// Rebuilds the index from the records: every record of every source described again and its words
/// rewritten, entries of records (or kinds) that no longer exist taken out. Batches commit one by one, so a
/// rebuild of a large database never holds one long transaction; the index is never wrong in between, only
/// some entries are older. Run it with <c>dotnet run --project src/DongThuan.Web -- search-rebuild</c>.
/// </summary>
public sealed class RebuildIndex(DongThuanDb db, SearchIndexer indexer, SearchEngine engine, ILogger<RebuildIndex> log)
{
    private const int Batch = 500;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var kinds = indexer.Sources.Select(s => s.Kind).ToList();
        var total = 0;
        foreach (var source in indexer.Sources)
        {
            var ids = await source.All(db).ToListAsync(ct);
            foreach (var chunk in ids.Chunk(Batch))
            {
                await InTransactionAsync(() => indexer.SyncAsync(db, source, chunk, rewriteWords: true, saved: null, ct), ct);
                db.ChangeTracker.Clear();
            }

            var known = ids.ToHashSet();
            var stale = await db.SearchEntries.Where(e => e.Kind == source.Kind).Select(e => new { e.Id, e.RecordId }).ToListAsync(ct);
            await RemoveAsync([.. stale.Where(e => !known.Contains(e.RecordId)).Select(e => e.Id)], ct);
            total += ids.Count;
            log.LogInformation("Search index: {Count} {Kind} records indexed", ids.Count, source.Kind);
        }

        await RemoveAsync(await db.SearchEntries.Where(e => !kinds.Contains(e.Kind)).Select(e => e.Id).ToListAsync(ct), ct);
        // Every entry's words were written again: the engine's index is put back in order.
        await engine.CompactAsync(db, ct);
        return total;
    }

    private async Task RemoveAsync(IReadOnlyList<long> ids, CancellationToken ct)
    {
        foreach (var chunk in ids.Chunk(Batch))
        {
            await InTransactionAsync(async () =>
            {
                await engine.RemoveAsync(db, chunk, ct);
                await db.SearchEntries.Where(e => chunk.Contains(e.Id)).ExecuteDeleteAsync(ct);
            }, ct);
        }
    }

    private async Task InTransactionAsync(Func<Task> work, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await work();
        await tx.CommitAsync(ct);
    }
}
