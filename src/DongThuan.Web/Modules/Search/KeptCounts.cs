using System.Collections.Concurrent;

namespace DongThuan.Web.Modules.Search;

/// <summary>
/// Counts read from a search index, each kept for ten minutes under its words: counting a common word reads its whole
/// list, and a few more or fewer rows among thousands change neither a phrase's weight in the ranking nor whether a
/// word is rare. At most 10,000 are kept (words typed by anyone are unbounded); past that all are forgotten at once.
/// </summary>
public sealed class KeptCounts
{
    private const long KeepForMs = 10 * 60 * 1000;
    private const int MaxKept = 10_000;

    // The machine's clock, so that a host whose clock is held still (the tests' fake time) still renews them.
    private readonly ConcurrentDictionary<string, (long Count, long Until)> _kept = new(StringComparer.Ordinal);

    /// <summary>The count kept under <paramref name="key"/>, or the one <paramref name="count"/> reads now (then kept).</summary>
    public async ValueTask<long> GetAsync(string key, Func<CancellationToken, Task<long>> count, CancellationToken ct)
    {
        var now = Environment.TickCount64;
        if (_kept.TryGetValue(key, out var kept) && kept.Until > now)
        {
            return kept.Count;
        }

        var read = await count(ct);
        if (_kept.Count >= MaxKept)
        {
            _kept.Clear();
        }

        _kept[key] = (read, now + KeepForMs);
        return read;
    }
}
