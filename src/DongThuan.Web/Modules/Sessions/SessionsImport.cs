using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Import;
using DongThuan.Web.Infrastructure.Text;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Sessions;

/// <summary>
/// Sessions and the documents registered with them, one document per row (a row without a document plans the session
/// only): the session by its number in the term that covers its opening day, the document by its issuer, kind, number
/// and year, a resolution with its vote. A session or document already there is not added again. The rules are the
/// entities' own (<see cref="Session.Plan"/>, <see cref="Document.Register"/>, <see cref="Document.RecordVotes"/>).
/// </summary>
public sealed class SessionsImport(DongThuanDb db) : ISheetImport
{
    private const string Number = "Kỳ họp số", Kind = "Loại kỳ họp", Opens = "Khai mạc", Closes = "Bế mạc", Venue = "Địa điểm", DocumentKind = "Loại văn bản",
        DocumentNumber = "Số", Symbol = "Ký hiệu", IssuedOn = "Ngày ban hành", Summary = "Trích yếu", Issuer = "Cơ quan ban hành", For = "Tán thành",
        Against = "Không tán thành", Abstaining = "Không biểu quyết", Absent = "Vắng";

    string ISheetImport.Kind => "sessions";

    public int Order => 2;

    public string Title => "Kỳ họp và văn bản trình kỳ họp";

    public IReadOnlyList<string> Columns { get; } =
        [Number, Kind, Opens, Closes, Venue, DocumentKind, DocumentNumber, Symbol, IssuedOn, Summary, Issuer, For, Against, Abstaining, Absent];

    public IReadOnlyList<string> Required { get; } = [Number, Kind, Opens, Closes];

    public IReadOnlyDictionary<string, object?> Example { get; } = new Dictionary<string, object?>
    {
        [Number] = 1, [Kind] = "Thường lệ", [Opens] = "08/01/2026", [Closes] = "09/01/2026", [Venue] = "Hội trường UBND", [DocumentKind] = "Báo cáo",
        [DocumentNumber] = 12, [Symbol] = "BC-UBND", [IssuedOn] = "02/01/2026", [Summary] = "Báo cáo tình hình kinh tế – xã hội năm 2025", [Issuer] = "UBND xã An Bình",
    };

    public async Task<(RowResult Result, Refusal? Refusal)> ImportAsync(ImportContext context, ImportRow row, CancellationToken ct)
    {
        var (numberOk, number) = row.WholeNumber(Number);
        var (opensOk, opens) = row.Date(Opens);
        var (closesOk, closes) = row.Date(Closes);
        var (issuedOk, issuedOn) = row.Date(IssuedOn);
        if (!numberOk || number is null)
        {
            return (RowResult.Refused, SessionRefusals.Number);
        }

        if (!opensOk || !closesOk || !issuedOk || opens is not { } startsOn || closes is not { } endsOn)
        {
            return (RowResult.Refused, ImportRow.DateForm);
        }

        var kind = KindOf(row.Text(Kind));
        if (kind is null)
        {
            return (RowResult.Refused, SessionRefusals.ImportKind);
        }

        var council = await db.Bodies.AsNoTracking().SingleAsync(b => b.Id == context.CouncilId, ct);
        var terms = await db.Terms.AsNoTracking().Where(t => t.CouncilId == council.Id && t.ArchivedAt == null).ToListAsync(ct);
        if (terms.SingleOrDefault(t => t.Covers(startsOn)) is not { } term)
        {
            return (RowResult.Refused, SessionRefusals.OutsideTerm);
        }

        var changed = false;
        var others = await db.Sessions.Where(s => s.TermId == term.Id && s.ArchivedAt == null).ToListAsync(ct);
        var session = others.SingleOrDefault(s => s.Number == number);
        if (session is not null && session.StartsOn != startsOn)
        {
            return (RowResult.Refused, SessionRefusals.ImportSessionDiffers);
        }

        if (session is null)
        {
            session = Session.Plan(council, term, number.Value, kind.Value, startsOn, endsOn, row.Text(Venue) ?? "", true, others, out var planned);
            if (!planned.Succeeded)
            {
                return (RowResult.Refused, planned.Refusal);
            }

            db.Sessions.Add(session);
            await db.SaveChangesAsync(ct);
            changed = true;
        }

        if (row.Text(DocumentKind) is not { } typeText)
        {
            return (changed ? RowResult.Imported : RowResult.Skipped, null);
        }

        var (documentChanged, refusal) = await DocumentAsync(council, session, row, typeText, issuedOn, ct);
        return refusal is not null ? (RowResult.Refused, refusal) : (changed || documentChanged ? RowResult.Imported : RowResult.Skipped, null);
    }

