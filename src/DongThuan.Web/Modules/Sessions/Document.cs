using System.Globalization;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Organisation;

namespace DongThuan.Web.Modules.Sessions;

/// <summary>Types of administrative documents with their codes (Decree 30/2020/NĐ-CP, Appendix III). An official letter has no code.</summary>
public enum DocumentType
{
    Resolution = 1,
    Decision = 2,
    Report = 3,
    Proposal = 4,
    Plan = 5,
    Programme = 6,
    Notice = 7,
    Minutes = 8,
    Scheme = 9,
    Directive = 10,
    OfficialLetter = 11,
}

public static class DocumentTypes
{
    /// <summary>"BC-UBND" and "UBND" both give "UBND" for a report: the type code is the document kind's own.</summary>
    public static string IssuerCode(DocumentType kind, string? symbol)
    {
        var text = (symbol ?? "").Trim();
        var slash = text.IndexOf('/');
        text = slash >= 0 ? text[(slash + 1)..] : text;
        return Code(kind) is { } code && text.StartsWith(code + "-", StringComparison.OrdinalIgnoreCase) ? text[(code.Length + 1)..] : text;
    }

    public static string? Code(DocumentType t) => t switch
    {
        DocumentType.Resolution => "NQ",
        DocumentType.Decision => "QĐ",
        DocumentType.Report => "BC",
        DocumentType.Proposal => "TTr",
        DocumentType.Plan => "KH",
        DocumentType.Programme => "CTr",
        DocumentType.Notice => "TB",
        DocumentType.Minutes => "BB",
        DocumentType.Scheme => "ĐA",
        DocumentType.Directive => "CT",
        _ => null,
    };

    public static string Name(DocumentType t) => t switch
    {
        DocumentType.Resolution => "Nghị quyết",
        DocumentType.Decision => "Quyết định",
        DocumentType.Report => "Báo cáo",
        DocumentType.Proposal => "Tờ trình",
        DocumentType.Plan => "Kế hoạch",
        DocumentType.Programme => "Chương trình",
        DocumentType.Notice => "Thông báo",
        DocumentType.Minutes => "Biên bản",
        DocumentType.Scheme => "Đề án",
        DocumentType.Directive => "Chỉ thị",
        _ => "Công văn",
    };

    /// <summary>What a session "reviews" in the seed article's count: reports and proposals.</summary>
    public static bool IsReportOrProposal(DocumentType t) => t is DocumentType.Report or DocumentType.Proposal;
}

/// <summary>
/// A document registered with its number and symbol ("Số: 12/BC-UBND"). Numbers run from 01 each calendar
/// year per issuer; the same number and symbol may not be used twice by one issuer in a year.
/// </summary>
public sealed class Document : Entity, IUnitOwned
{
    public Guid UnitId { get; private set; }

    public Guid IssuerBodyId { get; private set; }

    /// <summary>The issuer's abbreviation in the symbol ("UBND", "HĐND", "BPC"); for a letter, issuer and unit ("HĐND-VP").</summary>
    public string IssuerCode { get; private set; } = "";

    public DocumentType Type { get; private set; }

    public int Number { get; private set; }

    public int Year { get; private set; }

    public DateOnly IssuedOn { get; private set; }

    public string Summary { get; private set; } = "";

    public Guid? SessionId { get; private set; }

    public Guid? AgendaItemId { get; private set; }

    /// <summary>For a committee's verification report (báo cáo thẩm tra): the proposal it verifies.</summary>
    public Guid? VerifiesDocumentId { get; private set; }

    public int? VotesFor { get; private set; }

    public int? VotesAgainst { get; private set; }

    public int? VotesAbstaining { get; private set; }

    public int? VotesAbsent { get; private set; }

    private Document()
    {
    }

    /// <summary>"12/BC-UBND": the number zero-padded below 10, then the type code and issuer, no spaces.</summary>
    public string Symbol => Infrastructure.OfficialDocuments.OfficialNumbers.Symbol(Number, DocumentTypes.Code(Type), IssuerCode);

    /// <summary>A resolution passes with more than half of the votes cast for it and the absent counted in (the delegates).</summary>
    public bool? Passed => VotesFor is { } f ? f * 2 > f + (VotesAgainst ?? 0) + (VotesAbstaining ?? 0) + (VotesAbsent ?? 0) : null;

    public static Document Register(Body issuer, string issuerCode, DocumentType type, int number, DateOnly issuedOn, string summary,
        Session? session, AgendaItem? item, Document? verifies, IEnumerable<Document> sameIssuerSameYear, out Outcome outcome)
    {
        var d = new Document
        {
            UnitId = issuer.UnitId, IssuerBodyId = issuer.Id, IssuerCode = issuerCode.Trim().ToUpperInvariant(), Type = type, Number = number,
            Year = issuedOn.Year, IssuedOn = issuedOn, Summary = summary.Trim(), SessionId = session?.Id, AgendaItemId = item?.Id, VerifiesDocumentId = verifies?.Id,
        };
        outcome = number < 1 || string.IsNullOrWhiteSpace(issuerCode) || string.IsNullOrWhiteSpace(summary) ? SessionRefusals.DocumentFields
            : sameIssuerSameYear.Any(o => o.Id != d.Id && o.IssuerBodyId == d.IssuerBodyId && o.Year == d.Year && o.Symbol == d.Symbol) ? SessionRefusals.DocumentNumberTaken
            : Outcome.Done;
        return d;
    }

    /// <summary>The next free number of an issuer in a year: 01 on 1 January.</summary>
    public static int NextNumber(IEnumerable<Document> sameIssuerSameYear, DocumentType type) =>
        sameIssuerSameYear.Where(d => d.Type == type).Select(d => d.Number).DefaultIfEmpty(0).Max() + 1;

    public Outcome RecordVotes(int votesFor, int against, int abstaining, int absent)
    {
        if (Type != DocumentType.Resolution)
        {
            return SessionRefusals.VotesOnlyResolutions;
        }

        if (votesFor < 0 || against < 0 || abstaining < 0 || absent < 0 || votesFor + against + abstaining + absent == 0)
        {
            return SessionRefusals.VotesInvalid;
        }

        (VotesFor, VotesAgainst, VotesAbstaining, VotesAbsent) = (votesFor, against, abstaining, absent);
        return Outcome.Done;
    }
}
