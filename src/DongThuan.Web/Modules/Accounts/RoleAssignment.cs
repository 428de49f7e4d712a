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
    public static readonly Refusal OwnAccount = new("account-own", "Không thể tự vô hiệu hóa tài khoản của mình; hãy nhờ một người quản lý khác.");
    public static readonly Refusal PasswordWrong = new("password-wrong", "Mật khẩu hiện tại không đúng.");
    public static readonly Refusal PasswordWeak = new("password-weak", "Mật khẩu có ít nhất 10 ký tự, gồm chữ hoa, chữ thường, chữ số và ký tự đặc biệt.");
    public static readonly Refusal NameForm = new("account-name-form", "Tên đăng nhập gồm 3–64 chữ cái không dấu, chữ số, dấu chấm, gạch dưới hoặc gạch ngang.");
    public static readonly Refusal PersonOutOfScope = new("account-person-scope", "Chỉ liên kết tài khoản với người thuộc đơn vị mà bạn quản lý.");
    public static readonly Refusal PersonHasAccount = new("account-person-taken", "Người này đã có tài khoản.");
    public static readonly Refusal InvitationNeedsEmail = new("account-invitation-email", "Muốn gửi thư mời đặt mật khẩu thì tài khoản phải có địa chỉ thư điện tử; hoặc nhập mật khẩu ban đầu.");
    public static readonly Refusal RoleRequired = new("account-role-required", "Tài khoản phải có ít nhất một vai trò trong một cơ quan của đơn vị.");
    public static readonly Refusal RoleOutOfScope = new("account-role-scope", "Văn phòng HĐND chỉ giao vai trò trong các cơ quan của đơn vị mình (không giao vai trò quản trị viên hay công dân).");
    public static readonly Refusal RoleOtherUnit = new("account-role-other-unit", "Vai trò phải ở một cơ quan cùng đơn vị với người được liên kết.");
    public static readonly Refusal AccountOutOfScope = new("account-scope", "Tài khoản này không thuộc đơn vị mà bạn quản lý.");
    public static readonly Refusal LinkInvalid = new("password-link-invalid", "Liên kết đặt mật khẩu không đúng, đã dùng hoặc đã hết hạn. Hãy yêu cầu một liên kết mới.");
    public static readonly Refusal TooManyAttempts = new("sign-in-throttled", "Đăng nhập sai quá nhiều lần từ địa chỉ này. Vui lòng thử lại sau.");
    public static readonly Refusal RegisterName = new("register-name", "Vui lòng nhập họ và tên (tối đa 200 ký tự).");
    public static readonly Refusal RegisterEmail = new("register-email", "Địa chỉ thư điện tử không hợp lệ.");
    public static readonly Refusal Unconfirmed = new("account-unconfirmed", "Tài khoản chưa được xác nhận: hãy mở liên kết trong thư chúng tôi đã gửi tới địa chỉ đăng ký.");
    public static readonly Refusal ConfirmLinkInvalid = new("confirm-link-invalid", "Liên kết xác nhận không đúng hoặc đã hết hạn. Hãy đăng ký lại để nhận liên kết mới.");
}
