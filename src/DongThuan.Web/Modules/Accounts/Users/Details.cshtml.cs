using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Accounts.Users;

/// <summary>
/// An account: the person it is, its roles (grant one in a body of the right kind, revoke one: archived, not
/// deleted), disabling it, and a new invitation. Administrators see every account; a council office those it
/// manages (<see cref="AccountScope"/>), and any other is a 404 to it.
/// </summary>
[Authorize(Policy = Permissions.CouncilOffice)]
public sealed class DetailsModel(DongThuanDb db, UserManager<AppUser> users, PasswordLinks links, TimeProvider time) : RefusingPage
{
    public sealed record Line(Guid Id, AppRole Role, string? Body);

    public AppUser? Account { get; private set; }

    public string? PersonName { get; private set; }

    public IReadOnlyList<Line> Roles { get; private set; } = [];

    public IReadOnlyList<Body> Bodies { get; private set; } = [];

    public IReadOnlyList<AppRole> Grantable { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public bool Invited { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostGrantAsync(string id, AppRole role, Guid? bodyId, CancellationToken ct) =>
        ActAsync(id, account => AccountRoles.GrantAsync(db, users, User, account, new AccountRoles.GrantRequest(role, bodyId), ct), ct);

    public Task<IActionResult> OnPostRevokeAsync(string id, Guid assignmentId, CancellationToken ct) =>
        ActAsync(id, account => AccountRoles.RevokeAsync(db, users, time, User, account, assignmentId, ct), ct);

    /// <summary>Disables the account: its cookies and tokens stop working at their next stamp check (within a minute).</summary>
    public Task<IActionResult> OnPostDisableAsync(string id, CancellationToken ct) =>
        ActAsync(id, account => DisableAccount.SetAsync(db, users, time, User, account, true, ct), ct);

    public Task<IActionResult> OnPostEnableAsync(string id, CancellationToken ct) =>
        ActAsync(id, account => DisableAccount.SetAsync(db, users, time, User, account, false, ct), ct);

    /// <summary>Sends the invitation again (the earlier link still works until it expires or a password is set).</summary>
    public Task<IActionResult> OnPostInviteAsync(string id, CancellationToken ct) => ActAsync(id, async account =>
    {
        var outcome = await links.InviteAgainAsync(account, User.FindFirst("name")?.Value ?? "", ct);
        Invited = outcome.Succeeded;
        return outcome;
    }, ct);

    private async Task<IActionResult> ActAsync(string id, Func<AppUser, Task<Outcome>> act, CancellationToken ct)
    {
        var account = await db.Users.SingleOrDefaultAsync(u => u.Id == id, ct);
        if (account is null || !await AccountScope.MayManageAsync(db, User, account, ct))
        {
            return NotFound();
        }

        var outcome = await act(account);
        if (!outcome.Succeeded)
        {
            Refuse(outcome.Refusal!);
            await LoadAsync(id, ct);
            return Page();
        }

        return RedirectToPage(new { id, invited = Invited ? true : (bool?)null });
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        Account = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct);
        if (Account is null || !await AccountScope.MayManageAsync(db, User, Account, ct))
        {
            return false;
        }

        PersonName = Account.PersonId is { } p ? await db.People.AsNoTracking().Where(x => x.Id == p).Select(x => x.FullName).SingleOrDefaultAsync(ct) : null;
        var assignments = await db.RoleAssignments.AsNoTracking().Where(a => a.UserId == id && a.ArchivedAt == null).ToListAsync(ct);
        Bodies = await db.Bodies.AsNoTracking().Where(b => b.ArchivedAt == null).OfficeScoped(User).OrderBy(b => b.UnitId).ThenBy(b => b.Kind).ThenBy(b => b.Name).ToListAsync(ct);
        var bodyIds = assignments.Where(a => a.BodyId != null).Select(a => a.BodyId!.Value).ToList();
        var names = await db.Bodies.AsNoTracking().Where(b => bodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        Roles = [.. assignments.Select(a => new Line(a.Id, a.Role, a.BodyId is { } b ? names.GetValueOrDefault(b) : null))];
        Grantable = [.. Enum.GetValues<AppRole>().Where(r => UnitScope.IsAdministrator(User) || r is not (AppRole.Administrator or AppRole.Citizen))];
        return true;
    }
}
