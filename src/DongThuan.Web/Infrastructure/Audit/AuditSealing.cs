using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Security;

namespace DongThuan.Web.Infrastructure.Audit;

/// <summary>A signed note, kept outside the database, that the chain held <see cref="Sequence"/> entries ending in <see cref="Hash"/> at <see cref="At"/>.</summary>
public sealed record AuditCheckpoint(long Sequence, string Hash, DateTimeOffset At, string Signature);

/// <summary>
/// What seals the audit trail: the chain's key and its fingerprint, and the checkpoint written outside the
/// database after each save that extends the chain. The key makes an altered row detectable; the checkpoint
/// makes a cut tail detectable, since whoever removes the last entries and rewinds the head row cannot also
/// rewrite a file signed with a key they do not hold (ADR 0016).
/// </summary>
public sealed class AuditSealing
{
    private readonly ServerSecrets _secrets;
    private readonly string? _checkpointFile;
    private readonly TimeProvider _time;
    private readonly Lock _write = new();
    private long _written;

    public AuditSealing(ServerSecrets secrets, string? checkpointDirectory, TimeProvider time)
    {
        _secrets = secrets;
        _time = time;
        if (checkpointDirectory is not null)
        {
            ServerSecrets.CreateOwnerOnlyDirectory(checkpointDirectory);
            _checkpointFile = Path.Combine(checkpointDirectory, "audit-checkpoint.json");
        }
    }

    public static string CheckpointDirectoryOf(IConfiguration configuration) =>
        Path.GetFullPath(configuration["Audit:CheckpointDirectory"] is { Length: > 0 } dir ? dir : Path.Combine(DatabaseSetup.DataDirectory(configuration), "audit"));

    public byte[] Key => _secrets.AuditKey;

    public string Fingerprint => _secrets.Fingerprint;

    /// <summary>Records that the chain now reaches <paramref name="sequence"/>; an older sequence than the last written is ignored.</summary>
    public void Committed(long sequence, string hash)
    {
        if (_checkpointFile is null)
        {
            return;
        }

        lock (_write)
        {
            if (sequence <= _written)
            {
                return;
            }

            var at = _time.GetUtcNow();
            var checkpoint = new AuditCheckpoint(sequence, hash, at, Sign(sequence, hash, at));
            // Written beside and moved over the old one, so a reader never sees half a file.
            var temp = _checkpointFile + "." + Environment.ProcessId + ".tmp";
            File.WriteAllText(temp, JsonSerializer.Serialize(checkpoint));
            File.Move(temp, _checkpointFile, overwrite: true);
            _written = sequence;
        }
    }

    /// <summary>Writes a checkpoint of the head as it stands (after a check has found the chain whole up to it).</summary>
    public async Task CheckpointHeadAsync(DongThuanDb db, CancellationToken ct)
    {
        var head = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AsNoTracking(db.Set<AuditChainHead>()), ct);
        if (head.LastSequence > 0)
        {
            Committed(head.LastSequence, head.LastHash);
        }
    }

    /// <summary>The last checkpoint, or null when none was written; a file whose signature is wrong is reported as forged.</summary>
    public (AuditCheckpoint? Checkpoint, bool Forged) ReadCheckpoint()
    {
        if (_checkpointFile is null || !File.Exists(_checkpointFile))
        {
            return (null, false);
        }

        try
        {
            var checkpoint = JsonSerializer.Deserialize<AuditCheckpoint>(File.ReadAllText(_checkpointFile));
            return checkpoint is not null && CryptographicOperations.FixedTimeEquals(
                Encoding.ASCII.GetBytes(checkpoint.Signature), Encoding.ASCII.GetBytes(Sign(checkpoint.Sequence, checkpoint.Hash, checkpoint.At)))
                ? (checkpoint, false)
                : (checkpoint, true);
        }
        catch (JsonException)
        {
            return (null, true);
        }
    }

    private string Sign(long sequence, string hash, DateTimeOffset at) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_secrets.CheckpointKey,
            Encoding.UTF8.GetBytes(string.Join('\u001f', sequence.ToString(CultureInfo.InvariantCulture), hash, at.UtcTicks.ToString(CultureInfo.InvariantCulture)))));
}

/// <summary>The database's audit chain was sealed with another master key than the one this server was given.</summary>
public sealed class AuditKeyMismatchException() : InvalidOperationException(
    "The audit trail was sealed with another master key: give this server the secrets it was set up with (Secrets:Directory or Secrets:MasterKey). "
    + "/ Nhật ký kiểm toán được niêm phong bằng khóa khác: hãy cấu hình đúng thư mục hoặc khóa bí mật của máy chủ.");
