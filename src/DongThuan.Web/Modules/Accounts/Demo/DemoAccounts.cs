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
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {account.UserName}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            }

            var grant = RoleAssignment.Grant(user, account.Role, body, out var outcome);
            if (!outcome.Succeeded)
            {
                throw new InvalidOperationException($"Demo role for {account.UserName}: {outcome.Refusal}");
            }

            db.RoleAssignments.Add(grant);

            // The people's committee office prepares the chair's answers, so its officer acts for the committee too.
            if (account.Role == AppRole.ExecutiveOfficer)
            {
                db.RoleAssignments.Add(RoleAssignment.Grant(user, AppRole.ExecutiveOfficer, org.PeoplesCommittee, out _));
            }
        }

        await db.SaveChangesAsync();
    }
}
