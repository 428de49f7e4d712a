using DongThuan.Web.Modules.Organisation;

namespace DongThuan.Web.Modules.Accounts;

/// <summary>What a user may do, and in which body. Every role but Administrator and Citizen is held in a body.</summary>
public enum AppRole
{
    Administrator = 1,

    /// <summary>Văn phòng / Thường trực HĐND: staff of one council.</summary>
    CouncilOffice = 2,

    /// <summary>Thành viên một Ban của HĐND.</summary>
    CommitteeMember = 3,

    /// <summary>Đại biểu HĐND, in a delegate group.</summary>
    Delegate = 4,

    /// <summary>Cán bộ UBND or one of its departments.</summary>
    ExecutiveOfficer = 5,

    /// <summary>Cán bộ Ủy ban MTTQ.</summary>
    FrontOfficer = 6,

    Citizen = 7,

    /// <summary>Biên tập viên cổng thông tin: writes the council's news and moderates comments, and sees no internal record.</summary>
    Editor = 8,
}

public static class AppRoles
{
    public static readonly AppRole[] Staff =
        [AppRole.Administrator, AppRole.CouncilOffice, AppRole.CommitteeMember, AppRole.Delegate, AppRole.ExecutiveOfficer, AppRole.FrontOfficer];

    /// <summary>The kinds of body a role can be held in; empty when the role is held in none.</summary>
    public static IReadOnlyList<BodyKind> BodyKindsFor(AppRole role) => role switch
    {
        AppRole.CouncilOffice or AppRole.Editor => [BodyKind.Council],
        AppRole.CommitteeMember => [BodyKind.CouncilCommittee],
        AppRole.Delegate => [BodyKind.DelegateGroup],
        AppRole.ExecutiveOfficer => [BodyKind.PeoplesCommittee, BodyKind.ExecutiveDepartment],
        AppRole.FrontOfficer => [BodyKind.FrontCommittee, BodyKind.FrontStandingBoard],
        _ => [],
    };
}
