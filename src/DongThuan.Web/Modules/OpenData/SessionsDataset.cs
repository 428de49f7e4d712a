using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Sessions;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.OpenData;

/// <summary>The council's sessions held in public, by the year they opened.</summary>
public sealed class SessionsDataset : IOpenDataset
{
    public string Key => "sessions";

    public string Title => "Kỳ họp";

    public string Description => "Mỗi dòng một kỳ họp công khai: khóa, số, loại, ngày họp, địa điểm.";

    public IReadOnlyList<string> RecordTypes => ["Session", "AgendaItem"];

    public async Task<IReadOnlyList<int>> YearsAsync(DongThuanDb db, Body council, CancellationToken ct) =>
        await PublicSessions.Of(db).Where(s => s.CouncilId == council.Id).Select(s => s.StartsOn.Year).Distinct().ToListAsync(ct);

    public async Task<DatasetTable> TableAsync(DongThuanDb db, Body council, int year, string site, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var sessions = await PublicSessions.Of(db).AsNoTracking().Where(s => s.CouncilId == council.Id && s.StartsOn >= from && s.StartsOn <= to)
            .OrderBy(s => s.StartsOn).ToListAsync(ct);
        var termIds = sessions.Select(s => s.TermId).Distinct().ToList();
        var terms = await db.Terms.AsNoTracking().Where(t => termIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        var ids = sessions.Select(s => s.Id).ToList();
        var agenda = (await db.AgendaItems.AsNoTracking().Where(a => ids.Contains(a.SessionId)).ToListAsync(ct)).ToLookup(a => a.SessionId);
        return new(["session_id", "council", "term", "number", "kind", "starts_on", "ends_on", "venue", "agenda", "url"],
            [.. sessions.Select(s => new object?[]
            {
                s.Id, council.Name, terms[s.TermId].Number, s.Number, s.KindName, OpenDatasets.Day(s.StartsOn), OpenDatasets.Day(s.EndsOn), s.Venue,
                string.Join("\n", agenda[s.Id].OrderBy(a => a.Order).Select(a => $"{a.Order}. {a.Title}")), $"{site}/cong-khai/ky-hop/{s.Id:D}",
            })],
            ids);
    }
}
