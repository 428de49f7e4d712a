using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Obligations;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Supervision.Api;

/// <summary>
/// <c>GET /api/v1/supervision/missions?year=</c>: the missions the caller may see, each with the recommendations
/// the caller may see (agency, named person, task, due date, percent, state and how it stands against its date).
/// </summary>
public static class ListMissions
{
    public sealed record RecommendationItem(Guid Id, string Task, Guid OwnerBodyId, string OwnerBody, Guid OwnerPersonId, string? OwnerPerson, DateOnly DueDate,
        int Percent, string State, string? DueStatus, string Url);

    public sealed record MissionItem(Guid Id, string Subject, string ConductedBy, bool IsReSupervision, string State, DateOnly FormedOn, DateOnly? ReportedOn,
        string Url, IReadOnlyList<RecommendationItem> Recommendations);

    public static async Task<IReadOnlyList<MissionItem>> HandleAsync(int? year, ClaimsPrincipal user, DongThuanDb db, TimeProvider time, CancellationToken ct)
    {
        var today = VietnamTime.Today(time);
        var query = SupervisionAccess.Visible(db, user).AsNoTracking();
        if (year is { } y)
        {
            query = query.Where(m => m.FormedOn >= new DateOnly(y, 1, 1) && m.FormedOn <= new DateOnly(y, 12, 31));
        }

        var missions = await query.OrderBy(m => m.FormedOn).Take(500).ToListAsync(ct);
        var ids = missions.Select(m => m.Id).ToList();
        var byMission = missions.ToDictionary(m => m.Id);
        var recs = (await db.Recommendations.AsNoTracking().Where(r => ids.Contains(r.MissionId)).OrderBy(r => r.DueOn).ToListAsync(ct))
            .Where(r => SupervisionAccess.CanViewRecommendation(user, r, byMission[r.MissionId])).ToList();
        var obligationIds = recs.Where(r => r.ObligationId != null).Select(r => r.ObligationId!.Value).ToList();
        var obligations = await db.ObligationsByIdAsync(obligationIds, ct);
        var names = await OwnerNames.ForAsync(db, recs.Select(r => r.OwnerBodyId).Concat(missions.Select(m => m.ConductedByBodyId)), recs.Select(r => (Guid?)r.OwnerPersonId), ct);
        var lines = recs.ToLookup(r => r.MissionId, r => new RecommendationItem(r.Id, r.Task, r.OwnerBodyId, names.Body(r.OwnerBodyId), r.OwnerPersonId, names.Person(r.OwnerPersonId),
            r.DueOn, r.Percent, r.State.ToString(),
            r.ObligationId is { } o && obligations.TryGetValue(o, out var ob) ? ObligationNames.ApiCode(ob.StatusOn(today)) : null, $"/Supervision/Recommendation/{r.Id}"));
        return [.. missions.Select(m => new MissionItem(m.Id, m.Subject, names.Body(m.ConductedByBodyId), m.IsReSupervision, m.State.ToString(), m.FormedOn, m.ReportedOn,
            $"/Supervision/Details/{m.Id}", [.. lines[m.Id]]))];
    }
}
