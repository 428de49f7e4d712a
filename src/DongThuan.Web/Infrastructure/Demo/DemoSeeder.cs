using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Accounts.Demo;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Calendar;
using DongThuan.Web.Modules.Organisation.Demo;
using DongThuan.Web.Modules.Petitions.Demo;
using DongThuan.Web.Modules.Questions.Demo;
using DongThuan.Web.Modules.Sessions.Demo;
using DongThuan.Web.Modules.Supervision.Demo;
using DongThuan.Web.Modules.Coordination.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Infrastructure.Demo;

/// <summary>Fills an empty database with the Cầu Giấy demo, each module contributing its part, in one transaction.</summary>
public sealed class DemoSeeder(DongThuanDb db, UserManager<AppUser> users, Deadlines deadlines, ILogger<DemoSeeder> log)
{
    public async Task SeedIfEmptyAsync(CancellationToken ct)
    {
        if (await db.Units.AnyAsync(ct))
        {
            return;
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var org = CauGiayOrganisation.Seed(db);
        await db.SaveChangesAsync(ct);
        await DemoAccounts.SeedAsync(db, users, org);
        await WrittenQuestions2022.SeedAsync(db, deadlines, org, "thuongtruc", "ubnd", ct);
        await Sessions2022.SeedAsync(db, deadlines, org, ct);
        await Explanation2022.SeedAsync(db, deadlines, org, ct);
        await Petitions2022.SeedAsync(db, deadlines, org, ct);
        await Supervision2022.SeedAsync(db, deadlines, org, ct);
        await Coordination2023.SeedAsync(db, deadlines, org, ct);
        await Modules.Portal.Demo.News2023.SeedAsync(db, org, ct);
        await tx.CommitAsync(ct);
        log.LogInformation("Demo data seeded: {Unit}, {Council}, {Delegates} delegates", org.District.Name, org.Council.Name, org.Delegates.Count);
    }
}
