using DongThuan.Web.Infrastructure.Database;

namespace DongThuan.Web.Infrastructure.Caching;

/// <summary>
/// A module whose public pages change at a set time without any save (an article scheduled to appear) says when
/// the next such change is, so that no cached page outlives it.
/// </summary>
public interface IPublicPageSchedule
{
    Task<DateTimeOffset?> NextChangeAfterAsync(DongThuanDb db, DateTimeOffset now, CancellationToken ct);
}
