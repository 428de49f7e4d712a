using DongThuan.Web.Infrastructure.Audit;
using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Infrastructure.Database;

/// <summary>
/// What every save of a <see cref="DongThuanDb"/> uses, the same for the life of the process: the audit trail's
/// sealing, the clock, and the work that commits with a save (<see cref="ISaveParticipant"/>).
/// </summary>
public sealed record SaveServices(AuditSealing Sealing, TimeProvider Time, IReadOnlyList<ISaveParticipant> Participants)
{
    public static SaveServices From(IServiceProvider services) =>
        new(services.GetRequiredService<AuditSealing>(), services.GetRequiredService<TimeProvider>(), [.. services.GetServices<ISaveParticipant>()]);

    /// <summary>
    /// For tools whose audit rows nobody verifies (EF Core's design-time factories, the benchmarks): a random key that
    /// is never kept, no checkpoint file, the system clock, no participants.
    /// </summary>
    public static SaveServices Throwaway() =>
        new(new AuditSealing(new Security.ServerSecrets(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32), Path.GetTempPath()), null, TimeProvider.System),
            TimeProvider.System, []);
}

public static class DongThuanDbServing
{
    /// <summary>Gives a context the actor whose changes it saves and the services its saves use; returns it.</summary>
    public static TDb Serving<TDb>(this TDb db, SaveServices services, ICurrentActor actor)
        where TDb : DongThuanDb
    {
        db.Serve(services, actor);
        return db;
    }
}
