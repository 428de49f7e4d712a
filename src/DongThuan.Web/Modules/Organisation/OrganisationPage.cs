using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DongThuan.Web.Modules.Organisation;

/// <summary>What the organisation pages share: the unit-scope rule and showing a refusal.</summary>
public abstract class OrganisationPage : PageModel
{
    /// <summary>The refusal to show, as its Vietnamese text (the page localizes it).</summary>
    public string? Refusal { get; protected set; }

    public bool CanManage(Guid unitId) => UnitScope.IsCouncilOfficeOf(User, unitId);

    public bool IsAdministrator => UnitScope.IsAdministrator(User);

    /// <summary>Records a refusal; true when the outcome succeeded.</summary>
    protected bool Accept(Outcome outcome)
    {
        Refusal = outcome.Refusal?.Message;
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
