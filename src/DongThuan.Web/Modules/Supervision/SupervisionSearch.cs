using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Search;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Supervision;

/// <summary>
/// Supervision recommendations in the search, with their mission's subject and the agency's latest progress.
/// Found by the office, the conducting body, the agency and the official named (as <see cref="SupervisionAccess"/>);
/// the public finds those of a published mission (<see cref="SupervisionMission.IsPublished"/>), never a secret one.
/// </summary>
public sealed class SupervisionSearch : SearchSource
{
    public SupervisionSearch()
    {
        Watch<Recommendation>(r => r.Id);
        Watch<RecommendationProgress>(p => p.RecommendationId);
        Watch<SupervisionMission>((db, missions) =>
        {
            var ids = missions.Select(m => m.Id).ToList();
            return db.Recommendations.Where(r => ids.Contains(r.MissionId)).Select(r => r.Id);
        });
    }

    public override string Kind => "recommendation";

    public override string Name => "Kiến nghị giám sát";

    public override IReadOnlyDictionary<string, string> States { get; } = StatesOf<RecommendationState>(SupervisionNames.Of);

    public override IQueryable<Guid> All(DongThuanDb db) => db.Recommendations.Select(r => r.Id);

    public override async Task<IReadOnlyList<SearchDocument>> DescribeAsync(DongThuanDb db, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var recommendations = await db.Recommendations.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(ct);
        var missionIds = recommendations.Select(r => r.MissionId).Distinct().ToList();
        var missions = await db.SupervisionMissions.AsNoTracking().Where(m => missionIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        var latest = (await db.RecommendationProgress.AsNoTracking().Where(p => ids.Contains(p.RecommendationId)).ToListAsync(ct))
            .GroupBy(p => p.RecommendationId).ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.On).ThenByDescending(p => p.Percent).First().Text);
        return [.. recommendations.Select(r =>
        {
            var m = missions[r.MissionId];
            return new SearchDocument(r.Id, r.Task, Join(m.Subject, latest.GetValueOrDefault(r.Id)), r.UnitId, r.OwnerBodyId, r.IssuedOn, r.State.ToString(),
                $"/Supervision/Recommendation/{r.Id}", m.IsPublished ? $"/Supervision/Public/{m.Id}" : null, m.IsPublished ? DateTimeOffset.UnixEpoch : null,
                [SearchAudience.Office(r.UnitId), SearchAudience.Body(m.ConductedByBodyId), SearchAudience.Body(r.OwnerBodyId), SearchAudience.Person(r.OwnerPersonId)]);
        })];
    }
}
