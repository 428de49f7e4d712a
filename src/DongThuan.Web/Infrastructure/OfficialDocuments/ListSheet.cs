using MiniExcel = MiniExcelLibs.MiniExcel;

namespace DongThuan.Web.Infrastructure.OfficialDocuments;

/// <summary>
/// A work list as an Excel sheet: a header row of the list's columns, then one row per item, so an office can file,
/// sort or forward what it sees on screen. Written with MiniExcel, which the imports already use (ADR 0019).
/// </summary>
public static class ListSheet
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Each row holds one value per column, in the columns' order; an empty list still has its header row.</summary>
    public static byte[] Write(IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        var lines = rows.Select(values =>
        {
            if (values.Length != columns.Count)
            {
                throw new ArgumentException($"A row has {values.Length} values for {columns.Count} columns.", nameof(rows));
            }

            var line = new Dictionary<string, object?>(columns.Count);
            for (var i = 0; i < columns.Count; i++)
            {
                line[columns[i]] = values[i];
            }

            return line;
        }).ToList();
        if (lines.Count == 0)
        {
            lines.Add(columns.ToDictionary(c => c, _ => (object?)""));
        }

        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, lines);
        return stream.ToArray();
    }
}
