using DongThuan.Web.Infrastructure.OfficialDocuments;
using DongThuan.Web.Modules.Obligations;

namespace DongThuan.Web.Modules.Coordination;

/// <summary>A programme's tasks as an Excel sheet: the columns of the page, with the due date and the state of its obligation.</summary>
public static class TaskSheet
{
    public const string ContentType = ListSheet.ContentType;

    public sealed record Line(CoordinationTask Task, string Lead, IReadOnlyList<string> Supporting, string? Person, ObligationStatus? Status);

    private static readonly string[] Columns = ["Phần", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian", "Hạn", "Sản phẩm", "Người phụ trách", "Tình trạng", "Tình trạng hạn"];

    public static byte[] Write(IEnumerable<Line> rows) =>
        ListSheet.Write(Columns, rows.Select(r => new object?[]
        {
            r.Task.Section, r.Task.Title, r.Lead, string.Join("; ", r.Supporting), r.Task.Frame.Label, r.Task.DueOn.ToString("dd/MM/yyyy"), r.Task.ExpectedOutput, r.Person ?? "",
            r.Task.Evaluation is { } e ? CoordinationNames.Of(e) : CoordinationNames.Of(r.Task.State), r.Status is { } s ? ObligationNames.Of(s) : "",
        }));
}
