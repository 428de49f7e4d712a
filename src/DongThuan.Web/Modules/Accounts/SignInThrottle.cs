using System.Collections.Concurrent;
using System.Net;

namespace DongThuan.Web.Modules.Accounts;

/// <summary>
/// Holds off password guessing without letting anyone lock an account out (ADR 0016). Failures are counted in
/// a sliding window per client address and per (name typed, address): the fourth and fifth failure for one name
/// from one address are answered slowly, and from the sixth that pair is refused until the window passes; an
/// address that fails 20 times, whatever the names, is refused too. The account itself is never locked, so the
/// real owner signing in from another address still gets in. Counts are kept by name as typed, whether or not
/// such an account exists, so the answer says nothing about which names do.
/// <para>Counts live in this instance's memory: behind several instances each counts its own share.</para>
/// </summary>
public sealed class SignInThrottle(TimeProvider time, IConfiguration configuration)
{
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);

    private TimeSpan Window => TimeSpan.FromMinutes(configuration.GetValue("SignIn:WindowMinutes", 15));

    private int PerName => configuration.GetValue("SignIn:FailuresPerNameAndAddress", 5);

    private int PerAddress => configuration.GetValue("SignIn:FailuresPerAddress", 20);

    private TimeSpan SlowDown => TimeSpan.FromMilliseconds(Math.Clamp(configuration.GetValue("SignIn:SlowDownMilliseconds", 1000), 0, 10_000));

    /// <summary>How long to wait before answering, or null when this attempt is refused outright.</summary>
    public TimeSpan? Admit(string userName, IPAddress? address)
    {
        var (pair, ip) = Keys(userName, address);
        var byPair = Count(pair);
        if (byPair >= PerName || Count(ip) >= PerAddress)
        {
            return null;
        }

        // The last tries before the refusal are slowed, so a script learns nothing faster by hammering.
        return byPair >= PerName - 2 ? SlowDown : TimeSpan.Zero;
    }

    public void Failed(string userName, IPAddress? address)
    {
        var now = time.GetUtcNow();
        var (pair, ip) = Keys(userName, address);
        foreach (var key in new[] { pair, ip })
        {
            var queue = _failures.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
            lock (queue)
            {
                queue.Enqueue(now);
            }
        }
    }

    /// <summary>A right password from an address clears that name's count there (the address's own count stays).</summary>
    public void Succeeded(string userName, IPAddress? address) => _failures.TryRemove(Keys(userName, address).Pair, out _);

    private int Count(string key)
    {
        if (!_failures.TryGetValue(key, out var queue))
        {
            return 0;
        }

        var since = time.GetUtcNow() - Window;
        lock (queue)
        {
            while (queue.Count > 0 && queue.Peek() < since)
            {
                queue.Dequeue();
            }

            return queue.Count;
        }
    }

    private static (string Pair, string Address) Keys(string userName, IPAddress? address)
    {
        var ip = address?.ToString() ?? "unknown";
        return ($"name:{userName.Trim().ToUpperInvariant()}|{ip}", $"ip:{ip}");
    }
}
