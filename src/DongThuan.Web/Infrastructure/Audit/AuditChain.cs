using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Infrastructure.Audit;

/// <summary>
/// The result of walking the chain. <see cref="BrokenAtSequence"/> is the first entry found altered, missing
/// or cut off; <see cref="Fault"/> says what was wrong (one of <see cref="AuditFaults"/>, a resx key with
/// <see cref="FaultArguments"/>), so the administrator's page reads it in their language.
/// </summary>
public sealed record ChainVerification(bool Intact, long EntriesChecked, long? BrokenAtSequence, Refusal? Fault = null, object[]? FaultArguments = null,
    AuditCheckpoint? Checkpoint = null)
{
    /// <summary>The fault in Vietnamese with its code, for logs, the health check and the <c>verify</c> verb.</summary>
    public string? Problem => Fault is null ? null : $"{string.Format(System.Globalization.CultureInfo.InvariantCulture, Fault.Message, FaultArguments ?? [])} ({Fault.Code})";
}

/// <summary>
/// What can be wrong with the trail. Written as <see cref="Refusal"/>s (a code and a Vietnamese text that is
/// also the resx key) like the modules' refusals, so the translation check covers them.
/// </summary>
public static class AuditFaults
{
    public static readonly Refusal OtherKey = new("audit-other-key", "Chuỗi nhật ký được niêm phong bằng khóa bí mật khác.");
    public static readonly Refusal ForgedCheckpoint = new("audit-checkpoint-forged", "Điểm kiểm tra ngoài cơ sở dữ liệu có chữ ký sai.");
    public static readonly Refusal Altered = new("audit-entry-altered", "Bản ghi số {0} bị thay đổi hoặc bị xóa.");
    public static readonly Refusal DiffersFromCheckpoint = new("audit-checkpoint-differs", "Bản ghi số {0} khác với điểm kiểm tra đã ký.");
    public static readonly Refusal TailMissing = new("audit-tail-missing", "Thiếu các bản ghi từ số {0}.");
    public static readonly Refusal CheckpointAhead = new("audit-checkpoint-ahead", "Điểm kiểm tra đã ký ghi {0} bản ghi, cơ sở dữ liệu chỉ còn {1}.");
}

/// <summary>Walks the stored trail in order, recomputes every keyed hash, and holds the head and the last checkpoint against it.</summary>
public static class AuditChain
{
    public static async Task<ChainVerification> VerifyAsync(DongThuanDb db, AuditSealing sealing, CancellationToken ct)
    {
        var head = await db.Set<AuditChainHead>().AsNoTracking().SingleAsync(ct);
        if (head.IsSealedWithAnotherKeyThan(sealing.Fingerprint))
        {
            return new ChainVerification(false, 0, null, AuditFaults.OtherKey);
        }

        var (checkpoint, forged) = sealing.ReadCheckpoint();
        if (forged)
        {
            return new ChainVerification(false, 0, null, AuditFaults.ForgedCheckpoint);
        }

        var key = sealing.Key;
        var previousHash = "";
        long expected = 1, checkedCount = 0;
        var checkpointSeen = checkpoint is null;
        // Streamed in sequence order, so memory stays flat however long the trail is.
        await foreach (var entry in db.Set<AuditEntry>().AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (entry.Sequence != expected || entry.PreviousHash != previousHash || entry.ComputeHash(key) != entry.Hash)
            {
                var broken = Math.Min(entry.Sequence, expected);
                return new ChainVerification(false, checkedCount, broken, AuditFaults.Altered, [broken], checkpoint);
            }

            if (checkpoint is not null && entry.Sequence == checkpoint.Sequence)
            {
                if (entry.Hash != checkpoint.Hash)
                {
                    return new ChainVerification(false, checkedCount, entry.Sequence, AuditFaults.DiffersFromCheckpoint, [entry.Sequence], checkpoint);
                }

                checkpointSeen = true;
            }

            previousHash = entry.Hash;
            expected++;
            checkedCount++;
        }

        // A removed tail is caught by the head, which remembers the last sequence and hash written; a tail removed
        // with the head rewound to match, by the signed checkpoint outside the database.
        if (head.LastSequence != checkedCount || head.LastHash != previousHash)
        {
            return new ChainVerification(false, checkedCount, checkedCount + 1, AuditFaults.TailMissing, [checkedCount + 1], checkpoint);
        }

        return checkpointSeen
            ? new ChainVerification(true, checkedCount, null, Checkpoint: checkpoint)
            : new ChainVerification(false, checkedCount, checkedCount + 1, AuditFaults.CheckpointAhead, [checkpoint!.Sequence, checkedCount], checkpoint);
    }

    /// <summary>
    /// Seals with the key a chain written before there was one (plain SHA-256), once, after checking it is whole
    /// as it was; a chain that does not verify either way is left untouched for the administrator to see.
    /// </summary>
    public static async Task<bool> SealUnkeyedChainAsync(DongThuanDb db, AuditSealing sealing, ILogger log, CancellationToken ct)
    {
        var head = await db.Set<AuditChainHead>().AsNoTracking().SingleAsync(ct);
        if (head.KeyFingerprint.Length > 0)
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var entries = await db.Set<AuditEntry>().OrderBy(e => e.Sequence).ToListAsync(ct);
        var previous = "";
        foreach (var e in entries)
        {
            if (e.PreviousHash != previous || e.ComputeUnkeyedHash() != e.Hash)
            {
                log.LogCritical("The audit trail written before the master key is broken at entry {Sequence}; it is left as it is", e.Sequence);
                return false;
            }

            previous = e.Hash;
        }

        var hash = "";
        var key = sealing.Key;
        foreach (var e in entries)
        {
            e.Seal(e.Sequence, hash, key);
            hash = e.Hash;
        }

        // Through the base save: these rows are the trail itself, not changes to audit.
        db.ChangeTracker.DetectChanges();
        await db.SaveAuditRowsAsync(ct);
        var fingerprint = sealing.Fingerprint;
        var last = entries.Count == 0 ? 0 : entries[^1].Sequence;
        await db.Database.ExecuteSqlAsync(
            $"UPDATE \"AuditChainHead\" SET \"LastSequence\" = {last}, \"LastHash\" = {hash}, \"KeyFingerprint\" = {fingerprint} WHERE \"Id\" = 1", ct);
        await transaction.CommitAsync(ct);
        sealing.Committed(last, hash);
        if (entries.Count > 0)
        {
            log.LogWarning("Sealed the {Count} audit entries written before the master key with it", entries.Count);
        }

        return true;
    }
}
