using DongThuan.Web.Infrastructure.Caching;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Supervision.Public;

/// <summary>
/// A published mission: what was supervised, what was found and concluded, and how each recommendation
/// stands, with its agency, its official and the latest report. A secret or unreported mission is a 404.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class DetailsModel(DongThuanDb db, TimeProvider time, Notifications.Following follows) : PageModel
{
    public sealed record Line(Recommendation Recommendation, string Agency, string Person, ObligationStatus? Status, string? LatestReport, IReadOnlyList<(Guid MissionId, CheckOutcome Outcome)> Checks);

    public SupervisionMission Mission { get; private set; } = null!;

    /// <summary>Whether the signed-in reader follows this result.</summary>
    public bool Following { get; private set; }

    public string ConductedBy { get; private set; } = "";

    public IReadOnlyList<string> Targets { get; private set; } = [];

    public IReadOnlyList<Line> Recommendations { get; private set; } = [];

    public IReadOnlyList<(Recommendation Recommendation, string Agency, CheckOutcome? Outcome, string? Reasons)> Checked { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var m = await db.SupervisionMissions.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (m is null || !m.IsPublished)
        {
            return NotFound();
        }

        Mission = m;
        Following = (await follows.FollowedAmongAsync(User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, SupervisionFollows.ResultSubject, [m.Id], ct)).Count > 0;
        var today = VietnamTime.Today(time);
        var bodies = await db.Bodies.AsNoTracking().Where(b => b.UnitId == m.UnitId).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        ConductedBy = bodies.GetValueOrDefault(m.ConductedByBodyId) ?? "";
        Targets = [.. (await db.MissionTargets.AsNoTracking().Where(t => t.MissionId == id).Select(t => t.BodyId).ToListAsync(ct)).Select(b => bodies.GetValueOrDefault(b) ?? "").Order(StringComparer.Ordinal)];
        var recs = await db.Recommendations.AsNoTracking().Where(r => r.MissionId == id).OrderBy(r => r.DueOn).ToListAsync(ct);
        var ids = recs.Select(r => r.Id).ToList();
        var obligationIds = recs.Where(r => r.ObligationId != null).Select(r => r.ObligationId!.Value).ToList();
        var obligations = await db.ObligationsByIdAsync(obligationIds, ct);
        var latest = (await db.RecommendationProgress.AsNoTracking().Where(p => ids.Contains(p.RecommendationId)).ToListAsync(ct))
            .GroupBy(p => p.RecommendationId).ToDictionary(g => g.Key, g => g.OrderBy(p => p.On).ThenBy(p => p.Id).Last().Text);
        // Only checks by published re-supervisions are shown here.
        var checks = (await db.ReSupervisionItems.AsNoTracking().Where(i => ids.Contains(i.RecommendationId) && i.Outcome != null)
            .Join(db.SupervisionMissions.Where(x => !x.IsSecret), i => i.MissionId, x => x.Id, (i, x) => new { i.RecommendationId, x.Id, i.Outcome }).ToListAsync(ct))
            .ToLookup(c => c.RecommendationId);
        var people = await OwnerNames.ForAsync(db, [], recs.Select(r => (Guid?)r.OwnerPersonId), ct);
        Recommendations = [.. recs.Select(r => new Line(r, bodies.GetValueOrDefault(r.OwnerBodyId) ?? "", people.Person(r.OwnerPersonId) ?? "",
            r.ObligationId is { } o && obligations.TryGetValue(o, out var ob) ? ob.StatusOn(today) : null, latest.GetValueOrDefault(r.Id),
            [.. checks[r.Id].Select(c => (c.Id, c.Outcome!.Value))]))];
        if (m.IsReSupervision)
        {
            var taken = await db.ReSupervisionItems.AsNoTracking().Where(i => i.MissionId == id)
                .Join(db.Recommendations, i => i.RecommendationId, r => r.Id, (i, r) => new { i, r }).ToListAsync(ct);
            Checked = [.. taken.Select(x => (x.r, bodies.GetValueOrDefault(x.r.OwnerBodyId) ?? "", x.i.Outcome, x.i.Reasons))];
        }

        return Page();
    }
}
