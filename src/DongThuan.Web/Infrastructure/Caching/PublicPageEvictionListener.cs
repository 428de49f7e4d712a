using DongThuan.Web.Infrastructure.Database;
using Npgsql;

namespace DongThuan.Web.Infrastructure.Caching;

/// <summary>
/// On PostgreSQL, where several instances may share the database, listens for the other instances' changes and
/// evicts this instance's public pages. While it is not listening (starting, or the connection lost) this instance
/// does not use its cache at all, since it could not know that another instance changed something.
/// </summary>
public sealed class PublicPageEvictionListener(IConfiguration configuration, PublicPageStore store, ILogger<PublicPageEvictionListener> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        store.Distrust();
        // One connection of its own, kept open: a pooled one would be handed to queries and stop listening.
        var cs = new NpgsqlConnectionStringBuilder(configuration.GetConnectionString("Postgres")) { Pooling = false, KeepAlive = 30 }.ConnectionString;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(cs);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, _) => store.EvictAllAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
                await using (var listen = new NpgsqlCommand("LISTEN " + PublicPageCache.Channel, connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                await store.TrustAgainAsync(stoppingToken);
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or IOException or TimeoutException)
            {
                store.Distrust();
                log.LogWarning(e, "Public page cache: lost the PostgreSQL listener; pages are rendered afresh until it is back");
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }
}
