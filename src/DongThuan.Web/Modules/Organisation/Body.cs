using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Modules.Organisation;

public enum BodyKind
{
    /// <summary>Hội đồng nhân dân.</summary>
    Council = 1,

    /// <summary>Thường trực HĐND.</summary>
    CouncilStandingCommittee = 2,

    /// <summary>Ban của HĐND (Ban Pháp chế, Ban Kinh tế – Xã hội, …).</summary>
    CouncilCommittee = 3,

    /// <summary>Tổ đại biểu HĐND.</summary>
    DelegateGroup = 4,

    /// <summary>Ủy ban nhân dân.</summary>
    PeoplesCommittee = 5,

    /// <summary>Cơ quan chuyên môn thuộc UBND (phòng, ban, văn phòng, thanh tra).</summary>
    ExecutiveDepartment = 6,

    /// <summary>Ủy ban Mặt trận Tổ quốc Việt Nam.</summary>
    FrontCommittee = 7,

    /// <summary>Ban Thường trực Ủy ban MTTQ.</summary>
    FrontStandingBoard = 8,
}

/// <summary>A body of a unit: its council and the council's organs, its executive and departments, its Front.</summary>
public sealed class Body : Entity, IArchivable, IUnitOwned
{
    public string Name { get; private set; } = "";

    public BodyKind Kind { get; private set; }

    public Guid UnitId { get; private set; }

    public Guid? ParentBodyId { get; private set; }

    public DateOnly? ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    /// <summary>Whether the body exists on the day: begun and not ended (a council whose unit was reorganised away has ended).</summary>
    public bool IsInOperationOn(DateOnly day) => (ValidFrom is null || ValidFrom <= day) && (ValidTo is null || day <= ValidTo);

    public DateTimeOffset? ArchivedAt { get; private set; }

    /// <summary>The name written out as a heading or a document's issuer writes it: "HĐND phường Cầu Giấy" → "Hội đồng nhân dân phường Cầu Giấy".</summary>
    public string WrittenOutName => WrittenOut(Name);

    /// <inheritdoc cref="WrittenOutName"/>
    public static string WrittenOut(string name) => name
        .Replace("HĐND", "Hội đồng nhân dân", StringComparison.Ordinal)
        .Replace("UBND", "Ủy ban nhân dân", StringComparison.Ordinal)
        .Replace("MTTQ", "Mặt trận Tổ quốc", StringComparison.Ordinal);

    private Body()
    {
    }

    /// <summary>The kind of body each kind must sit under; the top bodies of a unit have none.</summary>
    public static BodyKind? RequiredParentKind(BodyKind kind) => kind switch
    {
        BodyKind.CouncilStandingCommittee or BodyKind.CouncilCommittee or BodyKind.DelegateGroup => BodyKind.Council,
        BodyKind.ExecutiveDepartment => BodyKind.PeoplesCommittee,
        BodyKind.FrontStandingBoard => BodyKind.FrontCommittee,
        _ => null,
    };

    public static Body Create(string name, BodyKind kind, Unit unit, Body? parent, DateOnly? validFrom, DateOnly? validTo, bool unitHasCouncil, out Outcome outcome)
    {
        var body = new Body { UnitId = unit.Id };
        outcome = body.Update(name, kind, parent, validFrom, validTo, unitHasCouncil);
        return body;
    }

    /// <param name="unitHasCouncil">Whether another body of the unit is its council already: a unit has one council,
    /// so every figure counted by council (questions, petitions, sessions) and by unit (obligations, joint programmes)
    /// counts the same records.</param>
    public Outcome Update(string name, BodyKind kind, Body? parent, DateOnly? validFrom, DateOnly? validTo, bool unitHasCouncil)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return OrganisationRefusals.NameRequired;
        }

        if (validFrom is { } f && validTo is { } t && t < f)
        {
            return OrganisationRefusals.PeriodReversed;
        }

        var required = RequiredParentKind(kind);
        if (required is null && parent is not null)
        {
            return OrganisationRefusals.BodyTakesNoParent;
        }

        if (required is not null && (parent is null || parent.Kind != required))
        {
            return OrganisationRefusals.BodyParentKind;
        }

        if (parent is not null && parent.UnitId != UnitId)
        {
            return OrganisationRefusals.BodyParentOtherUnit;
        }

        if (kind == BodyKind.Council && unitHasCouncil)
        {
            return OrganisationRefusals.OneCouncilPerUnit;
        }

        Name = name.Trim();
        Kind = kind;
        ParentBodyId = parent?.Id;
        ValidFrom = validFrom;
        ValidTo = validTo;
        return Outcome.Done;
    }

    /// <summary>The council a council organ belongs to (itself for a council); null for executive and Front bodies.</summary>
    public Guid? CouncilId => Kind switch
    {
        BodyKind.Council => Id,
        BodyKind.CouncilStandingCommittee or BodyKind.CouncilCommittee or BodyKind.DelegateGroup => ParentBodyId,
        _ => null,
    };

    public void Archive(DateTimeOffset at) => ArchivedAt ??= at;
}
