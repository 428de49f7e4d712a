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
public sealed class AuditSealing : IDisposable
{
    /// <summary>
    /// The least time between two checkpoint writes. Each write makes a new file and moves it over the old, and under
    /// intake load (about 200 saves a second) making those files was 1-7% of the process's CPU in two profiles, more
    /// where the file system had just freed many (it looks for a free inode among them; ADR 0016's addendum). Saves that commit sooner than this after a write are
    /// carried by one write at the end of the spacing; a save after a quiet spell writes at once, as before.
    /// </summary>
    public static readonly TimeSpan Spacing = TimeSpan.FromMilliseconds(50);

    private readonly ServerSecrets _secrets;
    private readonly string? _checkpointFile;
    private readonly TimeProvider _time;
    private readonly TimeProvider _pace;
    private readonly Lock _state = new();
    private readonly Lock _file = new();

    // The newest sequence given, whether written, waiting or being written: an older one never overtakes it.
    private long _recorded;
    private (long Sequence, string Hash)? _pending;
    private long? _lastWrite;
    private ITimer? _scheduled;
    private readonly ILogger? _log;

    /// <param name="time">The clock a checkpoint's time is read from (the app's, which tests may fix).</param>
    /// <param name="pace">The clock that spaces the writes; the system's unless a test gives its own.</param>
    public AuditSealing(ServerSecrets secrets, string? checkpointDirectory, TimeProvider time, TimeProvider? pace = null, ILogger<AuditSealing>? log = null)
    {
        _secrets = secrets;
        _time = time;
        _log = log;
        _pace = pace ?? TimeProvider.System;
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

    /// <summary>
    /// Records that the chain now reaches <paramref name="sequence"/>; an older sequence than the last recorded is
    /// ignored. Written at once when the last write is <see cref="Spacing"/> old or more; otherwise at the end of the
    /// spacing, together with whatever else committed meanwhile (the newest of them is what is written).
    /// </summary>
    public void Committed(long sequence, string hash)
    {
        if (_checkpointFile is null)
        {
            return;
        }

        lock (_state)
        {
            if (sequence <= _recorded)
            {
                return;
            }

            _recorded = sequence;
            _pending = (sequence, hash);
            if (_scheduled is not null)
            {
                return;
            }

            var since = _lastWrite is { } last ? _pace.GetElapsedTime(last) : Spacing;
            if (since < Spacing)
            {
                _scheduled = _pace.CreateTimer(_ => WriteScheduled(), null, Spacing - since, Timeout.InfiniteTimeSpan);
                return;
            }
        }

        WritePending();
    }

    /// <summary>Writes what is waiting now, without waiting for the spacing: the app is stopping, or a check asked.</summary>
    public void Flush() => WritePending();

    /// <summary>The app is stopping: a checkpoint still waiting for its spacing is written.</summary>
    public void Dispose() => Flush();

    private void WriteScheduled()
    {
        try
        {
            WritePending();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No save waits on this write to be told; the next save's checkpoint tries again. A checkpoint that lags the
            // chain is no fault: the entries past it are still checked by their keyed hashes.
            _log?.LogError(e, "The audit checkpoint could not be written / Không ghi được điểm kiểm tra nhật ký kiểm toán");
        }
    }

    private void WritePending()
    {
        if (_checkpointFile is not { } file)
        {
            return;
        }

        // One writer at a time, and each takes the newest waiting under this lock, so the file never goes back.
        lock (_file)
        {
            (long Sequence, string Hash) next;
            lock (_state)
            {
                _scheduled?.Dispose();
                _scheduled = null;
                if (_pending is not { } pending)
                {
                    return;
                }

                next = pending;
                _pending = null;
                _lastWrite = _pace.GetTimestamp();
            }

            var at = _time.GetUtcNow();
            var checkpoint = new AuditCheckpoint(next.Sequence, next.Hash, at, Sign(next.Sequence, next.Hash, at));
            // Written beside and moved over the old one, so a reader never sees half a file.
            var temp = file + "." + Environment.ProcessId + ".tmp";
            File.WriteAllText(temp, JsonSerializer.Serialize(checkpoint));
            File.Move(temp, file, overwrite: true);
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
            Flush();
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
