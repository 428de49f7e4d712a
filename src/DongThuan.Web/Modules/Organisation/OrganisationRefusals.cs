using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Modules.Organisation;

/// <summary>Every refusal of the organisation rules, in Vietnamese (the resource key of its English text).</summary>
public static class OrganisationRefusals
{
    public static readonly Refusal NameRequired = new("name-required", "Tên không được để trống.");
    public static readonly Refusal ImportBodyUnknown = new("import-body-unknown", "Không có cơ quan tên này trong đơn vị.");
    public static readonly Refusal ImportPositionFields = new("import-position-fields", "Có cơ quan thì cần chức vụ và ngày bắt đầu (Từ ngày).");
    public static readonly Refusal ImportTermUnknown = new("import-term-unknown", "HĐND không có nhiệm kỳ số này.");
    public static readonly Refusal ImportRoleUnknown = new("import-role-unknown", "Vai trò không có trong danh mục (Đại biểu HĐND, Thành viên Ban HĐND, Cán bộ UBND, Cán bộ Ủy ban MTTQ, Văn phòng HĐND, Biên tập viên cổng thông tin).");
    public static readonly Refusal ImportAccountNeedsBody = new("import-account-body", "Tài khoản cần vai trò trong một cơ quan: điền cột Cơ quan.");
    public static readonly Refusal TitleRequired = new("title-required", "Chức danh không được để trống.");
    public static readonly Refusal PeriodReversed = new("period-reversed", "Ngày kết thúc phải sau ngày bắt đầu.");
    public static readonly Refusal UnitOwnParent = new("unit-own-parent", "Đơn vị không thể trực thuộc chính nó.");
    public static readonly Refusal ParentLevel = new("parent-level", "Đơn vị cấp trên phải ở cấp cao hơn.");
    public static readonly Refusal ParentRequired = new("parent-required", "Đơn vị cấp huyện, cấp xã phải có đơn vị cấp trên.");
    public static readonly Refusal SuccessorSelf = new("successor-self", "Đơn vị không thể kế thừa chính nó.");
    public static readonly Refusal SuccessorOfLivingUnit = new("successor-living", "Chỉ ghi đơn vị kế thừa cho đơn vị đã kết thúc hoạt động (có ngày kết thúc).");
    public static readonly Refusal SuccessorNotValid = new("successor-not-valid", "Đơn vị kế thừa phải còn hiệu lực vào ngày sau ngày kết thúc của đơn vị cũ.");
    public static readonly Refusal SuccessorDuplicate = new("successor-duplicate", "Liên kết kế thừa này đã có.");
    public static readonly Refusal BodyTakesNoParent = new("body-no-parent", "Loại cơ quan này không trực thuộc cơ quan nào.");
    public static readonly Refusal BodyParentKind = new("body-parent-kind", "Cơ quan cấp trên không đúng loại (ví dụ: Ban, Tổ đại biểu thuộc HĐND; phòng thuộc UBND).");
    public static readonly Refusal OneCouncilPerUnit = new("body-one-council", "Mỗi đơn vị hành chính chỉ có một Hội đồng nhân dân; đơn vị này đã có.");
    public static readonly Refusal BodyParentOtherUnit = new("body-parent-unit", "Cơ quan cấp trên phải cùng đơn vị hành chính.");
    public static readonly Refusal TermNeedsCouncil = new("term-needs-council", "Chỉ HĐND mới có nhiệm kỳ.");
    public static readonly Refusal TermNumber = new("term-number", "Số khóa phải từ 1 đến 50.");
    public static readonly Refusal TermDuplicate = new("term-duplicate", "Khóa này đã có.");
    public static readonly Refusal TermOverlap = new("term-overlap", "Nhiệm kỳ trùng thời gian với một nhiệm kỳ khác của HĐND này.");
    public static readonly Refusal TermOfOtherCouncil = new("term-other-council", "Nhiệm kỳ không thuộc HĐND của cơ quan này.");
    public static readonly Refusal PositionAlreadyEnded = new("position-ended", "Chức vụ này đã kết thúc.");
    public static readonly Refusal BodyOfOtherUnit = new("position-body-unit", "Cơ quan không thuộc đơn vị của người này.");
    public static readonly Refusal UnitRequired = new("unit-required", "Hãy chọn đơn vị hành chính.");
    public static readonly Refusal EmailInvalid = new("email-invalid", "Địa chỉ email không hợp lệ.");
}
