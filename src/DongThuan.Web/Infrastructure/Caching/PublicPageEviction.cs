using DongThuan.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace DongThuan.Web.Infrastructure.Caching;

/// <summary>
/// Empties the public page cache when a save commits a change to anything a public page could show. Which page
/// shows which record is not worked out: any such change evicts every public page, which is always right and costs
/// one rendering per page afterwards. Rows marked <see cref="IPrivateRow"/> or <see cref="IDerivedRow"/> (the audit
/// trail, notifications, the search index) never evict.
/// </summary>
public sealed class PublicPageEviction(PublicPageStore store) : ISaveParticipant
{
    private static readonly object Changed = new();

    public object? Capture(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && entry.Entity is not (IPrivateRow or IDerivedRow))
            {
                return Changed;
            }
        }

        return null;
    }

    public async Task AfterSaveAsync(DongThuanDb db, object captured, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            // Sent inside the transaction, so PostgreSQL delivers it to the other instances only if and when it commits.
            await db.Database.ExecuteSqlRawAsync("NOTIFY " + PublicPageCache.Channel, ct);
        }

        // This instance evicts once the change is visible to the requests that will render the pages again.
        db.AfterCommit(token => store.EvictAllAsync(token).AsTask());
    }
}
