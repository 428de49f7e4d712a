using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Modules.Organisation;

/// <summary>A position a person holds in a body over a period (Chủ tịch, Trưởng ban, Đại biểu, Trưởng phòng…).</summary>
public sealed class Position : Entity, IArchivable, IUnitOwned
{
    public Guid PersonId { get; private set; }

    public Guid BodyId { get; private set; }

    public Guid UnitId { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>The council term the position belongs to, for council organs.</summary>
    public Guid? TermId { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly? EndsOn { get; private set; }

    public DateTimeOffset? ArchivedAt { get; private set; }

    private Position()
    {
    }

    public static Position Assign(Person person, Body body, string title, Term? term, DateOnly startsOn, DateOnly? endsOn, out Outcome outcome)
    {
        var position = new Position { PersonId = person.Id, BodyId = body.Id, UnitId = body.UnitId };
        if (string.IsNullOrWhiteSpace(title))
        {
            outcome = OrganisationRefusals.TitleRequired;
        }
        else if (body.UnitId != person.UnitId)
        {
            outcome = OrganisationRefusals.BodyOfOtherUnit;
        }
        else if (term is not null && term.CouncilId != body.CouncilId)
        {
            outcome = OrganisationRefusals.TermOfOtherCouncil;
        }
        else if (endsOn is { } e && e < startsOn)
        {
            outcome = OrganisationRefusals.PeriodReversed;
        }
        else
        {
            position.Title = title.Trim();
            position.TermId = term?.Id;
            position.StartsOn = startsOn;
            position.EndsOn = endsOn;
            outcome = Outcome.Done;
        }

        return position;
    }

    public bool IsHeldOn(DateOnly day) => ArchivedAt is null && StartsOn <= day && (EndsOn is null || day <= EndsOn);

    public Outcome End(DateOnly on)
    {
        if (EndsOn is not null)
        {
            return OrganisationRefusals.PositionAlreadyEnded;
        }

        if (on < StartsOn)
        {
            return OrganisationRefusals.PeriodReversed;
        }

        EndsOn = on;
        return Outcome.Done;
    }

    public void Archive(DateTimeOffset at) => ArchivedAt ??= at;
}
