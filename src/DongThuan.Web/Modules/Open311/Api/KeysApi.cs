using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DongThuan.Web.Modules.Open311.Api;

/// <summary><c>/api/v1/open311/keys</c>: the administrator's Open311 keys, as on <c>/Open311/Keys</c>.</summary>
public static class KeysApi
{
    public sealed record IssueInput(string? Client);

    public sealed record Listed(Guid Id, string Client, string KeyEnding, DateTimeOffset IssuedAt, string IssuedBy, DateTimeOffset? RevokedAt);

    public static async Task<IResult> IssueAsync(IssueInput input, ClaimsPrincipal user, DongThuanDb db, TimeProvider time, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var (outcome, issued) = await IssueApiKey.ExecuteAsync(db, user, input.Client, time, ct);
        return outcome.Succeeded ? TypedResults.Created($"/api/v1/open311/keys/{issued!.Id}", issued) : Problems.Refused(outcome, l);
    }

    public static async Task<IReadOnlyList<Listed>> ListAsync(DongThuanDb db, CancellationToken ct) =>
        [.. (await db.Open311Clients.AsNoTracking().ToListAsync(ct)).OrderByDescending(c => c.IssuedAt)
            .Select(c => new Listed(c.Id, c.Name, c.KeyEnding, c.IssuedAt, c.IssuedBy, c.RevokedAt))];

    public static async Task<IResult> RevokeAsync(Guid id, DongThuanDb db, TimeProvider time, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var outcome = await RevokeApiKey.ExecuteAsync(db, id, time, ct);
        return outcome.Succeeded ? TypedResults.NoContent()
            : outcome.Refusal == Open311Refusals.NotFound ? Problems.Refused(outcome.Refusal, l, StatusCodes.Status404NotFound)
            : Problems.Refused(outcome, l);
    }
}
