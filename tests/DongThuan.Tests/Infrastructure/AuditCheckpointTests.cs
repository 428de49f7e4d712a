using System.Security.Cryptography;
using DongThuan.Web.Infrastructure.Audit;
using DongThuan.Web.Infrastructure.Security;
using Microsoft.Extensions.Time.Testing;

namespace DongThuan.Tests.Infrastructure;

/// <summary>
/// The signed checkpoint outside the database (ADR 0016) is written at once after a quiet spell, and at most once per
/// <see cref="AuditSealing.Spacing"/> while saves come faster, with the newest of them; it never goes back to an older
/// sequence, and one still waiting is written when the app stops.
/// </summary>
public sealed class AuditCheckpointTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "dt-checkpoint-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _pace = new();
    private readonly AuditSealing _sealing;

    public AuditCheckpointTests() =>
        _sealing = new AuditSealing(new ServerSecrets(RandomNumberGenerator.GetBytes(32), Path.Combine(_dir, "secrets")),
            Path.Combine(_dir, "audit"), TimeProvider.System, _pace);

    public void Dispose()
    {
        _sealing.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private long? Written()
    {
        var (checkpoint, forged) = _sealing.ReadCheckpoint();
        Assert.False(forged);
        return checkpoint?.Sequence;
    }

    [Fact]
    public void Saves_faster_than_the_spacing_are_carried_by_one_write_of_the_newest()
    {
        _sealing.Committed(1, "h1");
        Assert.Equal(1, Written());

        _pace.Advance(AuditSealing.Spacing / 5);
        _sealing.Committed(2, "h2");
        _sealing.Committed(3, "h3");
        Assert.Equal(1, Written());

        // The spacing since the first write runs out: the newest waiting is written, with its own hash.
        _pace.Advance(AuditSealing.Spacing);
        Assert.Equal(3, Written());
        Assert.Equal("h3", _sealing.ReadCheckpoint().Checkpoint!.Hash);

        // After a quiet spell a save writes at once again.
        _pace.Advance(TimeSpan.FromSeconds(1));
        _sealing.Committed(4, "h4");
        Assert.Equal(4, Written());
    }

    [Fact]
    public void An_older_sequence_never_rewinds_the_checkpoint_written_or_waiting()
    {
        _sealing.Committed(10, "h10");
        _sealing.Committed(12, "h12");
        _sealing.Committed(11, "h11");
        _pace.Advance(AuditSealing.Spacing);
        Assert.Equal(12, Written());

        _pace.Advance(TimeSpan.FromSeconds(1));
        _sealing.Committed(7, "h7");
        Assert.Equal(12, Written());
    }

    [Fact]
    public void A_checkpoint_still_waiting_is_written_when_the_app_stops()
    {
        _sealing.Committed(1, "h1");
        _sealing.Committed(2, "h2");
        Assert.Equal(1, Written());

        _sealing.Dispose();
        Assert.Equal(2, Written());
    }
}
