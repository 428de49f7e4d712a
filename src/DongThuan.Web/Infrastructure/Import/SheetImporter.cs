using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Files;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace DongThuan.Web.Infrastructure.Import;

public static class SheetImportRefusals
{
    public static readonly Refusal NotXlsx = new("import-not-xlsx", "Chỉ nhận tệp Excel (.xlsx) theo mẫu.");
    public static readonly Refusal Columns = new("import-sheet-columns", "Tệp không đúng mẫu: thiếu cột bắt buộc của mẫu.");
    public static readonly Refusal TooManyRows = new("import-sheet-rows", "Tệp có quá 5.000 dòng; hãy chia thành nhiều tệp.");
    public static readonly Refusal Empty = new("import-sheet-empty", "Tệp không có dòng dữ liệu nào.");
}

/// <summary>
/// Runs a sheet of one kind for a council, as the petition import does (ADR 0009: MiniExcel reads it): every row is checked
/// by the kind's own use cases; the rows that pass are kept and those refused are listed with their reason; all of it is
/// one transaction, each row inside its own savepoint so a row refused half-way leaves nothing behind. A row already
/// imported is skipped, so running the same file again adds nothing. Files of this size (hundreds of rows, at most 5,000)
/// are run while the office waits; the report is the answer.
/// </summary>
public sealed class SheetImporter(DongThuanDb db, IEnumerable<ISheetImport> kinds)
{
    public const int MaxRows = 5000;

    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public IReadOnlyList<ISheetImport> Kinds { get; } = [.. kinds.OrderBy(k => k.Order).ThenBy(k => k.Kind, StringComparer.Ordinal)];

    public ISheetImport? Find(string? kind) => Kinds.FirstOrDefault(k => k.Kind == kind);

    /// <summary>A kind's template: the header row and one example row.</summary>
    public static byte[] Template(ISheetImport kind)
    {
        var example = kind.Columns.ToDictionary(c => c, c => kind.Example.GetValueOrDefault(c));
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, new[] { example });
        return stream.ToArray();
    }

    public async Task<(Outcome Outcome, ImportReport? Report)> RunAsync(ISheetImport kind, ImportContext context, byte[] bytes, CancellationToken ct)
    {
        var (inspected, type, _) = FileInspector.Inspect(bytes);
        if (!inspected.Succeeded || type != XlsxContentType)
        {
            return (inspected.Succeeded ? SheetImportRefusals.NotXlsx : inspected, null);
        }

        List<IDictionary<string, object?>> rows;
        using (var stream = new MemoryStream(bytes, writable: false))
        {
            rows = [.. MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().Take(MaxRows + 1)];
        }

        // Rows left blank at the end of a sheet are not rows.
        rows = [.. rows.Where(r => r.Values.Any(v => v is not null && (v is not string s || s.Trim().Length > 0)))];
        if (rows.Count == 0)
        {
            return (SheetImportRefusals.Empty, null);
        }

        if (rows.Count > MaxRows)
        {
            return (SheetImportRefusals.TooManyRows, null);
        }

        if (!kind.Required.All(rows[0].ContainsKey))
        {
            return (SheetImportRefusals.Columns, null);
        }

        var imported = 0;
        var skipped = 0;
        var rejected = new List<RowRefusal>();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = new ImportRow(i + 2, rows[i].AsReadOnly());
            var savepoint = $"row{row.Number}";
            await tx.CreateSavepointAsync(savepoint, ct);
            var queued = db.AfterCommitMark;
            var (result, refusal) = await kind.ImportAsync(context, row, ct);
            if (result == RowResult.Refused)
            {
                // Nothing of the row stays: not its rows, not the announcements or invitations it queued.
                await tx.RollbackToSavepointAsync(savepoint, ct);
                db.DropAfterCommitSince(queued);
                db.ChangeTracker.Clear();
                rejected.Add(new RowRefusal(row.Number, refusal?.Code ?? "", refusal?.Message ?? ""));
                continue;
            }

            await tx.ReleaseSavepointAsync(savepoint, ct);
            imported += result == RowResult.Imported ? 1 : 0;
            skipped += result == RowResult.Skipped ? 1 : 0;
        }

        await tx.CommitAsync(ct);
        return (Outcome.Done, new ImportReport(kind.Kind, context.FileName, rows.Count, imported, skipped, rejected));
    }
}

public static class SheetImports
{
    public static IServiceCollection AddSheetImport<T>(this IServiceCollection services) where T : class, ISheetImport =>
        services.AddScoped<ISheetImport, T>();
}
