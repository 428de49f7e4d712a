using System.Security.Claims;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace DongThuan.Web.Modules.Obligations.Api;

/// <summary>
/// <c>POST /api/v1/obligations/{id}/remind</c> <c>{"message"}</c>: the council office of the obligation's unit reminds whoever
/// owes it (<see cref="RemindOwner"/>) → 200 <c>{"recipients"}</c>; 404 for one the caller may not see, 403 for one they
/// may see but not remind about, 422 for one already done or a message too long.
/// </summary>
public static class RemindObligation
{
    public sealed record Request(string? Message);

    public static async Task<Results<Ok<RemindOwner.Reminded>, ProblemHttpResult>> HandleAsync(Guid id, Request? input, ClaimsPrincipal user, RemindOwner remind, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var (outcome, result) = await remind.RemindAsync(id, input?.Message, user, ct);
        return outcome.Refusal switch
        {
            null => TypedResults.Ok(result!),
            { } r when r == ObligationRefusals.NotFound => Problems.Refused(r, l, StatusCodes.Status404NotFound),
            { } r when r == ObligationRefusals.RemindOfficeOnly => Problems.Refused(r, l, StatusCodes.Status403Forbidden),
            { } r => Problems.Refused(r, l),
        };
    }
}
