using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Organisation;

namespace DongThuan.Web.Modules.Accounts;

/// <summary>A role held by a user, in a body (and so in that body's unit).</summary>
public sealed class RoleAssignment : Entity, IArchivable
{
    public string UserId { get; private set; } = "";

    public AppRole Role { get; private set; }

    public Guid? BodyId { get; private set; }

    public Guid? UnitId { get; private set; }

    public DateTimeOffset? ArchivedAt { get; private set; }

    private RoleAssignment()
    {
    }

    public static RoleAssignment Grant(AppUser user, AppRole role, Body? body, out Outcome outcome)
    {
        var assignment = new RoleAssignment { UserId = user.Id, Role = role, BodyId = body?.Id, UnitId = body?.UnitId };
        var kinds = AppRoles.BodyKindsFor(role);
        outcome = kinds.Count == 0
            ? body is null ? Outcome.Done : AccountRefusals.RoleTakesNoBody
            : body is not null && kinds.Contains(body.Kind) ? Outcome.Done : AccountRefusals.RoleNeedsBody;
        return assignment;
    }

    public void Archive(DateTimeOffset at) => ArchivedAt ??= at;
}

public static class AccountRefusals
{
    public static readonly Refusal RoleTakesNoBody = new("role-no-body", "Vai trò này không gắn với cơ quan nào.");
    public static readonly Refusal RoleNeedsBody = new("role-needs-body", "Vai trò này phải gắn với một cơ quan đúng loại.");
    public static readonly Refusal SignInFailed = new("sign-in-failed", "Tên đăng nhập hoặc mật khẩu không đúng.");
    public static readonly Refusal NameRequired = new("account-name-required", "Vui lòng nhập tên đăng nhập.");
    public static readonly Refusal NameTaken = new("account-name-taken", "Tên đăng nhập này đã có.");
    public static readonly Refusal OwnAccount = new("account-own", "Không thể tự vô hiệu hóa tài khoản của mình; hãy nhờ một quản trị viên khác.");
    public static readonly Refusal PasswordWrong = new("password-wrong", "Mật khẩu hiện tại không đúng.");
    public static readonly Refusal PasswordWeak = new("password-weak", "Mật khẩu có ít nhất 10 ký tự, gồm chữ hoa, chữ thường, chữ số và ký tự đặc biệt.");
    public static readonly Refusal TooManyAttempts = new("sign-in-throttled", "Đăng nhập sai quá nhiều lần từ địa chỉ này. Vui lòng thử lại sau.");
}
