using System.Net;

namespace DongThuan.Tests.Harness;

/// <summary>Reads a work list downloaded as XLSX: one dictionary per row, keyed by the header row's column names.</summary>
public static class Sheets
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<List<IDictionary<string, object?>>> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ContentType, response.Content.Headers.ContentType?.MediaType);
        return [.. MiniExcelLibs.MiniExcel.Query(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), useHeaderRow: true).Cast<IDictionary<string, object?>>()];
    }
}
