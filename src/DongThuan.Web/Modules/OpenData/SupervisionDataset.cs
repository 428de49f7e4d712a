using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Supervision;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.OpenData;

/// <summary>The council's supervision missions with their conclusions, by the year reported: those the public page shows (reported, not secret).</summary>
public sealed class SupervisionDataset : IOpenDataset
{
    public string Key => "supervision";

    public string Title => "Kết luận giám sát";

    public string Description => "Mỗi dòng một cuộc giám sát đã báo cáo: nội dung, cơ quan tiến hành, ngày báo cáo, kết luận, số kiến nghị và số đã hoàn thành.";

    public IReadOnlyList<string> RecordTypes => ["SupervisionMission"];

    private static IQueryable<SupervisionMission> Public(DongThuanDb db, Body council) =>
        PublicSupervision.Missions(db).Where(m => m.CouncilId == council.Id && m.ReportedOn != null);

    public async Task<IReadOnlyList<int>> YearsAsync(DongThuanDb db, Body council, CancellationToken ct) =>
        await Public(db, council).Select(m => m.ReportedOn!.Value.Year).Distinct().ToListAsync(ct);

    public async Task<DatasetTable> TableAsync(DongThuanDb db, Body council, int year, string site, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var missions = await Public(db, council).AsNoTracking().Where(m => m.ReportedOn >= from && m.ReportedOn <= to).OrderBy(m => m.ReportedOn).ToListAsync(ct);
        var ids = missions.Select(m => m.Id).ToList();
        var counts = await db.Recommendations.AsNoTracking().Where(r => ids.Contains(r.MissionId)).GroupBy(r => r.MissionId)
            .Select(g => new { g.Key, Total = g.Count(), Done = g.Count(r => r.State == RecommendationState.Completed) }).ToDictionaryAsync(x => x.Key, ct);
        var bodyIds = missions.Select(m => m.ConductedByBodyId).Distinct().ToList();
        var bodies = await db.Bodies.AsNoTracking().Where(b => bodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        return new(["mission_id", "subject", "conducted_by", "re_supervision", "visits_from", "visits_to", "reported_on", "findings", "conclusion", "concluded_on",
                "recommendations", "recommendations_completed", "url"],
            [.. missions.Select(m => new object?[]
            {
                m.Id, m.Subject, bodies.GetValueOrDefault(m.ConductedByBodyId), m.IsReSupervision, OpenDatasets.Day(m.VisitsFrom), OpenDatasets.Day(m.VisitsTo),
                OpenDatasets.Day(m.ReportedOn), m.Findings, m.Conclusion, OpenDatasets.Day(m.ConcludedOn), counts.GetValueOrDefault(m.Id)?.Total ?? 0,
                counts.GetValueOrDefault(m.Id)?.Done ?? 0, $"{site}/Supervision/Public/{m.Id:D}",
            })],
            ids);
    }
}
