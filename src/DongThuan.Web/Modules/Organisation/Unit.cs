using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Modules.Organisation;

/// <summary>Tiers of administrative units. Districts ended on 30/06/2025; old records keep theirs.</summary>
public enum UnitLevel
{
    /// <summary>Tỉnh / thành phố trực thuộc trung ương.</summary>
    Province = 1,

    /// <summary>Quận / huyện / thị xã / thành phố thuộc tỉnh (until 30/06/2025).</summary>
    District = 2,

    /// <summary>Phường / xã / thị trấn / đặc khu.</summary>
    Commune = 3,
}

/// <summary>
/// An administrative unit (Hà Nội, quận Cầu Giấy, phường Nghĩa Đô). Units change: each has a validity
/// period, and reforms link an ended unit to the units that took it over (many to many).
/// </summary>
public sealed class Unit : Entity, IArchivable
{
    public string Name { get; private set; } = "";

    /// <summary>The place name used in document date lines: "Cầu Giấy, ngày 06 tháng 01 năm 2023".</summary>
    public string PlaceName { get; private set; } = "";

    public UnitLevel Level { get; private set; }

    public Guid? ParentId { get; private set; }

    public DateOnly? ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    public DateTimeOffset? ArchivedAt { get; private set; }

    private Unit()
    {
    }

    public static Unit Create(string name, string placeName, UnitLevel level, Unit? parent, DateOnly? validFrom, DateOnly? validTo, out Outcome outcome)
    {
        var unit = new Unit();
        outcome = unit.Update(name, placeName, level, parent, validFrom, validTo);
        return unit;
    }

    public Outcome Update(string name, string placeName, UnitLevel level, Unit? parent, DateOnly? validFrom, DateOnly? validTo)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return OrganisationRefusals.NameRequired;
        }

        if (validFrom is { } f && validTo is { } t && t < f)
        {
            return OrganisationRefusals.PeriodReversed;
        }

        if (parent is not null)
        {
            if (parent.Id == Id)
            {
                return OrganisationRefusals.UnitOwnParent;
            }

            if (parent.Level >= level)
            {
                return OrganisationRefusals.ParentLevel;
            }
        }
        else if (level != UnitLevel.Province)
        {
            return OrganisationRefusals.ParentRequired;
        }

        Name = name.Trim();
        PlaceName = string.IsNullOrWhiteSpace(placeName) ? Name : placeName.Trim();
        Level = level;
        ParentId = parent?.Id;
        ValidFrom = validFrom;
        ValidTo = validTo;
        return Outcome.Done;
    }

    public bool IsValidOn(DateOnly day) => (ValidFrom is null || ValidFrom <= day) && (ValidTo is null || day <= ValidTo);

    /// <summary>
    /// Records that <paramref name="successor"/> took over this unit (wholly or in part). The unit must
    /// have ended, and the successor must exist on the day after.
    /// </summary>
    public Outcome SucceededBy(Unit successor, IEnumerable<UnitSuccession> existing, out UnitSuccession? link)
    {
        link = null;
        if (successor.Id == Id)
        {
            return OrganisationRefusals.SuccessorSelf;
        }

        if (ValidTo is not { } end)
        {
            return OrganisationRefusals.SuccessorOfLivingUnit;
        }

        var effective = end.AddDays(1);
        if (!successor.IsValidOn(effective))
        {
            return OrganisationRefusals.SuccessorNotValid;
        }

        if (existing.Any(s => s.PredecessorId == Id && s.SuccessorId == successor.Id))
        {
            return OrganisationRefusals.SuccessorDuplicate;
        }

        link = new UnitSuccession(Id, successor.Id, effective);
        return Outcome.Done;
    }

    public void Archive(DateTimeOffset at) => ArchivedAt ??= at;
}

/// <summary>A reform's link from an ended unit to one that took it over, from a date.</summary>
public sealed class UnitSuccession : Entity
{
    public Guid PredecessorId { get; private set; }

    public Guid SuccessorId { get; private set; }

    public DateOnly EffectiveOn { get; private set; }

    internal UnitSuccession(Guid predecessorId, Guid successorId, DateOnly effectiveOn)
    {
        PredecessorId = predecessorId;
        SuccessorId = successorId;
        EffectiveOn = effectiveOn;
    }
}
