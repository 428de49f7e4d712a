using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Accounts;
using Microsoft.Extensions.Localization;

namespace DongThuan.Web.Modules.Review.Api;

/// <summary>
/// <c>PUT /api/v1/reports/annual/{councilId}/{year}/text</c>: the words of the year-end report (number, date, opening,
/// assessment, directions, recipients, signer), by the council office of the council's unit; the figures stay computed.
/// </summary>
public static class EditAnnualReport
{
    public static async Task<IResult> HandleAsync(Guid councilId, int year, EditReportDraft.Request input, ClaimsPrincipal user, DongThuanDb db, AnnualReview review,
        ICurrentActor actor, TimeProvider time, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (year is < 2000 or > 2100 || await review.CouncilAsync(councilId, ct) is not { } found || !UnitScope.IsStaffOf(user, found.Council.UnitId))
        {
            return TypedResults.NotFound();
        }

        if (!UnitScope.IsCouncilOfficeOf(user, found.Council.UnitId))
        {
            return TypedResults.Forbid();
        }

        var outcome = await EditReportDraft.ExecuteAsync(db, review, found.Council, year, input, actor.Name, time.GetUtcNow(), ct);
        return outcome.Succeeded ? TypedResults.NoContent() : Problems.Refused(outcome, l);
    }
}
