using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.OfficialDocuments;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Questions;

/// <summary>
/// The standing committee's letter (công văn) sending a delegate's question to the official who must answer
/// it, with the question, the answer's due date and the parts the answer must contain. A letter has no type
/// name, its summary follows "V/v", and the clerk numbers it when it is issued, so the draft's number is blank.
/// </summary>
public static class ForwardingLetter
{
    public static async Task<OfficialDocument?> DraftAsync(DongThuanDb db, Question q, CancellationToken ct)
    {
        if (q.RespondentName is null || q.ForwardedOn is not { } forwardedOn)
        {
            return null;
        }

        var council = await db.Set<Body>().AsNoTracking().SingleAsync(b => b.Id == q.CouncilId, ct);
        var letterhead = (await CouncilLetterhead.OfAsync(db, council.Id, forwardedOn, ct))!;
        var asker = await db.Set<Person>().AsNoTracking().Where(p => p.Id == q.AskedByPersonId).Select(p => p.FullName).SingleOrDefaultAsync(ct) ?? "";
        var due = (await db.ObligationAsync(q.ObligationId, ct))?.OriginalDueOn;
        return letterhead.Apply(new OfficialDocument
        {
            Issuer = letterhead.Issuer,
            NumberLine = OfficialDocument.UnnumberedLine(null, "HĐND-VP"),
            Place = letterhead.Place,
            Date = forwardedOn,
            Summary = "chuyển chất vấn của đại biểu HĐND",
            Addressees = [q.RespondentName],
            Body =
            [
                new Paragraph($"Ngày {q.SubmittedOn:dd/MM/yyyy}, Thường trực {council.Name} nhận được chất vấn của đại biểu {asker} về “{q.Title}”, với nội dung:"),
                new Paragraph(q.Content, Italic: true),
                new Paragraph($"Thực hiện Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân, Thường trực {council.Name} chuyển chất vấn nêu trên đến {q.RespondentName} "
                    + (due is { } d ? $"để trả lời bằng văn bản, gửi đại biểu và Thường trực HĐND chậm nhất ngày {d:dd/MM/yyyy}." : "để trả lời bằng văn bản, gửi đại biểu và Thường trực HĐND trong thời hạn luật định.")),
                new Paragraph("Nội dung trả lời cần nêu rõ thực trạng, nguyên nhân, trách nhiệm của cơ quan, cá nhân có liên quan, biện pháp khắc phục và thời hạn thực hiện."),
            ],
            Recipients = [.. new[] { q.RespondentName, "Đại biểu " + asker, "Lưu: VT" }.Where(r => r.Trim().Length > 0)],
            Signers = [letterhead.Signer],
        });
    }
}
