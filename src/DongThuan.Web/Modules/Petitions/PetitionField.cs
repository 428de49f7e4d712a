using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>A field of petitions (đất đai, giao thông…): a list administrators keep, in the order shown.</summary>
public sealed class PetitionField : Entity, IArchivable
{
    public string Name { get; private set; } = "";

    public int Order { get; private set; }

    public DateTimeOffset? ArchivedAt { get; private set; }

    private PetitionField()
    {
    }

    public static PetitionField Create(string name, int order, out Outcome outcome)
    {
        var f = new PetitionField();
        outcome = f.Rename(name, order);
        return f;
    }

    public Outcome Rename(string name, int order)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100)
        {
            return PetitionSettingsRefusals.FieldName;
        }

        Name = name.Trim();
        Order = order;
        return Outcome.Done;
    }

    public void Archive(DateTimeOffset at) => ArchivedAt ??= at;
}

/// <summary>
/// "Petitions of this field at this level go to this agency": the suggestion staff see when routing. A
/// rule belongs to one unit, since each has its own agencies. Staff always confirm; the rule only suggests.
/// </summary>
public sealed class RoutingRule : Entity, IUnitOwned, IArchivable
{
    public Guid UnitId { get; private set; }

    public Guid FieldId { get; private set; }

    public CompetentLevel Level { get; private set; }

    public Guid AgencyBodyId { get; private set; }

    public Guid? OfficialPersonId { get; private set; }

    public DateTimeOffset? ArchivedAt { get; private set; }

    private RoutingRule()
    {
    }

    public static RoutingRule Create(Guid unitId, Guid fieldId, CompetentLevel level, Guid agencyBodyId, Guid? officialPersonId, out Outcome outcome)
    {
        outcome = Enum.IsDefined(level) ? Outcome.Done : PetitionRefusals.RoutingIncomplete;
        return new RoutingRule { UnitId = unitId, FieldId = fieldId, Level = level, AgencyBodyId = agencyBodyId, OfficialPersonId = officialPersonId };
    }

    public void Archive(DateTimeOffset at) => ArchivedAt ??= at;
}

public static class PetitionSettingsRefusals
{
    public static readonly Refusal FieldName = new("petition-field-name", "Tên lĩnh vực không được để trống và tối đa 100 ký tự.");
    public static readonly Refusal RuleExists = new("petition-rule-exists", "Đã có quy tắc cho lĩnh vực và cấp này; hãy bỏ quy tắc cũ trước.");
}
