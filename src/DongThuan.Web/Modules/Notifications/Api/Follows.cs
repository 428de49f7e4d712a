using System.Security.Claims;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Infrastructure.Web;
using Microsoft.Extensions.Localization;

namespace DongThuan.Web.Modules.Notifications.Api;

/// <summary>
/// <c>/api/v1/follows</c>: what the caller follows, following something public (<c>{"subjectKind","subjectId"}</c>: a
/// question answered in public, a published supervision result, an article), and no longer following it.
/// </summary>
public static class Follows
{
    public sealed record Request(string? SubjectKind, Guid SubjectId);

    public sealed record Item(string SubjectKind, Guid SubjectId, string Title, string Url, DateTimeOffset CreatedAt);

    public static async Task<IReadOnlyList<Item>> ListAsync(ClaimsPrincipal user, Following following, CancellationToken ct) =>
        [.. (await following.OfAsync(ListNotifications.UserId(user), ct)).Select(f => new Item(f.SubjectKind, f.SubjectId, f.Title, f.Url, f.CreatedAt))];

    public static async Task<IResult> FollowAsync(Request input, ClaimsPrincipal user, Following following, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var outcome = await following.FollowAsync(ListNotifications.UserId(user), input.SubjectKind ?? "", input.SubjectId, ct);
        return outcome.Succeeded ? TypedResults.NoContent()
            : outcome.Refusal == FollowRefusals.NotFollowable ? TypedResults.Problem(detail: l[outcome.Refusal.Message], statusCode: StatusCodes.Status404NotFound, title: outcome.Refusal.Code)
            : Problems.Refused(outcome, l);
    }

    public static async Task<IResult> UnfollowAsync(string kind, Guid id, ClaimsPrincipal user, Following following, CancellationToken ct)
    {
        await following.UnfollowAsync(ListNotifications.UserId(user), kind, id, ct);
        return TypedResults.NoContent();
    }
}
