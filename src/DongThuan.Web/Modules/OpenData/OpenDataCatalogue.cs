using DongThuan.Web.Infrastructure.Audit;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.OpenData;

/// <summary>
/// What is published for a council: each dataset's years, how many rows each holds and when its records last changed
/// (the newest audit entry of the records in it). The list page, the feed and the sitemap read the same catalogue.
/// </summary>
public static class OpenDataCatalogue
{
    public sealed record Entry(Body Council, IOpenDataset Dataset, int Year, int Rows, DateTimeOffset? LastChange);

    /// <summary>The licence stated on the page, in every JSON file and in the README; a council may name another in settings.</summary>
    public sealed record Licence(string Name, string Url);

    public static Licence LicenceOf(IConfiguration settings) => new(
        settings["OpenData:Licence:Name"] ?? "Creative Commons Attribution 4.0 International (CC BY 4.0)",
        settings["OpenData:Licence:Url"] ?? "https://creativecommons.org/licenses/by/4.0/");

    public static async Task<IReadOnlyList<Body>> CouncilsAsync(DongThuanDb db, CancellationToken ct) =>
        [.. (await db.Councils.AsNoTracking().ToListAsync(ct)).OrderBy(b => b.Name, StringComparer.Ordinal)];

    public static async Task<Body?> CouncilAsync(DongThuanDb db, Guid id, CancellationToken ct) =>
        await db.Councils.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, ct);

    public static async Task<IReadOnlyList<Entry>> EntriesAsync(DongThuanDb db, Body council, string site, CancellationToken ct)
    {
        var entries = new List<Entry>();
        foreach (var dataset in OpenDatasets.All)
        {
            foreach (var year in (await dataset.YearsAsync(db, council, ct)).OrderDescending())
            {
                var table = await dataset.TableAsync(db, council, year, site, ct);
                entries.Add(new Entry(council, dataset, year, table.Rows.Count, await LastChangeAsync(db, dataset, table, ct)));
            }
        }

        return entries;
    }

    public static async Task<DateTimeOffset?> LastChangeAsync(DongThuanDb db, IOpenDataset dataset, DatasetTable table, CancellationToken ct)
    {
        var ids = table.RecordIds.Select(id => id.ToString()).ToList();
        var types = dataset.RecordTypes.ToList();
        if (ids.Count == 0)
        {
            return null;
        }

        return await db.Set<AuditEntry>().AsNoTracking().Where(e => types.Contains(e.EntityType) && ids.Contains(e.EntityId)).MaxAsync(e => (DateTimeOffset?)e.At, ct);
    }
}
