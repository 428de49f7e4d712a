using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace DongThuan.Web.Infrastructure.Database;

/// <summary>
/// Work that must commit in the same transaction as a save, after its rows are written: rows derived from
/// records (the search index) that may never drift from them. <see cref="DongThuanDb"/> asks each participant
/// before the save what concerns it, and hands that back after the rows are written, inside the transaction.
/// </summary>
public interface ISaveParticipant
{
    /// <summary>What of the pending changes concerns this participant, or null when nothing does.</summary>
    object? Capture(ChangeTracker tracker);

    /// <summary>Runs after the changes are written and before they are committed; may save again on <paramref name="db"/>.</summary>
    Task AfterSaveAsync(DongThuanDb db, object captured, CancellationToken ct);
}

/// <summary>A row derived from other records (an index, a cache): not audited, since the records it comes from are.</summary>
public interface IDerivedRow;

/// <summary>
/// A row no public page shows (the audit trail, a reader's notifications, an import's progress): changing it leaves
/// the public page cache as it is.
/// </summary>
public interface IPrivateRow;
