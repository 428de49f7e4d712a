using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using Microsoft.Extensions.Localization;

namespace DongThuan.Web.Infrastructure.Web;

/// <summary>What a create operation of the API answers: the new record's id.</summary>
public sealed record CreatedId(Guid Id);

/// <summary>
/// The one way a create operation of the API ends: a refused outcome is a 422 in the caller's language and nothing is
/// added; an accepted one is added, saved, and answered 201 with its id and address.
/// </summary>
public static class ApiWrites
{
    public static async Task<IResult> SaveAsync(DongThuanDb db, IStringLocalizer l, Outcome outcome, Action add, Guid id, string location, CancellationToken ct)
    {
        if (!outcome.Succeeded)
        {
            return Problems.Refused(outcome, l);
        }

        add();
        await db.SaveChangesAsync(ct);
        return TypedResults.Created(location, new CreatedId(id));
    }

    /// <summary>How a step of the API ends: 204 when accepted (the use case saved it), 422 in the caller's language when refused.</summary>
    public static IResult Done(Outcome outcome, IStringLocalizer l) => outcome.Succeeded ? TypedResults.NoContent() : Problems.Refused(outcome, l);
}
