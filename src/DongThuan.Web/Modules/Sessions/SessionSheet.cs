using DongThuan.Web.Infrastructure.OfficialDocuments;

namespace DongThuan.Web.Modules.Sessions;

/// <summary>The sessions list as an Excel sheet: the columns of the page, with the venue and whether the session is public.</summary>
public static class SessionSheet
{
    public const string ContentType = ListSheet.ContentType;

    public sealed record Line(Session Session, string Council, int Documents);

    private static readonly string[] Columns = ["Kỳ họp", "Hội đồng nhân dân", "Loại", "Khai mạc", "Bế mạc", "Địa điểm", "Công khai", "Tình trạng", "Văn bản"];

    public static byte[] Write(IEnumerable<Line> rows, DateOnly today) =>
        ListSheet.Write(Columns, rows.Select(r => new object?[]
        {
            r.Session.Label, r.Council, r.Session.KindName, r.Session.StartsOn.ToString("dd/MM/yyyy"), r.Session.EndsOn.ToString("dd/MM/yyyy"), r.Session.Venue,
            r.Session.IsPublic ? "Có" : "Không", r.Session.StatusOn(today), r.Documents,
        }));
}