    private async Task<(bool Changed, Refusal? Refusal)> DocumentAsync(Body council, Session session, ImportRow row, string typeText, DateOnly? issuedOn, CancellationToken ct)
    {
        var type = TypeOf(typeText);
        if (type is null)
        {
            return (false, SessionRefusals.ImportDocumentType);
        }

        var issuer = row.Text(Issuer) is { } issuerName
            ? await db.Bodies.AsNoTracking().FirstOrDefaultAsync(b => b.UnitId == council.UnitId && b.ArchivedAt == null && b.Name == issuerName, ct)
            : council;
        if (issuer is null)
        {
            return (false, SessionRefusals.ImportIssuerUnknown);
        }

        var (numberOk, number) = row.WholeNumber(DocumentNumber);
        if (!numberOk || issuedOn is not { } issued || row.Text(Summary) is not { } summary)
        {
            return (false, SessionRefusals.ImportDocumentFields);
        }

        var votes = new[] { For, Against, Abstaining, Absent }.Select(row.WholeNumber).ToList();
        if (votes.Any(v => !v.Ok) || (votes.Any(v => v.Value is not null) && type != DocumentType.Resolution))
        {
            return (false, SessionRefusals.ImportVotes);
        }

        var sameYear = await db.Documents.Where(d => d.IssuerBodyId == issuer.Id && d.Year == issued.Year).ToListAsync(ct);
        var document = number is { } n ? sameYear.SingleOrDefault(d => d.Type == type && d.Number == n) : sameYear.FirstOrDefault(d => d.Type == type && d.Summary == summary && d.SessionId == session.Id);
        if (document is not null)
        {
            // The same number of the same issuer and year is the same document: already registered.
            return (false, null);
        }

        document = Document.Register(issuer, DocumentTypes.IssuerCode(type.Value, row.Text(Symbol)), type.Value, number ?? Document.NextNumber(sameYear, type.Value), issued, summary,
            session, null, null, sameYear, out var registered);
        if (!registered.Succeeded)
        {
            return (false, registered.Refusal);
        }

        if (votes.Any(v => v.Value is not null))
        {
            var voted = document.RecordVotes(votes[0].Value ?? 0, votes[1].Value ?? 0, votes[2].Value ?? 0, votes[3].Value ?? 0);
            if (!voted.Succeeded)
            {
                return (false, voted.Refusal);
            }
        }

        db.Documents.Add(document);
        await db.SaveChangesAsync(ct);
        return (true, null);
    }

    private static SessionKind? KindOf(string? text) => VietnameseText.Fold(text) switch
    {
        "thuong le" or "regular" => SessionKind.Regular,
        "chuyen de" or "thematic" => SessionKind.Thematic,
        "dot xuat" or "bat thuong" or "giai quyet cong viec phat sinh dot xuat" or "urgent" => SessionKind.Urgent,
        _ => null,
    };

    private static DocumentType? TypeOf(string text)
    {
        var folded = VietnameseText.Fold(text);
        return Enum.GetValues<DocumentType>().Cast<DocumentType?>()
            .FirstOrDefault(t => VietnameseText.Fold(DocumentTypes.Name(t!.Value)) == folded || DocumentTypes.Code(t.Value) is { } c && VietnameseText.Fold(c) == folded
                                 || string.Equals(t.Value.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase));
    }
}
