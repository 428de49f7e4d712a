using DongThuan.Web.Infrastructure.OfficialDocuments;
using MiniExcelLibs;

namespace DongThuan.Web.Modules.Review;

/// <summary>The year-end report as an official document (for DOCX and PDF) and its tables as a workbook.</summary>
public static class ReportFiles
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string[] Numerals = ["I", "II", "III", "IV", "V", "VI"];

    /// <summary>The download's name without its extension.</summary>
    public static string FileName(AnnualReviewContent c) => $"bao-cao-nam-{c.Year}-{c.Draft.Number:00}-BC-HDND";

    public static OfficialDocument ToDocument(AnnualReviewContent c)
    {
        var body = new List<Block>();
        body.AddRange(Paragraphs(c.Draft.Opening));
        body.Add(new Heading($"{Numerals[0]}. KẾT QUẢ HOẠT ĐỘNG NĂM {c.Year}"));
        for (var i = 0; i < c.Sections.Count; i++)
        {
            body.Add(new Heading($"{i + 1}. {c.Sections[i].Title}"));
            body.Add(new Table(["Nội dung", "Số liệu"], [.. c.Sections[i].Lines.Select(l => (IReadOnlyList<string>)[(l.IsSlice ? "– " : "") + l.Label, l.Value])]));
        }

        body.Add(new Heading($"{Numerals[1]}. ĐÁNH GIÁ CHUNG"));
        body.AddRange(Paragraphs(c.Draft.Assessment));
        body.Add(new Heading($"{Numerals[2]}. HẠN CHẾ"));
        if (c.Limitations.Count == 0)
        {
            body.Add(new Paragraph("Trong năm, các số liệu theo dõi không ghi nhận việc trễ hạn, chưa thực hiện hoặc chưa đạt yêu cầu."));
        }

        body.AddRange(c.Limitations.Select(l => new Paragraph("- " + l.Text + (l.Items.Count > 0 ? " Cụ thể: " + string.Join("; ", l.Items.Select(i => i.TrimEnd('.', ' '))) + (l.Count > l.Items.Count ? "; …" : "") + "." : ""))));
        body.Add(new Heading($"{Numerals[3]}. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM {c.Year + 1}"));
        body.AddRange(Paragraphs(c.Draft.Directions));

        return new OfficialDocument
        {
            Issuer = Expand(c.Council.Name),
            NumberLine = OfficialNumbers.NumberLine(c.Draft.Number, "BC", "HĐND"),
            Place = c.Unit.PlaceName,
            Date = c.Draft.IssuedOn,
            TypeName = "BÁO CÁO",
            Summary = $"Kết quả hoạt động năm {c.Year} của {c.Council.Name}",
            Body = body,
            Recipients = c.Draft.RecipientLines(),
            Signers = [new Signer("TM. THƯỜNG TRỰC HĐND", "CHỦ TỊCH", c.Draft.SignerName)],
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

    /// <summary>"HĐND quận Cầu Giấy" → "HỘI ĐỒNG NHÂN DÂN QUẬN CẦU GIẤY": the issuer is written out in the header.</summary>
    public static string Expand(string name) => Organisation.Body.WrittenOut(name).ToUpper(AnnualReview.Vietnamese);

    private static IEnumerable<Paragraph> Paragraphs(string text) =>
        text.Replace("\r", "", StringComparison.Ordinal).Split("\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => new Paragraph(p));
}
