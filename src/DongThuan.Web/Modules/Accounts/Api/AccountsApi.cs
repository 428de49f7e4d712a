using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DongThuan.Web.Modules.Accounts.Api;

/// <summary>
/// <c>/api/v1/accounts</c>: the account pages' use cases for programs, with the same scope (<see cref="AccountScope"/>): an
/// administrator manages every account, a council office those of its unit; any other account is a 404 to it.
/// <c>/api/v1/auth/password-reset</c> and <c>/api/v1/auth/password</c> are the forgotten-password form and the link's page.
/// </summary>
public static class AccountsApi
{
    public sealed record Created(string Id, bool Invited);

    public sealed record Role(Guid Id, string Name, Guid? BodyId, Guid? UnitId);

    public sealed record Account(string Id, string UserName, string DisplayName, string? Email, Guid? PersonId, bool Disabled, IReadOnlyList<Role> Roles);

    public sealed record ResetRequest(string? UserNameOrEmail);

    public sealed record SetPasswordRequest(string? UserId, string? Token, string? Password);

    public static async Task<IReadOnlyList<Account>> ListAsync(ClaimsPrincipal user, DongThuanDb db, CancellationToken ct)
    {
        var accounts = await AccountScope.ListAsync(db, user, ct);
        var ids = accounts.Select(a => a.Id).ToList();
        var roles = (await db.RoleAssignments.AsNoTracking().Where(a => a.ArchivedAt == null && ids.Contains(a.UserId)).ToListAsync(ct)).ToLookup(a => a.UserId);
        return [.. accounts.Select(a => new Account(a.Id, a.UserName ?? "", a.DisplayName, a.Email, a.PersonId, a.ArchivedAt is not null,
            [.. roles[a.Id].Select(r => new Role(r.Id, r.Role.ToString(), r.BodyId, r.UnitId))]))];
    }

    public static async Task<Results<Created<Created>, ProblemHttpResult>> CreateAsync(CreateAccount.Request input, ClaimsPrincipal user, DongThuanDb db,
        UserManager<AppUser> users, PasswordLinks links, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var result = await CreateAccount.ExecuteAsync(db, users, links, user, input, ct);
        return result.Outcome.Succeeded
            ? TypedResults.Created($"/api/v1/accounts/{result.Account!.Id}", new Created(result.Account.Id, result.Invited))
            : Problems.Refused(result.Outcome, l);
    }

    public static Task<IResult> GrantAsync(string id, AccountRoles.GrantRequest input, ClaimsPrincipal user, DongThuanDb db, UserManager<AppUser> users,
        IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        ActAsync(id, user, db, l, a => AccountRoles.GrantAsync(db, users, user, a, input, ct), ct);

    public static Task<IResult> RevokeAsync(string id, Guid assignmentId, ClaimsPrincipal user, DongThuanDb db, UserManager<AppUser> users, TimeProvider time,
        IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        ActAsync(id, user, db, l, a => AccountRoles.RevokeAsync(db, users, time, user, a, assignmentId, ct), ct);

    public static Task<IResult> DisableAsync(string id, ClaimsPrincipal user, DongThuanDb db, UserManager<AppUser> users, TimeProvider time,
        IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        ActAsync(id, user, db, l, a => DisableAccount.SetAsync(db, users, time, user, a, true, ct), ct);

    public static Task<IResult> EnableAsync(string id, ClaimsPrincipal user, DongThuanDb db, UserManager<AppUser> users, TimeProvider time,
        IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        ActAsync(id, user, db, l, a => DisableAccount.SetAsync(db, users, time, user, a, false, ct), ct);

    public static Task<IResult> InviteAsync(string id, ClaimsPrincipal user, DongThuanDb db, PasswordLinks links, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        ActAsync(id, user, db, l, a => links.InviteAgainAsync(a, user.FindFirst("name")?.Value ?? "", ct), ct);

    /// <summary>202 whether or not such an account exists, so the answer lists no accounts; 429 when the address asked too often.</summary>
    public static async Task<IResult> RequestResetAsync(ResetRequest input, HttpContext http, PasswordLinks links, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var outcome = await links.SendResetAsync(input.UserNameOrEmail ?? "", http.Connection.RemoteIpAddress, ct);
        return outcome.Succeeded ? TypedResults.Accepted((string?)null) : Problems.Refused(outcome.Refusal!, l, StatusCodes.Status429TooManyRequests);
    }

    public static async Task<IResult> SetPasswordAsync(SetPasswordRequest input, PasswordLinks links, IStringLocalizer<SharedResource> l)
    {
        var outcome = await links.SetAsync(input.UserId ?? "", input.Token ?? "", input.Password ?? "");
        return outcome.Succeeded ? TypedResults.NoContent() : Problems.Refused(outcome, l);
    }

    /// <summary>The signed-in caller's own password; their other sessions and tokens stop counting within a minute.</summary>
    public static async Task<IResult> ChangePasswordAsync(ChangePassword.Request input, ClaimsPrincipal user, UserManager<AppUser> users, IStringLocalizer<SharedResource> l)
    {
        if (await users.GetUserAsync(user) is not { } account)
        {
            return TypedResults.Unauthorized();
        }

        var outcome = await ChangePassword.ExecuteAsync(users, account, input);
        return outcome.Succeeded ? TypedResults.NoContent() : Problems.Refused(outcome, l);
    }

    /// <summary>
    /// A citizen registers, as on <c>/Accounts/Register</c>: 202 whether or not the address already has an account (the
    /// mail says which), so the answer tells nobody who is registered; too many tries from one address, 429.
    /// </summary>
    public static async Task<IResult> RegisterAsync(RegisterCitizen.Request input, HttpContext http, DongThuanDb db, UserManager<AppUser> users,
        Infrastructure.Notifications.IMailer mailer, SignInThrottle throttle, IConfiguration configuration, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var outcome = await RegisterCitizen.ExecuteAsync(db, users, mailer, throttle, configuration, input, http.Connection.RemoteIpAddress, ct);
        return outcome.Succeeded ? TypedResults.Accepted((string?)null)
            : Problems.Refused(outcome.Refusal!, l, outcome.Refusal == AccountRefusals.TooManyAttempts ? StatusCodes.Status429TooManyRequests : StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> ActAsync(string id, ClaimsPrincipal user, DongThuanDb db, IStringLocalizer<SharedResource> l, Func<AppUser, Task<Outcome>> act, CancellationToken ct)
    {
        var account = await db.Users.SingleOrDefaultAsync(u => u.Id == id, ct);
        if (account is null || !await AccountScope.MayManageAsync(db, user, account, ct))
        {
            return TypedResults.NotFound();
        }

        var outcome = await act(account);
        return outcome.Succeeded ? TypedResults.NoContent() : Problems.Refused(outcome, l);
    }
}
