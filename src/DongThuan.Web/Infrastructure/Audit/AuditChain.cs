using DongThuan.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Infrastructure.Audit;

public sealed record ChainVerification(bool Intact, long EntriesChecked, long? BrokenAtSequence);

/// <summary>Walks the stored trail in order and recomputes every hash.</summary>
public static class AuditChain
{
    public static async Task<ChainVerification> VerifyAsync(DongThuanDb db, CancellationToken ct)
    {
        var previousHash = "";
        long expected = 1, checkedCount = 0;
        // Streamed in sequence order, so memory stays flat however long the trail is.
        await foreach (var entry in db.Set<AuditEntry>().AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (entry.Sequence != expected || entry.PreviousHash != previousHash || entry.ComputeHash() != entry.Hash)
            {
                return new ChainVerification(false, checkedCount, entry.Sequence);
            }

            previousHash = entry.Hash;
            expected++;
            checkedCount++;
        }

        var head = await db.Set<AuditChainHead>().AsNoTracking().SingleAsync(ct);
        // A removed tail is caught by the head, which remembers the last sequence and hash written.
        return head.LastSequence == checkedCount && head.LastHash == previousHash
            ? new ChainVerification(true, checkedCount, null)
            : new ChainVerification(false, checkedCount, checkedCount + 1);
    }
}
