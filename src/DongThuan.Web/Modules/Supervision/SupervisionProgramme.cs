using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Organisation;

namespace DongThuan.Web.Modules.Supervision;

/// <summary>
/// A year's supervision programme: the council's own (adopted by a resolution at the mid-year session of
/// the year before, Law 87/2015 Art. 58), the standing committee's (decided after the year-end session,
/// Art. 67) or a committee's (decided at the end of the year before, Art. 77). Missions belong to one.
/// </summary>
public sealed class SupervisionProgramme : Entity, IUnitOwned
{
    public Guid UnitId { get; private set; }

    public Guid CouncilId { get; private set; }

    /// <summary>Whose programme: the council, its standing committee or one of its committees.</summary>
    public Guid OwnerBodyId { get; private set; }

    public int Year { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>The resolution or decision that adopted it ("Nghị quyết số 15/NQ-HĐND").</summary>
    public string AdoptedBy { get; private set; } = "";

    public DateOnly AdoptedOn { get; private set; }

    public string? Content { get; private set; }

    private SupervisionProgramme()
    {
    }

    public static SupervisionProgramme Adopt(Body council, Body owner, int year, string title, string adoptedBy, DateOnly adoptedOn, string? content, out Outcome outcome)
    {
        var p = new SupervisionProgramme
        {
            UnitId = council.UnitId,
            CouncilId = council.Id,
            OwnerBodyId = owner.Id,
            Year = year,
            Title = title.Trim(),
            AdoptedBy = adoptedBy.Trim(),
            AdoptedOn = adoptedOn,
            Content = string.IsNullOrWhiteSpace(content) ? null : content.Trim(),
        };
        outcome = string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(adoptedBy) ? SupervisionRefusals.ProgrammeText
            : year is < 1990 or > 2100 ? SupervisionRefusals.ProgrammeYear
            : owner.UnitId != council.UnitId || !(owner.Id == council.Id || (owner.ParentBodyId == council.Id && owner.Kind is BodyKind.CouncilStandingCommittee or BodyKind.CouncilCommittee))
                ? SupervisionRefusals.ProgrammeOwner
            // The council adopts its programme in the year before; the others decide theirs by January at the latest.
            : owner.Kind == BodyKind.Council && adoptedOn.Year != year - 1 ? SupervisionRefusals.CouncilProgrammeAdoptedYearBefore
            : adoptedOn > new DateOnly(year, 1, 31) ? SupervisionRefusals.ProgrammeAdoptedLate
            : Outcome.Done;
        return p;
    }
}
