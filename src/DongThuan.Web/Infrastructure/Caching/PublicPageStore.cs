using Microsoft.AspNetCore.OutputCaching;

namespace DongThuan.Web.Infrastructure.Caching;

/// <summary>
/// The output cache's store, wrapped so that a page rendered from data older than the last eviction is never kept.
/// A request notes the generation when it starts (<see cref="Stamp"/>); an eviction moves the generation on. A
/// response whose stamp is out of date is not stored, and one stored while an eviction ran is evicted again, so no
/// interleaving of a commit's eviction with a slow render leaves the old page in the cache.
/// </summary>
public sealed class PublicPageStore(IOutputCacheStore inner, IHttpContextAccessor http, TimeProvider time) : IOutputCacheStore
{
    private static readonly object StampKey = new();
    private static readonly object UntilKey = new();
    private long _generation;
    private volatile bool _trusted = true;

    /// <summary>
    /// False while this instance cannot hear another instance's changes (its PostgreSQL listener is down): the cache
    /// is then neither read nor written, since it could serve what another instance has already changed.
    /// </summary>
    public bool Trusted => _trusted;

    internal void Distrust() => _trusted = false;

    /// <summary>Trusts the cache again, emptied first: what changed while nobody listened is unknown.</summary>
    internal async Task TrustAgainAsync(CancellationToken ct)
    {
        await EvictAllAsync(ct);
        _trusted = true;
    }

    /// <summary>Moves on with every eviction: a value read at one generation is out of date at the next.</summary>
    internal long Generation => Interlocked.Read(ref _generation);

    /// <summary>Notes the generation the request's data will be read at.</summary>
    internal void Stamp(HttpContext context) => context.Items[StampKey] = Interlocked.Read(ref _generation);

    /// <summary>
    /// Notes that the request's page must be gone by <paramref name="until"/> (an article scheduled to appear). The
    /// framework counts a page's lifetime from when it stores it, after rendering, so a lifetime set when the request
    /// began kept a page rendered just before the change past it by its rendering time; the store measures it again.
    /// </summary>
    internal static void KeepUntil(HttpContext context, DateTimeOffset until) => context.Items[UntilKey] = until;

    /// <summary>Forgets every public page: the next request for each is rendered from the database.</summary>
    public ValueTask EvictAllAsync(CancellationToken ct) => EvictByTagAsync(PublicPageCache.Tag, ct);

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _generation);
        await inner.EvictByTagAsync(tag, cancellationToken);
    }

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        if (!_trusted || http.HttpContext?.Items[StampKey] is not long stamp || stamp != Interlocked.Read(ref _generation))
        {
            return;
        }

        if (http.HttpContext?.Items[UntilKey] is DateTimeOffset until)
        {
            var left = until - time.GetUtcNow();
            if (left <= TimeSpan.Zero)
            {
                return;
            }

            validFor = left < validFor ? left : validFor;
        }

        await inner.SetAsync(key, value, tags, validFor, cancellationToken);
        if (stamp != Interlocked.Read(ref _generation))
        {
            // An eviction ran while this page was being stored, and may have missed it: evict again.
            await inner.EvictByTagAsync(PublicPageCache.Tag, cancellationToken);
        }
    }
}
