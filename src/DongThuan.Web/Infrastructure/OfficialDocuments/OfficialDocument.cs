using System.Globalization;

namespace DongThuan.Web.Infrastructure.OfficialDocuments;

/// <summary>
/// An administrative document laid out as Decree 30/2020/NĐ-CP (Appendix I) prescribes, independent of
/// the file format: the issuer block and number on the left, the national motto and the place and date on
/// the right, the type name and summary, the body, then the recipients and the signature. One model, two
/// writers (<see cref="DocxWriter"/>, <see cref="PdfWriter"/>), so the Word file and the PDF never differ in content.
/// </summary>
public sealed record OfficialDocument
{
    public const string Motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    public const string Slogan = "Độc lập - Tự do - Hạnh phúc";

    /// <summary>The body above the issuer, if any ("HĐND QUẬN CẦU GIẤY" above "THƯỜNG TRỰC"): not bold.</summary>
    public string? ParentIssuer { get; init; }

    /// <summary>The issuing body in capitals ("HỘI ĐỒNG NHÂN DÂN QUẬN CẦU GIẤY").</summary>
    public required string Issuer { get; init; }

    /// <summary>"Số: 12/BC-HĐND"; see <see cref="OfficialNumbers.NumberLine"/>.</summary>
    public required string NumberLine { get; init; }

    /// <summary>The official name of the administrative unit of the issuer's seat ("Cầu Giấy").</summary>
    public required string Place { get; init; }

    public required DateOnly Date { get; init; }

    /// <summary>The type name in capitals ("BÁO CÁO"); null for an official letter (công văn), which has none.</summary>
    public string? TypeName { get; init; }

    /// <summary>The summary (trích yếu): under the type name in bold, or after "V/v" for a letter.</summary>
    public required string Summary { get; init; }

    /// <summary>"Kính gửi" lines of a letter, report or proposal addressed to a body.</summary>
    public IReadOnlyList<string> Addressees { get; init; } = [];

    public IReadOnlyList<Block> Body { get; init; } = [];

    /// <summary>The "Nơi nhận" entries; the record-keeping line ("Lưu: VT, …") goes last.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>Who signs: one signer beside the recipients, or several (a joint programme) side by side above them.</summary>
    public required IReadOnlyList<Signer> Signers { get; init; }

    /// <summary>A draft whose number the clerk gives when it is issued: "Số:      /HĐND-VP".</summary>
    public static string UnnumberedLine(string? typeCode, string issuerCode) =>
        "Số:\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0/" + (typeCode is null ? issuerCode : typeCode + "-" + issuerCode);

    /// <summary>The place and date line: "Cầu Giấy, ngày 06 tháng 01 năm 2023".</summary>
    public string DateLine => OfficialDates.PlaceAndDate(Place, Date);
}

/// <summary>
/// A signature block: the authority prefix ("TM. THƯỜNG TRỰC HĐND", "KT. CHỦ TỊCH"; none when signing in one's
/// own right), the title ("CHỦ TỊCH") and the name, all bold capitals but the name.
/// </summary>
public sealed record Signer(string? Authority, string Title, string Name);

/// <summary>A piece of a document's body, in order.</summary>
public abstract record Block;

/// <summary>A heading ("I. KẾT QUẢ HOẠT ĐỘNG"): bold, not indented.</summary>
public sealed record Heading(string Text) : Block;

/// <summary>A body paragraph: justified, first line indented.</summary>
public sealed record Paragraph(string Text, bool Italic = false) : Block;

/// <summary>
/// A table with a header row. By default the first column is text and takes 55% of the width, the others (usually
/// numbers) share the rest; <paramref name="Shares"/> gives each column its relative width instead, and
/// <paramref name="TextColumn"/> the one column aligned left (a numbered list: "STT" first, the text second).
/// </summary>
public sealed record Table(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<int>? Shares = null, int TextColumn = 0) : Block
{
    /// <summary>Each column's fraction of the text width, the same in the Word and the PDF writer.</summary>
    public IReadOnlyList<double> Fractions()
    {
        var columns = Header.Count;
        if (Shares is { Count: > 0 } shares && shares.Count == columns)
        {
            double total = shares.Sum();
            return [.. shares.Select(s => s / total)];
        }

        return columns == 1 ? [1.0] : [.. Enumerable.Range(0, columns).Select(i => i == 0 ? 0.55 : 0.45 / (columns - 1))];
    }

    public bool IsTextColumn(int index) => index == TextColumn;
}

public static class OfficialDates
{
    /// <summary>
    /// "Cầu Giấy, ngày 06 tháng 01 năm 2023" but "ngày 15 tháng 3 năm 2023": the day is padded below 10, the
    /// month only for January and February (so "tháng 1" cannot be read as "tháng 10"–"tháng 12" altered).
    /// </summary>
    public static string PlaceAndDate(string place, DateOnly date) => $"{place}, {DateText(date)}";

    public static string DateText(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"ngày {date.Day:00} tháng {(date.Month <= 2 ? date.Month.ToString("00", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture))} năm {date.Year}");
}

public static class OfficialNumbers
{
    /// <summary>"12/BC-HĐND": the number padded below 10, the type code and the issuer, no spaces; a letter has no type code ("05/HĐND-VP").</summary>
    public static string Symbol(int number, string? typeCode, string issuerCode) => typeCode is null
        ? $"{number.ToString("00", CultureInfo.InvariantCulture)}/{issuerCode}"
        : $"{number.ToString("00", CultureInfo.InvariantCulture)}/{typeCode}-{issuerCode}";

    public static string NumberLine(int number, string? typeCode, string issuerCode) => "Số: " + Symbol(number, typeCode, issuerCode);
}
