using DongThuan.Web.Infrastructure.OfficialDocuments;

namespace DongThuan.Web.Modules.Supervision;

/// <summary>The supervision missions list as an Excel sheet: the columns of the page, with the re-supervision mark.</summary>
public static class SupervisionSheet
{
    public const string ContentType = ListSheet.ContentType;

    public sealed record Line(SupervisionMission Mission, string ConductedBy, int Recommendations, int Completed);

    private static readonly string[] Columns = ["Nội dung giám sát", "Chủ thể giám sát", "Ngày thành lập đoàn", "Tái giám sát", "Tình trạng", "Số kiến nghị", "Kiến nghị đã hoàn thành"];

    public static byte[] Write(IEnumerable<Line> rows) =>
        ListSheet.Write(Columns, rows.Select(r => new object?[]
        {
            r.Mission.Subject, r.ConductedBy, r.Mission.FormedOn.ToString("dd/MM/yyyy"), r.Mission.IsReSupervision ? "Có" : "Không", SupervisionNames.Of(r.Mission.State),
            r.Recommendations, r.Completed,
        }));
}
