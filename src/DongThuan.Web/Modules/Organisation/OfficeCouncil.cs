using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Organisation;

/// <summary>
/// The council a council-office page works on (planning a session, a mission, an explanation session…):
/// 404 when there is no such council, 403 when the user is not council office staff of its unit.
/// </summary>
public static class OfficeCouncil
{
    public static async Task<(Body? Council, IActionResult? Stop)> LoadAsync(DongThuanDb db, ClaimsPrincipal user, Guid? councilId, CancellationToken ct)
    {
        var council = councilId is { } id ? await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id && b.Kind == BodyKind.Council, ct) : null;
        return council is null ? (null, new NotFoundResult())
            : !UnitScope.IsCouncilOfficeOf(user, council.UnitId) ? (null, new ForbidResult())
            : (council, null);
    }
}
