namespace DongThuan.Web.Infrastructure.Jobs;

/// <summary>
/// Work an instance does on a schedule (reminders, the retention sweep, the audit check): a first round after
/// <see cref="FirstRunAfter"/>, then one every <see cref="Interval"/>, each in a service scope of its own. A round
/// that fails (the database not there yet, a migration running) is logged and tried again at the next one; it never
/// stops the host. Jobs that must run once across instances claim their work in the database themselves.
/// </summary>
public abstract class PeriodicJob(IServiceScopeFactory scopes, TimeProvider time, ILogger log) : BackgroundService
{
    protected IServiceScopeFactory Scopes => scopes;

    protected TimeProvider Time => time;

    protected ILogger Log => log;

    /// <summary>The job's name in log lines.</summary>
    protected abstract string Name { get; }

    protected abstract TimeSpan FirstRunAfter { get; }

    protected abstract TimeSpan Interval { get; }

    /// <summary>False when configuration turns the job off (tests run reminders with a clock of their own).</summary>
    protected virtual bool Enabled => true;

    /// <summary>One round, with the services of its scope.</summary>
    protected abstract Task RunAsync(IServiceProvider services, CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }

        try
        {
            if (FirstRunAfter > TimeSpan.Zero)
            {
                await Task.Delay(FirstRunAfter, time, stoppingToken);
            }

            using var timer = new PeriodicTimer(Interval, time);
            do
            {
                await RunRoundAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task RunRoundAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await RunAsync(scope.ServiceProvider, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "{Job} failed; it runs again in {Interval}", Name, Interval);
        }
    }
}
