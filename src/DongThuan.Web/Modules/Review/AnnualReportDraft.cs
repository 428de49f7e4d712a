using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Organisation;

namespace DongThuan.Web.Modules.Review;

/// <summary>
/// The parts of a council's year-end report that people write: the number and date it is issued under, the
/// opening, the overall assessment and the directions for next year, the recipients and the signer. The
/// figures and the limitations are never stored here: they are computed from the records each time, so the
/// report cannot drift from them.
/// </summary>
public sealed class AnnualReportDraft : Entity, IUnitOwned
{
    public const int TextLimit = 20_000;

    public Guid UnitId { get; private set; }

    public Guid CouncilId { get; private set; }

    public int Year { get; private set; }

    public int Number { get; private set; }

    public DateOnly IssuedOn { get; private set; }

    public string Opening { get; private set; } = "";

    public string Assessment { get; private set; } = "";

    public string Directions { get; private set; } = "";

    /// <summary>"Nơi nhận" entries, one per line; "Lưu: VT" is added if missing.</summary>
    public string Recipients { get; private set; } = "";

    public string SignerName { get; private set; } = "";

    public string? UpdatedBy { get; private set; }

    public DateTimeOffset? UpdatedAt { get; private set; }

    private AnnualReportDraft()
    {
    }

    /// <summary>
    /// The draft before anyone has written: issued early in the next year, sent to the usual recipients of a council of the
    /// unit's tier: the council above (or the National Assembly's Standing Committee for a province), the unit's Party
    /// committee, its people's committee, its Front and the council's delegates.
    /// </summary>
    public static AnnualReportDraft Default(Unit unit, Unit? parent, Guid councilId, int year, int number, string councilName, string signerName) => new()
    {
        UnitId = unit.Id, CouncilId = councilId, Year = year, Number = number, IssuedOn = new DateOnly(year + 1, 1, 6), SignerName = signerName,
        Opening = $"Thực hiện Luật Tổ chức chính quyền địa phương và Luật Hoạt động giám sát của Quốc hội và HĐND, Thường trực {councilName} báo cáo kết quả hoạt động năm {year} như sau.",
        Assessment = $"Năm {year}, hoạt động của {councilName} tiếp tục được đổi mới, bám sát nhiệm vụ chính trị của địa phương; các kỳ họp được chuẩn bị chu đáo, hoạt động giám sát, chất vấn và tiếp xúc cử tri được duy trì thường xuyên.",
        Directions = $"Năm {year + 1}, tiếp tục nâng cao chất lượng kỳ họp, hoạt động giám sát và chất vấn; theo dõi, đôn đốc việc thực hiện các kiến nghị sau giám sát và giải quyết kiến nghị của cử tri; tăng cường phối hợp với UBND và Ủy ban MTTQ.",
        Recipients = string.Join('\n', RecipientsOf(unit, parent)),
    };

    private static IEnumerable<string> RecipientsOf(Unit unit, Unit? parent)
    {
        var tier = UnitTiers.TierOf(unit);
        yield return parent is null ? "Ủy ban Thường vụ Quốc hội" : $"Thường trực HĐND {UnitTiers.TierOf(parent)}";
        yield return $"Thường trực {UnitTiers.PartyCommitteeOf(unit)}";
        yield return $"UBND {tier}";
        yield return $"Ủy ban MTTQ Việt Nam {tier}";
        yield return $"Các đại biểu HĐND {tier}";
        yield return "Lưu: VT";
    }

    public Outcome Edit(int number, DateOnly issuedOn, string opening, string assessment, string directions, string recipients, string signerName, string by, DateTimeOffset at)
    {
        if (number is < 1 or > 9999)
        {
            return ReviewRefusals.Number;
        }

        if (issuedOn.Year < Year)
        {
            return ReviewRefusals.IssuedBeforeYearEnd;
        }

        if (string.IsNullOrWhiteSpace(signerName))
        {
            return ReviewRefusals.Signer;
        }

        if (new[] { opening, assessment, directions, recipients }.Any(t => (t ?? "").Length > TextLimit))
        {
            return ReviewRefusals.TooLong;
        }

        Number = number;
        IssuedOn = issuedOn;
        Opening = (opening ?? "").Trim();
        Assessment = (assessment ?? "").Trim();
        Directions = (directions ?? "").Trim();
        Recipients = (recipients ?? "").Trim();
        SignerName = signerName.Trim();
        UpdatedBy = by;
        UpdatedAt = at;
        return Outcome.Done;
    }

    /// <summary>The recipients as listed, with the record-keeping line last as the decree requires.</summary>
    public IReadOnlyList<string> RecipientLines()
    {
        var lines = Recipients.Split('\n').Select(l => l.Trim().TrimStart('-', ' ').TrimEnd(';', '.')).Where(l => l.Length > 0).ToList();
        var keep = lines.FirstOrDefault(l => l.StartsWith("Lưu", StringComparison.OrdinalIgnoreCase)) ?? "Lưu: VT";
        return [.. lines.Where(l => !l.StartsWith("Lưu", StringComparison.OrdinalIgnoreCase)), keep];
    }
}

public static class ReviewRefusals
{
    public static readonly Refusal Number = new("review-number", "Số văn bản phải từ 1 đến 9999.");
    public static readonly Refusal IssuedBeforeYearEnd = new("review-issued", "Báo cáo năm không thể ban hành trước năm được báo cáo.");
    public static readonly Refusal Signer = new("review-signer", "Vui lòng nhập họ tên người ký.");
    public static readonly Refusal TooLong = new("review-too-long", "Mỗi phần nội dung không quá 20.000 ký tự.");
}
