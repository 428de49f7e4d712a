using DongThuan.Web.Infrastructure.Database;
using Microsoft.AspNetCore.OutputCaching;

namespace DongThuan.Web.Infrastructure.Caching;

/// <summary>
/// Public pages rendered once and served to every anonymous reader until something under them changes (ADR 0026).
/// A page opts in with <c>[OutputCache(PolicyName = PublicPageCache.Policy)]</c>; any committed change to a record
/// a public page could show empties the cache (<see cref="PublicPageEviction"/>), on every instance.
/// </summary>
public static class PublicPageCache
{
    public const string Policy = "public-page";

    /// <summary>Every cached public page carries this tag: one eviction reaches them all.</summary>
    public const string Tag = "public";

    /// <summary>The PostgreSQL channel on which instances tell each other that public pages changed.</summary>
    public const string Channel = "dongthuan_public_pages";

    /// <summary>
    /// How long a page is kept when nothing changes. Changes evict at once; the lifetime only bounds what the cache
    /// holds (a page nobody asks for again) and what depends on the clock alone within a day.
    /// </summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public static IServiceCollection AddPublicPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOutputCache(o =>
        {
            // Pages are 10–60 KB; 64 MB holds every public page in both languages many times over.
            o.SizeLimit = 64L * 1024 * 1024;
            o.AddPolicy(Policy, b => b.AddPolicy<PublicPagePolicy>(), excludeDefaultPolicy: true);
        });

        // The framework's memory store, wrapped: see PublicPageStore for why.
        var framework = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Remove(framework);
        services.AddSingleton(sp => new PublicPageStore(
            (IOutputCacheStore)(framework.ImplementationFactory?.Invoke(sp) ?? framework.ImplementationInstance ?? ActivatorUtilities.CreateInstance(sp, framework.ImplementationType!)),
            sp.GetRequiredService<IHttpContextAccessor>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IOutputCacheStore>(sp => sp.GetRequiredService<PublicPageStore>());
        services.AddSingleton<PublicPagePolicy>();
        services.AddSingleton<ISaveParticipant, PublicPageEviction>();
        if (DatabaseSetup.Provider(configuration) == DatabaseProvider.Postgres)
        {
            services.AddHostedService<PublicPageEvictionListener>();
        }

        return services;
    }
}
