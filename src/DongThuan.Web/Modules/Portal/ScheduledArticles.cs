using DongThuan.Web.Infrastructure.Caching;
using DongThuan.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Portal;

/// <summary>An article scheduled for later appears on the news pages at its time: cached pages must not outlive it.</summary>
public sealed class ScheduledArticles : IPublicPageSchedule
{
    public Task<DateTimeOffset?> NextChangeAfterAsync(DongThuanDb db, DateTimeOffset now, CancellationToken ct) =>
        db.Set<Article>().AsNoTracking().Where(a => a.PublishAt != null && a.PublishAt > now).OrderBy(a => a.PublishAt).Select(a => a.PublishAt).FirstOrDefaultAsync(ct);
}
