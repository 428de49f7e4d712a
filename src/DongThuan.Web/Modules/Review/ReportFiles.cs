using DongThuan.Web.Infrastructure.OfficialDocuments;
using DongThuan.Web.Modules.Organisation;
using MiniExcelLibs;

namespace DongThuan.Web.Modules.Review;

/// <summary>The year-end report as an official document (for DOCX and PDF) and its tables as a workbook.</summary>
public static class ReportFiles
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string[] Numerals = ["I", "II", "III", "IV", "V", "VI"];

    /// <summary>The download's name without its extension.</summary>
    public static string FileName(AnnualReviewContent c) => $"bao-cao-nam-{c.Year}-{c.Draft.Number:00}-BC-HDND";

    public static OfficialDocument ToDocument(AnnualReviewContent c, CouncilLetterhead letterhead)
    {
        var body = new List<Block>();
        body.AddRange(Paragraphs(c.Draft.Opening));
        body.Add(new Heading($"{Numerals[0]}. KẾT QUẢ HOẠT ĐỘNG NĂM {c.Year}"));
        var parts = ReportProse.Of(c);
        if (parts.Count == 0)
        {
            body.Add(new Paragraph(ReportProse.Nothing(c)));
        }

        for (var i = 0; i < parts.Count; i++)
        {
            body.Add(new Heading($"{i + 1}. {parts[i].Title}"));
            body.AddRange(parts[i].Sentences.Select(s => new Paragraph(s)));
            if (parts[i].Table is { } table)
            {
                body.Add(table);
            }
        }

        body.Add(new Heading($"{Numerals[1]}. ĐÁNH GIÁ CHUNG"));
        body.AddRange(Paragraphs(c.Draft.Assessment));
        body.Add(new Heading($"{Numerals[2]}. HẠN CHẾ"));
        // Each limitation is already a sentence naming the agencies and counts; the records behind it are on the page, not in the letter.
        body.AddRange(c.Limitations.Count == 0
            ? [new Paragraph("Trong năm, các số liệu theo dõi không ghi nhận việc trễ hạn, chưa thực hiện hoặc chưa đạt yêu cầu.")]
            : c.Limitations.Select(l => new Paragraph(l.Text)));
        body.Add(new Heading($"{Numerals[3]}. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM {c.Year + 1}"));
        body.AddRange(Paragraphs(c.Draft.Directions));

        return new OfficialDocument
        {
            Issuer = letterhead.Issuer,
            NumberLine = OfficialNumbers.NumberLine(c.Draft.Number, "BC", "HĐND"),
            Place = letterhead.Place,
            Date = c.Draft.IssuedOn,
            TypeName = "BÁO CÁO",
            Summary = $"Kết quả hoạt động năm {c.Year} của {c.Council.Name}",
            Body = body,
            Recipients = c.Draft.RecipientLines(),
            // The signer's name is the draft's (the office may correct it); the block's words are the council's one form.
            Signers = [letterhead.Signer with { Name = c.Draft.SignerName }],
        };
    }

    /// <summary>Two sheets: every figure with its code and meaning, and the limitations.</summary>
    public static byte[] ToWorkbook(AnnualReviewContent c)
    {
        var figures = c.Sections.SelectMany(s => s.Lines.Select(l => new Dictionary<string, object?>
        {
            ["Mục"] = s.Title,
            ["Nội dung"] = (l.IsSlice ? "– " : "") + l.Label,
            ["Số bản ghi"] = l.Count,
            ["Giá trị"] = c.Figures[l.Code].Statistic.Measure == Statistics.Measure.Count || l.IsSlice ? l.Count : c.Figures[l.Code].Value,
            ["Mã chỉ tiêu"] = l.Code,
            ["Nhóm"] = l.Key,
            ["Định nghĩa"] = l.IsSlice ? null : c.Figures[l.Code].Statistic.Meaning,
        })).ToList();
        var limits = c.Limitations.Select(l => new Dictionary<string, object?>
        {
            ["Hạn chế"] = l.Text, ["Số lượng"] = l.Count, ["Mã chỉ tiêu"] = l.Code, ["Nêu cụ thể"] = string.Join("; ", l.Items),
        }).ToList();
        if (limits.Count == 0)
        {
            limits.Add(new() { ["Hạn chế"] = "Không có", ["Số lượng"] = 0, ["Mã chỉ tiêu"] = null, ["Nêu cụ thể"] = null });
        }

        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object> { ["Số liệu"] = figures, ["Hạn chế"] = limits });
        return stream.ToArray();
    }

    private static IEnumerable<Paragraph> Paragraphs(string text) =>
        text.Replace("\r", "", StringComparison.Ordinal).Split("\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => new Paragraph(p));
}
