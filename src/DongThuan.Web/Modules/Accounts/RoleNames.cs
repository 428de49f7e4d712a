namespace DongThuan.Web.Modules.Accounts;

/// <summary>The Vietnamese name of each role (the resource key of its English name).</summary>
public static class RoleNames
{
    public static string Of(AppRole role) => role switch
    {
        AppRole.Administrator => "Quản trị viên",
        AppRole.CouncilOffice => "Văn phòng HĐND",
        AppRole.CommitteeMember => "Thành viên Ban HĐND",
        AppRole.Delegate => "Đại biểu HĐND",
        AppRole.ExecutiveOfficer => "Cán bộ UBND",
        AppRole.FrontOfficer => "Cán bộ Ủy ban MTTQ",
        AppRole.Citizen => "Công dân",
        AppRole.Editor => "Biên tập viên cổng thông tin",
        _ => role.ToString(),
    };
}
