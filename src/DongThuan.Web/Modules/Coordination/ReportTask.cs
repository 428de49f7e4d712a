using System.Security.Claims;
using DongThuan.Web.Infrastructure.Domain;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Coordination;

/// <summary>
/// The lead body reports a task done (the page and the API), which fulfils its obligation on that day. The council office
/// may record a report made on paper with its own day, not before the programme was signed. The caller has checked
/// <see cref="CoordinationAccess.CanReport"/> and holds the task tracked.
/// </summary>
public static class ReportTask
{
    public sealed record Request(string? Report, DateOnly? On = null);

    public static async Task<Outcome> ExecuteAsync(CoordinationDesk desk, ClaimsPrincipal user, CoordinationTask t, Request input, CancellationToken ct)
    {
        var signedOn = await desk.Db.CoordinationProgrammes.AsNoTracking().Where(p => p.Id == t.ProgrammeId).Select(p => p.SignedOn).SingleAsync(ct);
        var (day, refusal) = RecordedDate.Resolve(input.On, desk.Today, CoordinationAccess.IsOffice(user, t.UnitId), signedOn);
        return refusal ?? await desk.ReportAsync(t, input.Report ?? "", day, ct);
    }
}
