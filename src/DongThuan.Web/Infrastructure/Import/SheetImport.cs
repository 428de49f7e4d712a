using System.Globalization;
using System.Security.Claims;
using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Infrastructure.Import;

/// <summary>
/// One kind of record a council office brings in from a spreadsheet (people and positions, sessions and documents, group
/// opinions, questions): its template and how one row becomes records, through the same use cases as the pages. Each
/// module registers its own (<see cref="SheetImports.AddSheetImport{T}"/>); <see cref="SheetImporter"/> runs them all alike.
/// </summary>
public interface ISheetImport
{
    /// <summary>The kind's name in addresses ("people").</summary>
    string Kind { get; }

    /// <summary>What it brings in, in Vietnamese (the resource key of its English name).</summary>
    string Title { get; }

    /// <summary>Its place on the page: a kind comes after those its rows name (sessions and questions name people).</summary>
    int Order { get; }

    /// <summary>The template's columns, in order; the required ones are listed in <see cref="Required"/>.</summary>
    IReadOnlyList<string> Columns { get; }

    IReadOnlyList<string> Required { get; }

    /// <summary>One filled-in row for the template, so the office sees the expected forms (dates as dd/MM/yyyy).</summary>
    IReadOnlyDictionary<string, object?> Example { get; }

    /// <summary>
    /// Brings in one row for <paramref name="context"/>'s council: <see cref="RowResult.Imported"/>, <see cref="RowResult.Skipped"/>
    /// when everything it describes is already there (so a file can be run again), or a refusal. A refused row may
    /// have saved part of itself: the importer rolls the row back.
    /// </summary>
    Task<(RowResult Result, Refusal? Refusal)> ImportAsync(ImportContext context, ImportRow row, CancellationToken ct);
}

public enum RowResult
{
    Imported = 1,
    Skipped = 2,
    Refused = 3,
}

/// <summary>Who imports, for which council, on which day.</summary>
public sealed record ImportContext(ClaimsPrincipal User, Guid CouncilId, Guid UnitId, DateOnly Today, string FileName);

/// <summary>A rejected row: its number in the sheet (the header is row 1), the refusal's code, and why.</summary>
public sealed record RowRefusal(int Row, string Code, string Reason);

/// <summary>What an import did: every row is imported, skipped as already there, or rejected with its reason.</summary>
public sealed record ImportReport(string Kind, string FileName, int Total, int Imported, int Skipped, IReadOnlyList<RowRefusal> Rejected);

/// <summary>One row of a sheet, read as text, with the readers every kind shares.</summary>
public sealed class ImportRow(int number, IReadOnlyDictionary<string, object?> cells)
{
    public static readonly Refusal DateForm = new("import-row-date", "Ngày không đúng dạng dd/MM/yyyy.");

    private static readonly string[] DateForms = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    public int Number => number;

    /// <summary>The cell as trimmed text; null when empty or absent.</summary>
    public string? Text(string column) =>
        cells.TryGetValue(column, out var v) && v is not null && Convert.ToString(v, CultureInfo.InvariantCulture) is { } s && s.Trim().Length > 0 ? s.Trim() : null;

    /// <summary>A date cell, as Excel stores it or written dd/MM/yyyy; <c>Ok</c> is false when something is there but is no date.</summary>
    public (bool Ok, DateOnly? Value) Date(string column)
    {
        if (!cells.TryGetValue(column, out var v) || v is null || v is string { Length: 0 } || (v is string blank && blank.Trim().Length == 0))
        {
            return (true, null);
        }

        return v switch
        {
            DateTime dt => (true, DateOnly.FromDateTime(dt)),
            double serial when serial is > 0 and < 2958466 => (true, DateOnly.FromDateTime(DateTime.FromOADate(serial))),
            string s when DateOnly.TryParseExact(s.Trim(), DateForms, CultureInfo.InvariantCulture, DateTimeStyles.None, out var x) => (true, x),
            _ => (false, null),
        };
    }

    /// <summary>A whole number cell; <c>Ok</c> is false when something is there but is no number.</summary>
    public (bool Ok, int? Value) WholeNumber(string column) =>
        Text(column) is not { } text ? (true, null)
        : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? (true, n)
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d) && Math.Abs(d) < int.MaxValue ? (true, (int)d)
        : (false, null);
}
