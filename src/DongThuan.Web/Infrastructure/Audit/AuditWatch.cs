using DongThuan.Web.Infrastructure.Database;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DongThuan.Web.Infrastructure.Audit;

/// <summary>Told the result of every check of the chain: a module that must act on a broken trail (the administrators' alarm) registers one.</summary>
public interface IAuditObserver
{
    Task CheckedAsync(ChainVerification result, CancellationToken ct);
}

/// <summary>The last check of the audit chain, shared by the watch that runs it and the health check that reports it.</summary>
public sealed class AuditHealth
{
    private volatile ChainVerification? _last;

    public ChainVerification? Last => _last;

    public DateTimeOffset? CheckedAt { get; private set; }

    public void Report(ChainVerification result, DateTimeOffset at)
    {
        _last = result;
        CheckedAt = at;
    }
}

/// <summary>
/// Checks the audit chain at start and then every <c>Audit:CheckIntervalMinutes</c> (60), so a trail altered
/// behind the app's back is found without anyone pressing "Verify"; a failed check is logged as critical and
/// turns <c>/healthz</c> to Degraded until a later check passes.
/// </summary>
public sealed class AuditWatch(IServiceScopeFactory scopes, AuditSealing sealing, AuditHealth health, IEnumerable<IAuditObserver> observers,
    IConfiguration configuration, TimeProvider time, ILogger<AuditWatch> log) : Jobs.PeriodicJob(scopes, time, log)
{
    protected override string Name => "Audit chain check";

    // `Audit:CheckOnStart` false waits a whole interval before the first check: for hosts started many times a
    // minute on a copy of a database already checked (the test suite), where each start-up check cost a third of
    // a second of CPU and told nothing new.
    protected override TimeSpan FirstRunAfter => configuration.GetValue("Audit:CheckOnStart", true) ? TimeSpan.Zero : Interval;

    protected override TimeSpan Interval => TimeSpan.FromMinutes(Math.Max(1, configuration.GetValue("Audit:CheckIntervalMinutes", 60)));

    protected override Task RunAsync(IServiceProvider services, CancellationToken ct) => CheckAsync(ct);

    public async Task<ChainVerification?> CheckAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = Scopes.CreateAsyncScope();
            var result = await AuditChain.VerifyAsync(scope.ServiceProvider.GetRequiredService<DongThuanDb>(), sealing, ct);
            health.Report(result, Time.GetUtcNow());
            if (!result.Intact)
            {
                Log.LogCritical("Audit chain check failed: {Problem}", result.Problem);
            }
            else
            {
                // Saves inside a caller's transaction write no checkpoint of their own; a passed check covers them.
                await sealing.CheckpointHeadAsync(scope.ServiceProvider.GetRequiredService<DongThuanDb>(), ct);
            }

            foreach (var observer in observers)
            {
                await observer.CheckedAsync(result, ct);
            }

            return result;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // An unreachable database is the database check's to report; this one says only what it could see.
            Log.LogWarning(e, "Audit chain check could not run");
            return null;
        }
    }
}

/// <summary><c>/healthz</c>: Degraded while the last audit check failed.</summary>
public sealed class AuditHealthCheck(AuditHealth health) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(health.Last is { Intact: false } failed
            ? HealthCheckResult.Degraded("Audit chain check failed: " + failed.Problem)
            : HealthCheckResult.Healthy());
}
