using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Notifications;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Supervision.Public;

/// <summary>A published supervision result may be followed: its followers hear its conclusion and how its recommendations progress.</summary>
public sealed class ResultFollows(DongThuanDb db) : IFollowable
{
    public string Kind => SupervisionFollows.ResultSubject;

    public async Task<FollowTarget?> FindAsync(Guid id, CancellationToken ct) =>
        await db.SupervisionMissions.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct) is { IsPublished: true } m
            ? new FollowTarget(m.Subject, SupervisionFollows.Result(m.Id).Url)
            : null;
}
