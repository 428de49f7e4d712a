using System.Globalization;
using System.Text;
using System.Text.Json;
using DongThuan.Web.Infrastructure.Database;
using MiniExcelLibs;

namespace DongThuan.Web.Modules.OpenData;

/// <summary>
/// <c>GET /du-lieu-mo/{councilId}/{year}/{dataset}.{csv|json}</c>: one year of one dataset of one council. CSV is RFC 4180
/// in UTF-8 with a byte-order mark (so a spreadsheet opens the Vietnamese letters right), one header row of the column
/// names; JSON carries the same rows with the dataset's title, the council, the licence and the last change.
/// </summary>
public static class DownloadDataset
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    public static async Task<IResult> GetAsync(Guid councilId, int year, string dataset, string format, HttpRequest request, DongThuanDb db, Microsoft.Extensions.Configuration.IConfiguration settings,
        CancellationToken ct)
    {
        if (format is not ("csv" or "json") || OpenDatasets.Find(dataset) is not { } found || year is < 1945 or > 9999
            || await OpenDataCatalogue.CouncilAsync(db, councilId, ct) is not { } council)
        {
            return Results.NotFound();
        }

        var site = $"{request.Scheme}://{request.Host}";
        var table = await found.TableAsync(db, council, year, site, ct);
        var fileName = $"{found.Key}-{year}-{Popolo.Divisions.Slug(council.Name)}.{format}";
        if (format == "csv")
        {
            if (table.Rows.Count == 0)
            {
                // An empty year still has its header row: a reader sees the columns it would have.
                return Results.File(HeaderOnly(table.Columns), "text/csv; charset=utf-8", fileName);
            }

            using var buffer = new MemoryStream();
            buffer.Write(Encoding.UTF8.Preamble);
            var rows = table.Rows.Select(r => table.Columns.Select((c, i) => (c, Text(r[i]))).ToDictionary(x => x.c, x => (object)x.Item2));
            MiniExcel.SaveAs(buffer, rows, excelType: ExcelType.CSV);
            return Results.File(buffer.ToArray(), "text/csv; charset=utf-8", fileName);
        }

        var licence = OpenDataCatalogue.LicenceOf(settings);
        var lastChange = await OpenDataCatalogue.LastChangeAsync(db, found, table, ct);
        var document = new Dictionary<string, object?>
        {
            ["dataset"] = found.Key,
            ["title"] = found.Title,
            ["description"] = found.Description,
            ["council"] = new { id = council.Id, name = council.Name },
            ["year"] = year,
            ["licence"] = new { name = licence.Name, url = licence.Url },
            ["last_modified"] = lastChange is { } at ? Open311.GeoReportOutput.Time(at) : null,
            ["source"] = $"{site}/du-lieu-mo?council={council.Id:D}",
            ["columns"] = table.Columns,
            ["records"] = table.Rows.Select(r => table.Columns.Select((c, i) => (c, Value(r[i]))).ToDictionary(x => x.c, x => x.Item2)),
        };
        return Results.File(JsonSerializer.SerializeToUtf8Bytes(document, Json), "application/json; charset=utf-8", fileName);
    }

    private static byte[] HeaderOnly(IReadOnlyList<string> columns) => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(string.Join(',', columns) + "\r\n")];

    private static string Text(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static object? Value(object? value) => value switch
    {
        "" => null,
        Guid g => g.ToString("D"),
        _ => value,
    };
}
