using System.Security.Cryptography;
using System.Text;
using DongThuan.Web.Infrastructure.Database;

namespace DongThuan.Web.Infrastructure.Audit;

public enum AuditAction
{
    Created,
    Updated,
    Archived,
}

/// <summary>
/// One append-only line of the audit trail. Each entry's hash is an HMAC, under a key kept outside the
/// database (<see cref="Security.ServerSecrets"/>), of its own content and the hash of the entry before it:
/// changing or removing a stored entry breaks every hash after it, and whoever can write to the database but
/// does not hold the key cannot compute new ones (ADR 0016).
/// </summary>
public sealed class AuditEntry : IPrivateRow
{
    public long Sequence { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? UserId { get; private set; }

    public string UserName { get; private set; } = "";

    public AuditAction Action { get; private set; }

    public string EntityType { get; private set; } = "";

    public string EntityId { get; private set; } = "";

    /// <summary>JSON object: property name → [before, after].</summary>
    public string Changes { get; private set; } = "{}";

    public string PreviousHash { get; private set; } = "";

    public string Hash { get; private set; } = "";

    private AuditEntry()
    {
    }

    internal static AuditEntry Pending(DateTimeOffset at, string? userId, string userName, AuditAction action, string entityType, string entityId, string changes) =>
        new()
        {
            // Whole milliseconds: every provider stores them exactly, so the hash of the stored row matches.
            At = new DateTimeOffset(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero),
            UserId = userId,
            UserName = userName,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Changes = changes,
        };

    /// <summary>Places the entry after <paramref name="previousHash"/> in the chain and seals it.</summary>
    internal void Seal(long sequence, string previousHash, byte[] key)
    {
        Sequence = sequence;
        PreviousHash = previousHash;
        Hash = ComputeHash(key);
    }

    public string ComputeHash(byte[] key) => Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(Layout())));

    /// <summary>The plain SHA-256 of the chains written before the key (until December 2026); read only to re-seal them once.</summary>
    public string ComputeUnkeyedHash() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Layout())));

    private string Layout()
    {
        // Fixed, unambiguous layout: fields separated by a unit separator that cannot occur in them unescaped.
        var text = string.Join('\u001f',
            Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
            At.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture),
            UserId ?? "",
            UserName,
            Action.ToString(),
            EntityType,
            EntityId,
            Changes,
            PreviousHash);
        return text;
    }
}

/// <summary>The single row that heads the chain; writers lock it so entries are sealed one transaction at a time.</summary>
public sealed class AuditChainHead : IPrivateRow
{
    public int Id { get; set; } = 1;

    public long LastSequence { get; set; }

    public string LastHash { get; set; } = "";

    /// <summary>
    /// <see cref="Security.ServerSecrets.Fingerprint"/> of the key the chain is sealed with: empty for a chain
    /// written before the key, re-sealed at the next start; another key's means the wrong secrets were given.
    /// </summary>
    public string KeyFingerprint { get; set; } = "";

    /// <summary>Was the chain sealed with a key, and not this one? Verifying or extending it with this key would fail.</summary>
    public bool IsSealedWithAnotherKeyThan(string fingerprint) => KeyFingerprint.Length > 0 && KeyFingerprint != fingerprint;

    /// <summary>May entries sealed with this key follow? Yes when the chain is this key's, or new and empty (not an unkeyed chain awaiting its re-seal).</summary>
    public bool CanBeExtendedWith(string fingerprint) => KeyFingerprint == fingerprint || (KeyFingerprint.Length == 0 && LastSequence == 0);
}
