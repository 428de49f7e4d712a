using DongThuan.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Notifications;

/// <summary>How many unread notifications the signed-in user has, for the header.</summary>
public sealed class UnreadCount(DongThuanDb db)
{
    public async Task<int> ForAsync(System.Security.Claims.ClaimsPrincipal user) =>
        user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value is { } id ? await Count.For(db)(db, id) : 0;

    // Compiled (ADR 0045): the header of every signed-in page asks it.
    private static readonly CompiledPerEngine<Func<DongThuanDb, string, Task<int>>> Count =
        new(() => EF.CompileAsyncQuery((DongThuanDb db, string id) => db.Set<Notification>().Count(n => n.UserId == id && n.ReadAt == null)));
}
