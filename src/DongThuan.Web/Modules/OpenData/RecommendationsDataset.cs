using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Supervision;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.OpenData;

/// <summary>The recommendations of published supervision missions with their progress, by the year issued: who must fix what, by when, how far.</summary>
public sealed class RecommendationsDataset : IOpenDataset
{
    public string Key => "recommendations";

    public string Title => "Kiến nghị giám sát và tiến độ";

    public string Description => "Mỗi dòng một kiến nghị sau giám sát: việc phải làm, cơ quan và người chịu trách nhiệm, hạn, tình trạng, phần trăm hoàn thành, báo cáo gần nhất.";

    public IReadOnlyList<string> RecordTypes => ["Recommendation", "RecommendationProgress"];

    private static IQueryable<Recommendation> Of(DongThuanDb db, Body council)
    {
        var missions = db.SupervisionMissions;
        return PublicSupervision.Recommendations(db).Where(r => missions.Any(m => m.Id == r.MissionId && m.CouncilId == council.Id));
    }

    public async Task<IReadOnlyList<int>> YearsAsync(DongThuanDb db, Body council, CancellationToken ct) =>
        await Of(db, council).Select(r => r.IssuedOn.Year).Distinct().ToListAsync(ct);

    public async Task<DatasetTable> TableAsync(DongThuanDb db, Body council, int year, string site, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var recs = await Of(db, council).AsNoTracking().Where(r => r.IssuedOn >= from && r.IssuedOn <= to).OrderBy(r => r.IssuedOn).ThenBy(r => r.DueOn).ThenBy(r => r.Id)
            .ToListAsync(ct);
        var ids = recs.Select(r => r.Id).ToList();
        var missionIds = recs.Select(r => r.MissionId).Distinct().ToList();
        var missions = await db.SupervisionMissions.AsNoTracking().Where(m => missionIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Subject, ct);
        var bodies = await db.Bodies.AsNoTracking().Where(b => b.UnitId == council.UnitId).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        var people = await Obligations.OwnerNames.ForAsync(db, [], recs.Select(r => (Guid?)r.OwnerPersonId), ct);
        var latest = (await db.RecommendationProgress.AsNoTracking().Where(p => ids.Contains(p.RecommendationId)).ToListAsync(ct))
            .GroupBy(p => p.RecommendationId).ToDictionary(g => g.Key, g => g.OrderBy(p => p.On).ThenBy(p => p.Id).Last());
        return new(["recommendation_id", "mission_id", "mission_subject", "task", "owner_agency", "owner_person", "issued_on", "due_on", "state", "percent", "completed_on",
                "latest_report", "latest_report_on", "url"],
            [.. recs.Select(r => new object?[]
            {
                r.Id, r.MissionId, missions.GetValueOrDefault(r.MissionId), r.Task, bodies.GetValueOrDefault(r.OwnerBodyId), people.Person(r.OwnerPersonId),
                OpenDatasets.Day(r.IssuedOn), OpenDatasets.Day(r.DueOn), r.State.ToString(), r.Percent, OpenDatasets.Day(r.CompletedOn),
                latest.GetValueOrDefault(r.Id)?.Text, OpenDatasets.Day(latest.GetValueOrDefault(r.Id)?.On), $"{site}/Supervision/Public/{r.MissionId:D}",
            })],
            ids);
    }
}
