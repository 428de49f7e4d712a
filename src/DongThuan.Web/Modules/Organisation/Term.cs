using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Modules.Organisation;

/// <summary>A council's term (khóa), e.g. khóa VI, 2021–2026. A reform can end a term early.</summary>
public sealed class Term : Entity, IArchivable, IUnitOwned
{
    public Guid CouncilId { get; private set; }

    public Guid UnitId { get; private set; }

    /// <summary>The term's ordinal; shown in Roman numerals (khóa VI).</summary>
    public int Number { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public DateTimeOffset? ArchivedAt { get; private set; }

    private Term()
    {
    }

    public string Label => $"Khóa {RomanNumerals.Format(Number)} ({StartsOn.Year}–{EndsOn.Year})";

    public static Term Create(Body council, int number, DateOnly startsOn, DateOnly endsOn, IEnumerable<Term> otherTerms, out Outcome outcome)
    {
        var term = new Term { CouncilId = council.Id, UnitId = council.UnitId };
        outcome = council.Kind != BodyKind.Council
            ? OrganisationRefusals.TermNeedsCouncil
            : term.Update(number, startsOn, endsOn, otherTerms);
        return term;
    }

    public Outcome Update(int number, DateOnly startsOn, DateOnly endsOn, IEnumerable<Term> otherTerms)
    {
        if (number is < 1 or > 50)
        {
            return OrganisationRefusals.TermNumber;
        }

        if (endsOn <= startsOn)
        {
            return OrganisationRefusals.PeriodReversed;
        }

        var others = otherTerms.Where(t => t.Id != Id && t.CouncilId == CouncilId && t.ArchivedAt is null).ToList();
        if (others.Any(t => t.Number == number))
        {
            return OrganisationRefusals.TermDuplicate;
        }

        if (others.Any(t => t.StartsOn < endsOn && startsOn < t.EndsOn))
        {
            return OrganisationRefusals.TermOverlap;
        }

        Number = number;
        StartsOn = startsOn;
        EndsOn = endsOn;
        return Outcome.Done;
    }

    public bool Covers(DateOnly day) => StartsOn <= day && day <= EndsOn;

    public void Archive(DateTimeOffset at) => ArchivedAt ??= at;
}

public static class RomanNumerals
{
    private static readonly (int Value, string Symbol)[] Table =
        [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];

    public static string Format(int number)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var (value, symbol) in Table)
        {
            for (; number >= value; number -= value)
            {
                sb.Append(symbol);
            }
        }

        return sb.ToString();
    }
}
