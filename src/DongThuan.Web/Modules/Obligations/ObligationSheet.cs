using MiniExcel = MiniExcelLibs.MiniExcel;

namespace DongThuan.Web.Modules.Obligations;

/// <summary>
/// A list of obligations as an Excel sheet, one row each, with the columns the board shows and the days overdue, so an
/// office can file, sort or forward it. Written with MiniExcel, which the imports already use (ADR 0019).
/// </summary>
public static class ObligationSheet
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(IEnumerable<Obligation> obligations, ObligationCatalogue catalogue, OwnerNames names, DateOnly today)
    {
        var rows = obligations.Select(o =>
        {
            var status = o.StatusOn(today);
            var late = o.State == ObligationState.Open && o.DueOn < today ? today.DayNumber - o.DueOn.DayNumber : (int?)null;
            return new Dictionary<string, object?>
            {
                ["Việc"] = o.Subject, ["Loại việc"] = catalogue.NameOf(o.Kind), ["Cơ quan"] = names.Body(o.OwnerBodyId), ["Người chịu trách nhiệm"] = names.Person(o.OwnerPersonId) ?? "",
                ["Bắt đầu"] = o.StartedOn.ToString("dd/MM/yyyy"), ["Hạn"] = o.DueOn.ToString("dd/MM/yyyy"), ["Hoàn thành"] = o.FulfilledOn?.ToString("dd/MM/yyyy") ?? "",
                ["Tình trạng"] = ObligationNames.Of(status), ["Số ngày quá hạn"] = late,
            };
        }).ToList();
        if (rows.Count == 0)
        {
            // An empty list still has its header row, so the file says what it would hold.
            rows.Add(new Dictionary<string, object?> { ["Việc"] = "", ["Loại việc"] = "", ["Cơ quan"] = "", ["Người chịu trách nhiệm"] = "", ["Bắt đầu"] = "", ["Hạn"] = "", ["Hoàn thành"] = "", ["Tình trạng"] = "", ["Số ngày quá hạn"] = null });
        }

        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows);
        return stream.ToArray();
    }
}
