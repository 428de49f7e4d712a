using DongThuan.Web.Infrastructure.OfficialDocuments;

namespace DongThuan.Web.Modules.Supervision;

/// <summary>
/// The report of a supervision mission (báo cáo kết quả giám sát), drafted from the mission's record: scope,
/// bodies supervised and team; findings; conclusion; the recommendations with who must act and by when.
/// The clerk numbers it when it is issued; the body that conducted the mission signs it.
/// </summary>
public static class SupervisionReport
{
    /// <summary>A recommendation as the report lists it: the task, the agency and person who owe it, by when.</summary>
    public sealed record Recommended(string Task, string Agency, string Person, DateOnly DueOn);

    /// <summary>What the report is made of, read by the mission's page.</summary>
    public sealed record Facts(SupervisionMission Mission, string ConductedBy, IReadOnlyList<string> Targets, IReadOnlyList<Recommended> Recommendations, DateOnly Today);

    public static OfficialDocument Draft(Facts page, Organisation.CouncilLetterhead letterhead) => letterhead.Apply(new()
    {
        Issuer = letterhead.Issuer,
        NumberLine = OfficialDocument.UnnumberedLine("BC", "HĐND"),
        Place = letterhead.Place,
        Date = page.Mission.ReportedOn ?? page.Today,
        TypeName = "BÁO CÁO",
        Summary = "Kết quả giám sát " + LowerFirst(page.Mission.Subject),
        Body =
        [
            new Heading("I. PHẠM VI, ĐỐI TƯỢNG VÀ THÀNH PHẦN GIÁM SÁT"),
            new Paragraph(page.Mission.Scope),
            new Paragraph("Cơ quan chịu sự giám sát: " + string.Join("; ", page.Targets) + "."),
            new Paragraph("Thành phần đoàn giám sát: " + page.Mission.Members),
            new Heading("II. KẾT QUẢ GIÁM SÁT"),
            new Paragraph(page.Mission.Findings ?? "Đoàn giám sát chưa ghi nhận kết quả."),
            new Heading("III. KẾT LUẬN"),
            new Paragraph(page.Mission.Conclusion ?? "Chưa có kết luận."),
            new Heading("IV. KIẾN NGHỊ"),
            page.Recommendations.Count == 0
                ? new Paragraph("Không có kiến nghị.")
                : new Table(["Kiến nghị", "Cơ quan thực hiện", "Người chịu trách nhiệm", "Thời hạn"],
                    [.. page.Recommendations.Select(r => (IReadOnlyList<string>)[r.Task, r.Agency, r.Person, r.DueOn.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)])]),
        ],
        Recipients = [.. page.Targets, "Thường trực HĐND", "Lưu: VT"],
        Signers = [letterhead.Signer],
    });

    private static string LowerFirst(string s) => s.Length == 0 ? s : char.ToLower(s[0], System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + s[1..];
}
