using System.Net;
using DongThuan.Tests.Harness;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DongThuan.Tests.Modules.Accounts;

/// <summary>Administrators create accounts and grant and revoke roles; a revoked role stops working for a signed-in user.</summary>
public sealed class RoleGrantTests(RoleGrantTests.StrictStampApp app) : IClassFixture<RoleGrantTests.StrictStampApp>
{
    /// <summary>Checks the security stamp on every request, so the test need not wait out the 5-minute interval.</summary>
    public sealed class StrictStampApp : SqliteApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s => s.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero));
        }
    }

    [Fact]
    public async Task An_administrator_creates_an_account_grants_a_role_and_revokes_it()
    {
        var ids = await DemoIds.LoadAsync(app);
        var name = "canbo-" + Guid.NewGuid().ToString("N")[..6];
        using var admin = await Browser.SignedInAs(app, "admin");
        var created = await admin.SubmitAsync("/Accounts/Users/Create", new()
        {
            ["Input.UserName"] = name, ["Input.DisplayName"] = "Cán bộ thử", ["Input.Password"] = "MatKhau@2026x",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var details = created.Headers.Location!.OriginalString;

        // A council-office role needs a council: a department is refused, nothing is granted.
        var wrong = await admin.SubmitAsync(details, new() { ["role"] = nameof(AppRole.CouncilOffice), ["bodyId"] = ids.PeoplesCommittee.ToString() }, details + "?handler=Grant");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Contains(AccountRefusals.RoleNeedsBody.Message, await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var granted = await admin.SubmitAsync(details, new() { ["role"] = nameof(AppRole.CouncilOffice), ["bodyId"] = ids.Council.ToString() }, details + "?handler=Grant");
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);

        using var officer = await Browser.SignedInAs(app, name, "MatKhau@2026x");
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/Organisation/Bodies/Edit/{ids.PeoplesCommittee}")).StatusCode);

        var assignment = await app.WithDb((db, _) => db.RoleAssignments.Join(db.Users.Where(u => u.UserName == name), a => a.UserId, u => u.Id, (a, _) => a.Id).SingleAsync());
        var revoked = await admin.SubmitAsync(details, new() { ["assignmentId"] = assignment.ToString() }, details + "?handler=Revoke");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);

        Assert.True(Responses.IsRefusal(await officer.GetAsync($"/Organisation/Bodies/Edit/{ids.PeoplesCommittee}")));
        Assert.True(await app.WithDb((db, _) => db.RoleAssignments.AnyAsync(a => a.Id == assignment && a.ArchivedAt != null)));
    }

    [Fact]
    public async Task A_duplicate_user_name_or_a_weak_password_is_refused()
    {
        using var admin = await Browser.SignedInAs(app, "admin");
        var duplicate = await admin.SubmitAsync("/Accounts/Users/Create", new() { ["Input.UserName"] = "thuongtruc", ["Input.DisplayName"] = "x", ["Input.Password"] = "MatKhau@2026x" });
        Assert.Contains("Tên đăng nhập này đã có.", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var weak = await admin.SubmitAsync("/Accounts/Users/Create", new() { ["Input.UserName"] = "yeu-" + Guid.NewGuid().ToString("N")[..4], ["Input.DisplayName"] = "x", ["Input.Password"] = "123" });
        Assert.Contains("Mật khẩu có ít nhất 10 ký tự", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var bad = await admin.SubmitAsync("/Accounts/Users/Create", new() { ["Input.UserName"] = "có dấu", ["Input.DisplayName"] = "x", ["Input.Password"] = "MatKhau@2026x" });
        Assert.Contains("Tên đăng nhập gồm 3–64 chữ cái không dấu", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
