using System.Globalization;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace DongThuan.Web.Infrastructure.Caching;

/// <summary>
/// When a public page may come from the cache, and what it is kept under. Only an anonymous GET is served from
/// the cache or stored; a page is kept per address (query included), language and Vietnamese calendar day (pages
/// say what is overdue "today"); and only a plain 200 that sets no cookie and does not forbid storing is kept, so a
/// page that drew an antiforgery token (which sends <c>no-store</c>) is never handed to someone else.
/// </summary>
public sealed class PublicPagePolicy(PublicPageStore store, TimeProvider time, IEnumerable<IPublicPageSchedule> schedules) : IOutputCachePolicy
{
    private readonly IReadOnlyList<IPublicPageSchedule> _schedules = [.. schedules];

    /// <summary>The next scheduled change as last read, and the generation it was read at: read again after an eviction or once it has passed.</summary>
    private volatile ScheduleReading? _schedule;

    private sealed record ScheduleReading(long Generation, DateTimeOffset? Next);

    /// <summary>The cookie MVC keeps a one-time message in: a page showing one is that reader's alone.</summary>
    private const string TempDataCookie = ".AspNetCore.Mvc.CookieTempDataProvider";

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var request = http.Request;
        var cacheable = store.Trusted
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && http.User.Identity?.IsAuthenticated != true
            && string.IsNullOrEmpty(request.Headers.Authorization)
            && !request.Cookies.ContainsKey(TempDataCookie);

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        // Many readers asking for the same page at once: one renders it, the others wait for that rendering.
        context.AllowLocking = true;
        context.Tags.Add(PublicPageCache.Tag);
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["lang"] = CultureInfo.CurrentUICulture.Name;
        context.CacheVaryByRules.VaryByValues["day"] = VietnamTime.Today(time).DayNumber.ToString(CultureInfo.InvariantCulture);
        if (cacheable)
        {
            store.Stamp(http);
            // Set before the page renders, which is when the framework reads it: a page kept now must be gone when
            // the next scheduled change is due. Read once per generation, so a hit costs no query.
            var now = time.GetUtcNow();
            var next = await NextScheduledChangeAsync(http.RequestServices, now, cancellation);
            context.ResponseExpirationTimeSpan = next is { } at && at - now < PublicPageCache.Lifetime ? at - now : PublicPageCache.Lifetime;
            if (next is { } due)
            {
                PublicPageStore.KeepUntil(http, due);
            }
        }
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        var cacheControl = response.Headers.CacheControl.ToString();
        if (response.StatusCode != StatusCodes.Status200OK
            || response.Headers.SetCookie.Count > 0
            || cacheControl.Contains(CacheControlHeaderValue.NoStoreString, StringComparison.OrdinalIgnoreCase)
            || cacheControl.Contains(CacheControlHeaderValue.PrivateString, StringComparison.OrdinalIgnoreCase))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    private async Task<DateTimeOffset?> NextScheduledChangeAsync(IServiceProvider services, DateTimeOffset now, CancellationToken ct)
    {
        var generation = store.Generation;
        if (_schedule is { } known && known.Generation == generation && (known.Next is null || known.Next > now))
        {
            return known.Next;
        }

        var db = services.GetRequiredService<DongThuanDb>();
        DateTimeOffset? next = null;
        foreach (var schedule in _schedules)
        {
            if (await schedule.NextChangeAfterAsync(db, now, ct) is { } at && (next is null || at < next))
            {
                next = at;
            }
        }

        _schedule = new ScheduleReading(generation, next);
        return next;
    }
}
