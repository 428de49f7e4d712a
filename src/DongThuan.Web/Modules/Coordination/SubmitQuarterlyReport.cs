using System.Security.Claims;
using DongThuan.Web.Infrastructure.Domain;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Coordination;

/// <summary>
/// A party reports on the programme for a quarter (the page and the API), once per quarter. A party's officers report for
/// it; the council office for any party, and may record a report made on paper with its own day. The caller has checked
/// that the user may see the programme.
/// </summary>
public static class SubmitQuarterlyReport
{
    public sealed record Request(Guid PartyBodyId, int Quarter, string? Text, DateOnly? On = null);

    /// <returns>Null when the user may report for no party of the programme.</returns>
    public static async Task<(Outcome Outcome, QuarterlyReport? Report)?> ExecuteAsync(CoordinationDesk desk, ClaimsPrincipal user, CoordinationProgramme p, Request input,
        CancellationToken ct)
    {
        var db = desk.Db;
        var office = CoordinationAccess.IsOffice(user, p.UnitId);
        var parties = await db.ProgrammeParties.AsNoTracking().Where(x => x.ProgrammeId == p.Id).Select(x => x.BodyId).ToListAsync(ct);
        var mine = office ? parties : [.. parties.Intersect(CoordinationAccess.Bodies(user))];
        if (mine.Count == 0)
        {
            return null;
        }

        if (!mine.Contains(input.PartyBodyId))
        {
            return (CoordinationRefusals.NotAParty, null);
        }

        var (day, refusal) = RecordedDate.Resolve(input.On, desk.Today, office, p.SignedOn);
        if (refusal is not null)
        {
            return (refusal, null);
        }

        var report = QuarterlyReport.Submit(p, input.PartyBodyId, input.Quarter, input.Text ?? "", day, user.FindFirst("name")?.Value ?? user.Identity?.Name ?? "", out var outcome);
        if (outcome.Succeeded && await db.QuarterlyReports.AnyAsync(r => r.ProgrammeId == p.Id && r.PartyBodyId == input.PartyBodyId && r.Quarter == input.Quarter, ct))
        {
            outcome = CoordinationRefusals.QuarterReported;
        }

        if (!outcome.Succeeded)
        {
            return (outcome, null);
        }

        db.QuarterlyReports.Add(report);
        await db.SaveChangesAsync(ct);
        return (Outcome.Done, report);
    }
}
