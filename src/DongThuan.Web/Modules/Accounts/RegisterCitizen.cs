using System.Net;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Notifications;
using Microsoft.AspNetCore.Identity;

namespace DongThuan.Web.Modules.Accounts;

/// <summary>
/// A citizen opens an account with an email address, a name and a password. The account can sign in only once the
/// address is confirmed by the link sent to it (Identity's email-confirmation token, from <c>PublicUrl</c>). The answer
/// is the same whether or not the address already has an account (that one gets a note pointing to the password reset),
/// so the form does not tell who is registered; requests are rationed per address like sign-in.
/// </summary>
public static class RegisterCitizen
{
    public const string ConfirmPath = "/Accounts/ConfirmEmail";

    public sealed record Request(string? Name, string? Email, string? Password);

    public static async Task<Outcome> ExecuteAsync(DongThuanDb db, UserManager<AppUser> users, IMailer mailer, SignInThrottle throttle, IConfiguration configuration,
        Request input, IPAddress? from, CancellationToken ct)
    {
        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > 200)
        {
            return AccountRefusals.RegisterName;
        }

        var email = input.Email?.Trim().ToLowerInvariant() ?? "";
        if (email.Length is 0 or > 256 || !System.Net.Mail.MailAddress.TryCreate(email, out var parsed) || parsed.Address != email)
        {
            return AccountRefusals.RegisterEmail;
        }

        if (throttle.Admit("register:" + email, from) is null)
        {
            return AccountRefusals.TooManyAttempts;
        }

        var site = (configuration["PublicUrl"] ?? "http://localhost:5080").TrimEnd('/');
        if (await users.FindByEmailAsync(email) is not null)
        {
            await mailer.SendAsync(new MailMessage(email, "DongThuan: bạn đã có tài khoản / you already have an account",
                $"""
                Địa chỉ này đã có tài khoản trên DongThuan. Nếu quên mật khẩu, hãy đặt lại tại {site}/Accounts/ForgotPassword.

                This address already has an account on DongThuan. If you forgot the password, reset it at {site}/Accounts/ForgotPassword.
                """), ct);
            return Outcome.Done;
        }

        var account = new AppUser { UserName = email, Email = email, DisplayName = name, EmailConfirmed = false };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(account, input.Password ?? "");
        if (!created.Succeeded)
        {
            return created.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? AccountRefusals.PasswordWeak : AccountRefusals.RegisterEmail;
        }

        db.RoleAssignments.Add(RoleAssignment.Grant(account, AppRole.Citizen, null, out _));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);

        var token = await users.GenerateEmailConfirmationTokenAsync(account);
        var link = $"{site}{ConfirmPath}?id={Uri.EscapeDataString(account.Id)}&token={Uri.EscapeDataString(token)}";
        await mailer.SendAsync(new MailMessage(email, "DongThuan: xác nhận địa chỉ thư điện tử / confirm your email address",
            $"""
            Kính gửi {name},

            Để bắt đầu dùng tài khoản, hãy xác nhận địa chỉ này tại:
            {link}
            Nếu bạn không đăng ký, hãy bỏ qua thư này.

            To start using your account, confirm this address here:
            {link}
            If you did not register, ignore this message.
            """), ct);
        return Outcome.Done;
    }

    /// <summary>Confirms the address from the link; refused when the link is wrong or for another account.</summary>
    public static async Task<Outcome> ConfirmAsync(UserManager<AppUser> users, string? userId, string? token)
    {
        var account = string.IsNullOrEmpty(userId) ? null : await users.FindByIdAsync(userId);
        if (account is null || account.ArchivedAt is not null || string.IsNullOrEmpty(token))
        {
            return AccountRefusals.ConfirmLinkInvalid;
        }

        return (await users.ConfirmEmailAsync(account, token)).Succeeded ? Outcome.Done : AccountRefusals.ConfirmLinkInvalid;
    }

    /// <summary>
    /// Whether an account must confirm its address before signing in: one that holds no role but citizen and has not
    /// confirmed. Accounts made by an office or an administrator are vouched for by them.
    /// </summary>
    public static bool MustConfirm(AppUser user, IReadOnlyCollection<AppRole> roles) => !user.EmailConfirmed && roles.Count > 0 && roles.All(r => r == AppRole.Citizen);
}
