using System.Security.Claims;
using System.Text.RegularExpressions;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Accounts;

/// <summary>
/// An administrator, or a council office for its own unit, creates an account: linked to the person it is, with roles
/// held in the unit's bodies. With a password the account can sign in at once; without one, an invitation goes to its
/// email address with a link to choose a password. The account and its roles are saved together or not at all.
/// </summary>
public static partial class CreateAccount
{
    public sealed record RoleInBody(AppRole Role, Guid? BodyId);

    public sealed record Request(string UserName, string? Email, Guid? PersonId, string? Password, IReadOnlyList<RoleInBody>? Roles, string? DisplayName = null);

    public sealed record Result(Outcome Outcome, AppUser? Account, bool Invited);

    [GeneratedRegex("^[a-zA-Z0-9._-]{3,64}$")]
    private static partial Regex UserNamePattern();

    /// <summary>Who may create accounts at all: administrators and council offices (which body each role is in is checked per role).</summary>
    public static bool MayAct(ClaimsPrincipal user) => UnitScope.IsAdministrator(user) || UnitScope.OfficeUnits(user).Count > 0;

    public static async Task<Result> ExecuteAsync(DongThuanDb db, UserManager<AppUser> users, PasswordLinks links, ClaimsPrincipal actor, Request input, CancellationToken ct)
    {
        var userName = input.UserName?.Trim() ?? "";
        if (userName.Length == 0)
        {
            return new(AccountRefusals.NameRequired, null, false);
        }

        if (!UserNamePattern().IsMatch(userName))
        {
            return new(AccountRefusals.NameForm, null, false);
        }

        var person = input.PersonId is { } pid ? await db.People.SingleOrDefaultAsync(p => p.Id == pid && p.ArchivedAt == null, ct) : null;
        if (input.PersonId is not null && (person is null || !AccountScope.MayLink(actor, person)))
        {
            return new(AccountRefusals.PersonOutOfScope, null, false);
        }

        if (person is not null && await db.Users.AnyAsync(u => u.PersonId == person.Id && u.ArchivedAt == null, ct))
        {
            return new(AccountRefusals.PersonHasAccount, null, false);
        }

        var email = string.IsNullOrWhiteSpace(input.Email) ? person?.Email : input.Email.Trim();
        if (email is not null && !System.Net.Mail.MailAddress.TryCreate(email, out _))
        {
            return new(OrganisationRefusals.EmailInvalid, null, false);
        }

        var invite = string.IsNullOrEmpty(input.Password);
        if (invite && email is null)
        {
            return new(AccountRefusals.InvitationNeedsEmail, null, false);
        }

        var roles = input.Roles ?? [];
        if (!UnitScope.IsAdministrator(actor) && roles.Count == 0)
        {
            // An office's account must hold a role of its unit, or the office could not see or manage it afterwards.
            return new(AccountRefusals.RoleRequired, null, false);
        }

        var bodyIds = roles.Where(r => r.BodyId != null).Select(r => r.BodyId!.Value).ToList();
        var bodies = await db.Bodies.Where(b => bodyIds.Contains(b.Id) && b.ArchivedAt == null).ToDictionaryAsync(b => b.Id, ct);
        var account = new AppUser
        {
            UserName = userName,
            Email = email,
            PersonId = person?.Id,
            DisplayName = (string.IsNullOrWhiteSpace(input.DisplayName) ? person?.FullName : input.DisplayName.Trim()) ?? userName,
        };
        var grants = new List<RoleAssignment>();
        foreach (var role in roles)
        {
            var body = role.BodyId is { } b ? bodies.GetValueOrDefault(b) : null;
            if (role.BodyId is not null && body is null)
            {
                return new(AccountRefusals.RoleNeedsBody, null, false);
            }

            if (!AccountScope.MayGrant(actor, role.Role, body))
            {
                return new(AccountRefusals.RoleOutOfScope, null, false);
            }

            if (person is not null && body is not null && body.UnitId != person.UnitId)
            {
                return new(AccountRefusals.RoleOtherUnit, null, false);
            }

            grants.Add(RoleAssignment.Grant(account, role.Role, body, out var granted));
            if (!granted.Succeeded)
            {
                return new(granted, null, false);
            }
        }

        if (await users.FindByNameAsync(userName) is not null)
        {
            return new(AccountRefusals.NameTaken, null, false);
        }

        // The account and its roles commit together: in a transaction of their own, or in the caller's (an import's).
        await using var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var created = invite ? await users.CreateAsync(account) : await users.CreateAsync(account, input.Password!);
        if (!created.Succeeded)
        {
            return new(created.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName)) ? AccountRefusals.NameTaken : AccountRefusals.PasswordWeak, null, false);
        }

        if (invite)
        {
            // The invitation goes out once the account is committed, never for one rolled back.
            var by = actor.FindFirst("name")?.Value ?? "Văn phòng HĐND";
            db.AfterCommit(token => links.InviteAsync(account, by, token));
        }

        db.RoleAssignments.AddRange(grants);
        await db.SaveChangesAsync(ct);
        if (own is not null)
        {
            await own.CommitAsync(ct);
        }

        return new(Outcome.Done, account, invite);
    }
}
