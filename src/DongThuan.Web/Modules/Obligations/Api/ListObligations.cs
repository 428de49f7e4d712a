using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DongThuan.Web.Modules.Obligations.Api;

/// <summary>
/// <c>GET /api/v1/obligations?state=overdue|due-soon|open|done&amp;bodyId=&amp;personId=&amp;kind=</c>: the obligations the
/// caller may see. "open" is everything not yet done, "overdue" includes the very late, "done" both on time and late.
/// </summary>
public static class ListObligations
{
    public sealed record Item(Guid Id, string Kind, string KindName, string Subject, Guid OwnerBodyId, string OwnerBody, Guid? OwnerPersonId, string? OwnerPerson,
        DateOnly DueDate, DateOnly OriginalDueDate, DateOnly? FulfilledOn, string State, string Url, string? SubjectUrl);

    public static async Task<Results<Ok<IReadOnlyList<Item>>, ProblemHttpResult>> HandleAsync(string? state, Guid? bodyId, Guid? personId, string? kind,
        ClaimsPrincipal user, DongThuanDb db, ObligationCatalogue catalogue, TimeProvider time, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var today = VietnamTime.Today(time);
        var query = ObligationAccess.Visible(db, user).AsNoTracking();
        switch (state)
        {
            case null or "":
                break;
            case "open":
                query = query.Where(o => o.State == ObligationState.Open);
                break;
            case "done":
                query = query.Where(o => o.State == ObligationState.Fulfilled);
                break;
            case "due-soon":
                query = query.WithStatus(ObligationStatus.DueSoon, today);
                break;
            case "overdue":
                query = query.Where(o => o.State == ObligationState.Open && (o.DueOn < today || (o.VeryLateOn != null && o.VeryLateOn < today)));
                break;
            default:
                return TypedResults.Problem(detail: l["Tham số state phải là overdue, due-soon, open hoặc done."], statusCode: StatusCodes.Status400BadRequest, title: "obligation-state");
        }

        if (bodyId is { } b)
        {
            query = query.Where(o => o.OwnerBodyId == b);
        }

        if (personId is { } p)
        {
            query = query.Where(o => o.OwnerPersonId == p);
        }

        if (!string.IsNullOrEmpty(kind))
        {
            query = query.Where(o => o.Kind == kind);
        }

        var obligations = await query.OrderBy(o => o.DueOn).Take(2000).ToListAsync(ct);
        var names = await OwnerNames.ForAsync(db, obligations.Select(o => o.OwnerBodyId), obligations.Select(o => o.OwnerPersonId), ct);
        return TypedResults.Ok<IReadOnlyList<Item>>([.. obligations.Select(o => new Item(o.Id, o.Kind, catalogue.NameOf(o.Kind), o.Subject, o.OwnerBodyId,
            names.Body(o.OwnerBodyId), o.OwnerPersonId, names.Person(o.OwnerPersonId), o.DueOn, o.OriginalDueOn,
            o.FulfilledOn, ObligationNames.ApiCode(o.StatusOn(today)), $"/Obligations/Details/{o.Id}", catalogue.SubjectUrl(o)))]);
    }
}
