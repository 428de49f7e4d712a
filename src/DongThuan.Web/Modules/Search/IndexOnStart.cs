using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Search;

/// <summary>
/// A database that had records before the search existed (or whose index was emptied) gets its index built
/// once, in the background after start: every later save keeps it current by itself.
/// </summary>
public sealed class IndexOnStart(IServiceScopeFactory scopes, ILogger<IndexOnStart> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await BuildIfEmptyAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A database that cannot be reached now must not stop the app (the health check reports it);
            // the index is built at the next start, or by `search-rebuild`.
            log.LogWarning(e, "The search index could not be checked at start");
        }
    }

    private async Task BuildIfEmptyAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Infrastructure.Database.DongThuanDb>();
        var indexer = scope.ServiceProvider.GetRequiredService<SearchIndexer>();
        if (await db.SearchEntries.AnyAsync(stoppingToken))
        {
            return;
        }

        foreach (var source in indexer.Sources)
        {
            if (await source.All(db).AnyAsync(stoppingToken))
            {
                log.LogInformation("The search index is empty: building it from the records");
                await scope.ServiceProvider.GetRequiredService<RebuildIndex>().RunAsync(stoppingToken);
                return;
            }
        }
    }
}
