using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Infrastructure.Web;

namespace DongThuan.Web.Modules.Organisation;

/// <summary>What the organisation pages share: the unit-scope rule and showing a refusal.</summary>
public abstract class OrganisationPage : RefusingPage
{
    public bool CanManage(Guid unitId) => UnitScope.IsCouncilOfficeOf(User, unitId);

    public bool IsAdministrator => UnitScope.IsAdministrator(User);

    /// <summary>Refuses (422, with the reason) unless the outcome succeeded; true when it did.</summary>
    protected bool Accept(Outcome outcome)
    {
        if (!outcome.Succeeded)
        {
            Refuse(outcome.Refusal!);
        }

        return outcome.Succeeded;
    }
}

public static class OrganisationNames
{
    public static string Of(UnitLevel level) => level switch
    {
        UnitLevel.Province => "Cấp tỉnh",
        UnitLevel.District => "Cấp huyện",
        _ => "Cấp xã",
    };

    public static string Of(BodyKind kind) => kind switch
    {
        BodyKind.Council => "Hội đồng nhân dân",
        BodyKind.CouncilStandingCommittee => "Thường trực HĐND",
        BodyKind.CouncilCommittee => "Ban của HĐND",
        BodyKind.DelegateGroup => "Tổ đại biểu",
        BodyKind.PeoplesCommittee => "Ủy ban nhân dân",
        BodyKind.ExecutiveDepartment => "Cơ quan thuộc UBND",
        BodyKind.FrontCommittee => "Ủy ban MTTQ",
        _ => "Ban Thường trực UBMTTQ",
    };
}
