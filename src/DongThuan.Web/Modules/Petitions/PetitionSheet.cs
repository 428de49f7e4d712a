using DongThuan.Web.Infrastructure.OfficialDocuments;
using DongThuan.Web.Modules.Obligations;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>The petitions list as an Excel sheet: the columns of the page. No petitioner's name or contact: they stay apart (ADR on identity).</summary>
public static class PetitionSheet
{
    public const string ContentType = ListSheet.ContentType;

    public sealed record Line(ListedPetition Petition, string? Field, string? Agency, Obligation? Obligation);

    private static readonly string[] Columns = ["Mã", "Tiêu đề", "Loại", "Kênh", "Số cử tri", "Ngày tiếp nhận", "Lĩnh vực", "Cơ quan giải quyết", "Tình trạng", "Hạn", "Tình trạng hạn"];

    public static byte[] Write(IEnumerable<Line> rows, DateOnly today) =>
        ListSheet.Write(Columns, rows.Select(r => new object?[]
        {
            r.Petition.TrackingCode, r.Petition.Title, PetitionNames.Of(r.Petition.Kind), PetitionNames.Of(r.Petition.Channel), r.Petition.Voters,
            r.Petition.ReceivedOn.ToString("dd/MM/yyyy"), r.Field ?? "", r.Agency ?? "", PetitionNames.Of(r.Petition.State), r.Obligation?.DueOn.ToString("dd/MM/yyyy") ?? "",
            r.Obligation is { } o ? ObligationNames.Of(o.StatusOn(today)) : "",
        }));
}
