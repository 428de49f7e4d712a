using DongThuan.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Notifications;

/// <summary>
/// How many unread notifications the signed-in user has, for the header, counted no further than <see cref="Cap"/>: the
/// badge then says "99+". An office is told of every petition and may never mark them read; counted to the end, the
/// header of every page an office with 30,000 unread notices opened cost it about a millisecond (ADR 0049).
/// </summary>
public sealed class UnreadCount(DongThuanDb db)
{
    /// <summary>The count stops here: this many or more.</summary>
    public const int Cap = 100;

    /// <summary>The unread notices, or <see cref="Cap"/> when there are at least that many.</summary>
    public async Task<int> ForAsync(System.Security.Claims.ClaimsPrincipal user) =>
        Api.ListNotifications.UserId(user) is { Length: > 0 } id ? await Count.For(db)(db, id) : 0;

    /// <summary>Whether a count stopped at the cap: there are at least that many.</summary>
    public static bool IsCapped(int count) => count >= Cap;

    /// <summary>What a badge shows for a count: the number, or "99+" once it reached the cap.</summary>
    public static string Badge(int count) => IsCapped(count) ? $"{Cap - 1}+" : count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // Compiled (ADR 0045): the header of every signed-in page asks it.
    private static readonly CompiledPerEngine<Func<DongThuanDb, string, Task<int>>> Count =
        new(() => EF.CompileAsyncQuery((DongThuanDb db, string id) => db.Set<Notification>().Where(n => n.UserId == id && n.ReadAt == null).Take(Cap).Count()));
}
