using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Notifications;
using Microsoft.AspNetCore.Identity;

namespace DongThuan.Web.Modules.Accounts;

/// <summary>
/// Links that set a password: the invitation a new account gets, and the reset anyone can ask for. Both carry an
/// Identity password-reset token, which expires (<c>SignIn:LinkHours</c>, 48 by default) and works once: setting the
/// password changes the account's security stamp, and the token is bound to the stamp. The link's address comes from
/// <c>PublicUrl</c>, never from the request, so a forged Host header cannot send a token to someone else's site.
/// </summary>
public sealed class PasswordLinks(UserManager<AppUser> users, IMailer mailer, IConfiguration configuration, SignInThrottle throttle)
{
    public const string Path = "/Accounts/SetPassword";

    /// <summary>Sends the invitation again (the earlier link still works until it expires or a password is set); refused without an address.</summary>
    public async Task<Outcome> InviteAgainAsync(AppUser account, string invitedBy, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(account.Email))
        {
            return AccountRefusals.InvitationNeedsEmail;
        }

        await InviteAsync(account, invitedBy, ct);
        return Outcome.Done;
    }

    /// <summary>Sends a new account its invitation: who made it, for what, and the link to choose a password.</summary>
    public async Task InviteAsync(AppUser account, string invitedBy, CancellationToken ct)
    {
        var link = await LinkAsync(account);
        await mailer.SendAsync(new MailMessage(account.Email!,
            "DongThuan: tài khoản của bạn / your account",
            $"""
            Kính gửi {account.DisplayName},

            {invitedBy} đã tạo cho bạn tài khoản «{account.UserName}» trên DongThuan.
            Để bắt đầu, hãy đặt mật khẩu tại địa chỉ sau (dùng được một lần, trong {Hours} giờ):
            {link}

            {invitedBy} created the account “{account.UserName}” for you on DongThuan.
            Choose your password here (the link works once, for {Hours} hours):
            {link}
            """), ct);
    }

    /// <summary>
    /// Sends a reset link to the account with this user name or email, if there is one that is not disabled and has an
    /// address. The caller answers the same whatever happened, so the form does not tell who has an account. Requests
    /// are rationed per address like password guesses (<see cref="SignInThrottle"/>), so nobody floods a mailbox.
    /// </summary>
    public async Task<Outcome> SendResetAsync(string userNameOrEmail, System.Net.IPAddress? from, CancellationToken ct)
    {
        var key = userNameOrEmail.Trim();
        if (throttle.Admit("reset:" + key, from) is null)
        {
            return AccountRefusals.TooManyAttempts;
        }

        throttle.Failed("reset:" + key, from);
        if (key.Length == 0)
        {
            return Outcome.Done;
        }

        var account = await users.FindByNameAsync(key) ?? (key.Contains('@') ? await users.FindByEmailAsync(key) : null);
        if (account is null || account.ArchivedAt is not null || string.IsNullOrEmpty(account.Email))
        {
            return Outcome.Done;
        }

        var link = await LinkAsync(account);
        await mailer.SendAsync(new MailMessage(account.Email,
            "DongThuan: đặt lại mật khẩu / reset your password",
            $"""
            Có người (có thể là bạn) đã yêu cầu đặt lại mật khẩu tài khoản «{account.UserName}».
            Đặt mật khẩu mới tại địa chỉ sau (dùng được một lần, trong {Hours} giờ); nếu không phải bạn, hãy bỏ qua thư này:
            {link}

            Someone (perhaps you) asked to reset the password of the account “{account.UserName}”.
            Choose a new password here (the link works once, for {Hours} hours); if it was not you, ignore this message:
            {link}
            """), ct);
        return Outcome.Done;
    }

    /// <summary>Sets the password from a link: refused when the link is wrong, used or expired, or the password weak.</summary>
    public async Task<Outcome> SetAsync(string userId, string token, string password)
    {
        var account = await users.FindByIdAsync(userId);
        if (account is null || account.ArchivedAt is not null)
        {
            return AccountRefusals.LinkInvalid;
        }

        var result = await users.ResetPasswordAsync(account, token, password);
        return result.Succeeded ? Outcome.Done
            : result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)) ? AccountRefusals.LinkInvalid
            : AccountRefusals.PasswordWeak;
    }

    private int Hours => configuration.GetValue("SignIn:LinkHours", 48);

    private async Task<string> LinkAsync(AppUser account)
    {
        var token = await users.GeneratePasswordResetTokenAsync(account);
        var site = (configuration["PublicUrl"] ?? "http://localhost:5080").TrimEnd('/');
        return $"{site}{Path}?id={Uri.EscapeDataString(account.Id)}&token={Uri.EscapeDataString(token)}";
    }
}
