using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Modules.Coordination;

/// <summary>
/// A coordination programme between parties, by default the council's standing committee, the people's
/// committee and the Front's standing board, signed at a conference: its Decree 30 number with the type
/// code CTr, the signing (date, place, attendees), the signatories of each party, and its tasks.
/// </summary>
public sealed class CoordinationProgramme : Entity, IUnitOwned
{
    public Guid UnitId { get; private set; }

    public string Title { get; private set; } = "";

    public int Year { get; private set; }

    /// <summary>"01/CTr-HĐND-UBND-MTTQ": the joint symbol's form is not fixed by the decree (shared/LAW.md), only the CTr code.</summary>
    public string Number { get; private set; } = "";

    public DateOnly SignedOn { get; private set; }

    public string SignedAt { get; private set; } = "";

    public string Attendees { get; private set; } = "";

    private CoordinationProgramme()
    {
    }

    public static CoordinationProgramme Sign(Guid unitId, string title, int year, string number, DateOnly signedOn, string signedAt, string attendees, int parties, out Outcome outcome)
    {
        var p = new CoordinationProgramme
        {
            UnitId = unitId,
            Title = title.Trim(),
            Year = year,
            Number = number.Trim().Replace(" ", "", StringComparison.Ordinal),
            SignedOn = signedOn,
            SignedAt = signedAt.Trim(),
            Attendees = attendees.Trim(),
        };
        outcome = string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(signedAt) ? CoordinationRefusals.ProgrammeText
            : !IsProgrammeNumber(p.Number) ? CoordinationRefusals.ProgrammeNumber
            : year is < 1990 or > 2100 || signedOn.Year < year - 1 || signedOn.Year > year ? CoordinationRefusals.SignedInYear
            : parties < 2 ? CoordinationRefusals.TwoParties
            : Outcome.Done;
        return p;
    }

    /// <summary>"NN/CTr-…": a number, then the type code of a programme (Decree 30, Appendix III).</summary>
    public static bool IsProgrammeNumber(string number)
    {
        var slash = number.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && int.TryParse(number[..slash], out var n) && n > 0 && number[(slash + 1)..].StartsWith("CTr", StringComparison.Ordinal);
    }
}

/// <summary>A party to a programme and who signed for it.</summary>
public sealed class ProgrammeParty : Entity
{
    public Guid ProgrammeId { get; private set; }

    public Guid BodyId { get; private set; }

    public string Signatory { get; private set; } = "";

    public string SignatoryTitle { get; private set; } = "";

    public int Order { get; private set; }

    private ProgrammeParty()
    {
    }

    public static ProgrammeParty Of(CoordinationProgramme p, Guid bodyId, string signatory, string title, int order, out Outcome outcome)
    {
        outcome = string.IsNullOrWhiteSpace(signatory) || string.IsNullOrWhiteSpace(title) ? CoordinationRefusals.Signatory : Outcome.Done;
        return new ProgrammeParty { ProgrammeId = p.Id, BodyId = bodyId, Signatory = signatory.Trim(), SignatoryTitle = title.Trim(), Order = order };
    }
}

/// <summary>A party's report on the programme for one quarter.</summary>
public sealed class QuarterlyReport : Entity
{
    public Guid ProgrammeId { get; private set; }

    public Guid PartyBodyId { get; private set; }

    public int Quarter { get; private set; }

    public string Text { get; private set; } = "";

    public DateOnly SubmittedOn { get; private set; }

    public string SubmittedBy { get; private set; } = "";

    private QuarterlyReport()
    {
    }

    /// <summary>A quarter's report is made once the quarter has begun; each party makes one per quarter (the database holds to it).</summary>
    public static QuarterlyReport Submit(CoordinationProgramme p, Guid partyBodyId, int quarter, string text, DateOnly on, string by, out Outcome outcome)
    {
        outcome = quarter is < 1 or > 4 ? CoordinationRefusals.Quarter
            : string.IsNullOrWhiteSpace(text) ? CoordinationRefusals.ReportText
            : on < new DateOnly(p.Year, (quarter - 1) * 3 + 1, 1) ? CoordinationRefusals.QuarterNotBegun
            : Outcome.Done;
        return new QuarterlyReport { ProgrammeId = p.Id, PartyBodyId = partyBodyId, Quarter = quarter, Text = text.Trim(), SubmittedOn = on, SubmittedBy = by };
    }
}
