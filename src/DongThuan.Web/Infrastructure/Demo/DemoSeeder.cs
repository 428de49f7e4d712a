using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Infrastructure.Demo;

/// <summary>Fills an empty database with the demo, each module contributing the part it registered, in one transaction.</summary>
public sealed class DemoSeeder(DongThuanDb db, IEnumerable<DemoPart> parts, IServiceProvider services, ILogger<DemoSeeder> log)
{
    public async Task SeedIfEmptyAsync(CancellationToken ct)
    {
        if (await db.Units.AnyAsync(ct))
        {
            return;
        }

        var ordered = parts.OrderBy(p => p.Order).ToList();
        var run = new DemoRun(db, services);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var part in ordered)
        {
            await part.SeedAsync(run, ct);
            run.Forget(part.Name);
        }

        await tx.CommitAsync(ct);
        log.LogInformation("Demo data seeded: {Parts}", string.Join(", ", ordered.Select(p => p.Name)));
    }
}
