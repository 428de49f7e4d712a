using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Organisation.Demo;
using Microsoft.AspNetCore.Identity;

namespace DongThuan.Web.Modules.Accounts.Demo;

/// <summary>The demo accounts; they exist only when demo data is on, all with the same password.</summary>
public static class DemoAccounts
{
    public const string Password = "CauGiay@2023";

    public sealed record Account(string UserName, string DisplayName, AppRole Role, string Description);

    public static readonly Account[] All =
    [
        new("admin", "Quản trị hệ thống", AppRole.Administrator, "Quản trị viên / administrator"),
        new("thuongtruc", "Văn phòng HĐND quận", AppRole.CouncilOffice, "Văn phòng Thường trực HĐND / council office staff"),
        new("daibieu", "Đại biểu HĐND", AppRole.Delegate, "Đại biểu, Tổ đại biểu số 1 / delegate"),
        new("uyvien", "Ủy viên Ban Pháp chế", AppRole.CommitteeMember, "Ủy viên Ban Pháp chế / committee member"),
        new("ubnd", "Văn phòng UBND quận", AppRole.ExecutiveOfficer, "Cán bộ Văn phòng UBND / executive officer"),
        new("mttq", "Ủy ban MTTQ quận", AppRole.FrontOfficer, "Cán bộ Ủy ban MTTQ / Front officer"),
        new("congdan", "Công dân", AppRole.Citizen, "Công dân / citizen"),
        new("bientap", "Biên tập viên cổng thông tin", AppRole.Editor, "Biên tập viên tin tức, duyệt bình luận / portal editor"),
    ];

    /// <summary>The accounts of phường Cầu Giấy, the council of today: its office, a delegate, the ward's people's committee and Front.</summary>
    public static readonly Account[] Ward =
    [
        new("phuong.vanphong", "Văn phòng HĐND phường", AppRole.CouncilOffice, "Văn phòng HĐND phường Cầu Giấy, hôm nay / ward council office, today"),
        new("phuong.daibieu", "Đại biểu HĐND phường", AppRole.Delegate, "Đại biểu HĐND phường / ward delegate"),
        new("phuong.ubnd", "Văn phòng UBND phường", AppRole.ExecutiveOfficer, "Cán bộ UBND phường / ward executive officer"),
        new("phuong.mttq", "Ủy ban MTTQ phường", AppRole.FrontOfficer, "Cán bộ Ủy ban MTTQ phường / ward Front officer"),
    ];

    /// <summary>The ward's accounts, each linked to its person and holding its role in the ward's body.</summary>
    public static async Task SeedWardAsync(DongThuanDb db, UserManager<AppUser> users, CauGiayWard ward)
    {
        foreach (var account in Ward)
        {
            var (body, person) = account.Role switch
            {
                AppRole.CouncilOffice => (ward.Council, ward.OfficeOfficer),
                AppRole.Delegate => (ward.DelegateGroups[0], ward.Delegates[1]),
                AppRole.ExecutiveOfficer => (ward.Office, ward.ExecutiveOfficer),
                _ => (ward.FrontStandingBoard, ward.FrontOfficer),
            };
            var user = await CreateAsync(users, account, person);
            db.RoleAssignments.Add(Granted(user, account.Role, body));
            if (account.Role == AppRole.ExecutiveOfficer)
            {
                // A ward's office prepares the answers of the committee and of both its departments.
                foreach (var answering in new[] { ward.PeoplesCommittee, ward.EconomyDepartment, ward.CultureDepartment })
                {
                    db.RoleAssignments.Add(Granted(user, AppRole.ExecutiveOfficer, answering));
                }
            }
        }

        await db.SaveChangesAsync();
    }

    private static async Task<AppUser> CreateAsync(UserManager<AppUser> users, Account account, Person? person)
    {
        var user = new AppUser
        {
            UserName = account.UserName,
            DisplayName = person?.FullName ?? account.DisplayName,
            PersonId = person?.Id,
            // Reserved example domain: reminders and digests are written to data/mail, never sent anywhere real.
            Email = $"{account.UserName}@caugiay.example",
            EmailConfirmed = true,
        };
        var created = await users.CreateAsync(user, Password);
        return created.Succeeded ? user
            : throw new InvalidOperationException($"Demo account {account.UserName}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
    }

    private static RoleAssignment Granted(AppUser user, AppRole role, Body? body)
    {
        var grant = RoleAssignment.Grant(user, role, body, out var outcome);
        return outcome.Succeeded ? grant : throw new InvalidOperationException($"Demo role for {user.UserName}: {outcome.Refusal}");
    }

    public static async Task SeedAsync(DongThuanDb db, UserManager<AppUser> users, CauGiayOrganisation org)
    {
        foreach (var account in All)
        {
            var (body, person) = account.Role switch
            {
                AppRole.CouncilOffice => (org.Council, org.OfficeOfficer),
                AppRole.Editor => (org.Council, (Person?)null),
                AppRole.Delegate => (org.DelegateGroups[0], org.Delegates[1]),
                AppRole.CommitteeMember => (org.LegalCommittee, org.Delegates[16]),
                AppRole.ExecutiveOfficer => (org.ExecutiveOffice, org.ExecutiveOfficer),
                AppRole.FrontOfficer => (org.FrontStandingBoard, org.FrontOfficer),
                _ => ((Body?)null, (Person?)null),
            };
            var user = await CreateAsync(users, account, person);
            db.RoleAssignments.Add(Granted(user, account.Role, body));

            // The people's committee office prepares the chair's answers, so its officer acts for the committee too.
            if (account.Role == AppRole.ExecutiveOfficer)
            {
                db.RoleAssignments.Add(Granted(user, AppRole.ExecutiveOfficer, org.PeoplesCommittee));
            }
        }

        await db.SaveChangesAsync();
    }
}

/// <summary>
/// The demo of today is entered as an office enters its records: through the use cases, signed in as a demo account
/// (the same claims a sign-in gives), so its steps obey every rule a page does and say who took them.
/// </summary>
public static class DemoSignIn
{
    public static async Task<System.Security.Claims.ClaimsPrincipal> AsAsync(Infrastructure.Demo.DemoRun run, string userName)
    {
        var user = await run.Service<UserManager<AppUser>>().FindByNameAsync(userName)
                   ?? throw new InvalidOperationException($"No demo account {userName}.");
        return await run.Service<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user);
    }
}
