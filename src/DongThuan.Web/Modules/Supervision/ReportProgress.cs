using System.Security.Claims;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Files;
using DongThuan.Web.Modules.Accounts;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Supervision;

/// <summary>
/// The agency a recommendation addresses reports how far it has got, in percent with text and evidence files (the page and
/// the API); 100% completes it and fulfils its obligation on the day reported. The council office may record a report that
/// came on paper with its own day, not before the recommendation was issued or the report before it. The caller has
/// checked <see cref="SupervisionAccess.CanReport"/> and holds the recommendation tracked. Saved here, or nothing is.
/// </summary>
public static class ReportProgress
{
    public sealed record Request(int Percent, string? Text, DateOnly? On = null);

    public static async Task<Outcome> ExecuteAsync(SupervisionDesk desk, FileStore files, ClaimsPrincipal user, Recommendation r, Request input,
        IReadOnlyList<InspectedFile> evidence, CancellationToken ct)
    {
        var db = desk.Db;
        var last = await db.RecommendationProgress.AsNoTracking().Where(p => p.RecommendationId == r.Id).MaxAsync(p => (DateOnly?)p.On, ct);
        var (day, refusal) = RecordedDate.Resolve(input.On, desk.Today, SupervisionAccess.IsOffice(user, r.UnitId), last is { } l && l > r.IssuedOn ? l : r.IssuedOn);
        if (refusal is not null)
        {
            return refusal;
        }

        var text = input.Text ?? "";
        var progress = RecommendationProgress.Record(r, day, input.Percent, text, user.FindFirst("name")?.Value ?? user.Identity?.Name ?? "");
        await files.SaveAllAsync(evidence, ct);
        return await desk.ApplyAsync(r, x => x.ReportProgress(input.Percent, text, day), $"{input.Percent}%: {text}", day, ct, () =>
        {
            db.RecommendationProgress.Add(progress);
            db.RecommendationEvidence.AddRange(evidence.Select(f => RecommendationEvidence.For(progress, f.Name, f.ContentType, f.Bytes.LongLength, f.Sha256)));
        });
    }
}
