using DongThuan.Web.Infrastructure.Database;

namespace DongThuan.Web.Modules.Search;

/// <summary>One search over every module's records; each module offers its own (<see cref="SearchRegistration.AddSearchSource{TSource}"/>).</summary>
public static class SearchModule
{
    public static IServiceCollection AddSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<SearchEngine>(DatabaseSetup.Provider(configuration) == DatabaseProvider.Postgres ? new PostgresSearchEngine() : new SqliteSearchEngine());
        services.AddSingleton<SearchIndexer>();
        services.AddSingleton<ISaveParticipant>(sp => sp.GetRequiredService<SearchIndexer>());
        services.AddScoped<SiteSearch>();
        services.AddScoped<RebuildIndex>();
        services.AddHostedService<IndexOnStart>();
        return services;
    }

    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        // Public: everyone may search; what comes back is what the caller may see.
        app.MapGet("/api/v1/search", Api.SearchApi.FindAsync).WithTags("Search").AllowAnonymous();
        return app;
    }

    /// <summary>The <c>search-rebuild</c> verb: rebuilds the index from the records, then exits.</summary>
    public static async Task<int> RebuildSearchIndexAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var count = await scope.ServiceProvider.GetRequiredService<RebuildIndex>().RunAsync(CancellationToken.None);
        app.Logger.LogInformation("Search index rebuilt: {Count} records", count);
        return 0;
    }
}
