using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DongThuan.Tests.Harness;

/// <summary>A second council (phường Nghĩa Đô, after the reform) with its own office account, to test that councils are kept apart.</summary>
public sealed record OtherCouncil(Guid Unit, Guid Council, string OfficeUser)
{
    public const string Password = "NghiaDo@2025x";

    public static Task<OtherCouncil> CreateAsync(AppFactory app) => app.WithDb(async (db, sp) =>
    {
        var ward = await db.Units.SingleAsync(u => u.Name == "Phường Nghĩa Đô" && u.ValidTo == null);
        var council = Body.Create("HĐND phường Nghĩa Đô", BodyKind.Council, ward, null, new DateOnly(2025, 7, 1), null, false, out var outcome);
        Assert.True(outcome.Succeeded);
        db.Bodies.Add(council);
        await db.SaveChangesAsync();

        var userName = "vp-nghiado-" + Guid.NewGuid().ToString("N")[..6];
        var user = new AppUser { UserName = userName, DisplayName = "Văn phòng HĐND phường Nghĩa Đô" };
        Assert.True((await sp.GetRequiredService<UserManager<AppUser>>().CreateAsync(user, Password)).Succeeded);
        db.RoleAssignments.Add(RoleAssignment.Grant(user, AppRole.CouncilOffice, council, out outcome));
        Assert.True(outcome.Succeeded);
        await db.SaveChangesAsync();
        return new OtherCouncil(ward.Id, council.Id, userName);
    });

    /// <summary>A citizen account of its own, for tests that count what one account did.</summary>
    public static Task<string> CreateCitizenAsync(AppFactory app) => app.WithDb(async (db, sp) =>
    {
        var userName = "congdan-" + Guid.NewGuid().ToString("N")[..6];
        var user = new AppUser { UserName = userName, DisplayName = "Công dân thử", EmailConfirmed = true };
        Assert.True((await sp.GetRequiredService<UserManager<AppUser>>().CreateAsync(user, Password)).Succeeded);
        db.RoleAssignments.Add(RoleAssignment.Grant(user, AppRole.Citizen, null, out var outcome));
        Assert.True(outcome.Succeeded);
        await db.SaveChangesAsync();
        return userName;
    });
}
