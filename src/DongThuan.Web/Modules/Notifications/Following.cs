using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Notifications;

/// <summary>
/// Following, for the pages and the API: follow what the public may read (the module owning it says so and gives its
/// title and address), stop following, list what one follows, and tell a subject's followers of an update.
/// </summary>
public sealed class Following(DongThuanDb db, IEnumerable<IFollowable> followables, Notifier notifier, TimeProvider time)
{
    /// <summary>Follows a subject once; following it again changes nothing.</summary>
    public async Task<Outcome> FollowAsync(string userId, string kind, Guid id, CancellationToken ct)
    {
        if (followables.FirstOrDefault(f => f.Kind == kind) is not { } followable || await followable.FindAsync(id, ct) is not { } target)
        {
            return FollowRefusals.NotFollowable;
        }

        if (await db.Follows.AnyAsync(f => f.UserId == userId && f.SubjectKind == kind && f.SubjectId == id, ct))
        {
            return Outcome.Done;
        }

        if (await db.Follows.CountAsync(f => f.UserId == userId, ct) >= Follow.MaxPerAccount)
        {
            return FollowRefusals.TooMany;
        }

        db.Follows.Add(Follow.Of(userId, kind, id, target, time.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same follow from two tabs at once: the unique key kept one, which is what was asked.
            db.ChangeTracker.Clear();
        }

        return Outcome.Done;
    }

    public async Task UnfollowAsync(string userId, string kind, Guid id, CancellationToken ct) =>
        await db.WriteAloneAsync(t => db.Follows.Where(f => f.UserId == userId && f.SubjectKind == kind && f.SubjectId == id).ExecuteDeleteAsync(t), ct);

    public async Task<IReadOnlyList<Follow>> OfAsync(string userId, CancellationToken ct) =>
        await db.Follows.AsNoTracking().Where(f => f.UserId == userId).OrderByDescending(f => f.CreatedAt).ToListAsync(ct);

    /// <summary>Which of <paramref name="ids"/> the user follows: one query for a page of subjects.</summary>
    public async Task<IReadOnlySet<Guid>> FollowedAmongAsync(string? userId, string kind, IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        userId is null || ids.Count == 0 ? new HashSet<Guid>()
            : (await db.Follows.AsNoTracking().Where(f => f.UserId == userId && f.SubjectKind == kind && ids.Contains(f.SubjectId)).Select(f => f.SubjectId).ToListAsync(ct)).ToHashSet();

    /// <summary>The accounts following a subject (active ones only).</summary>
    public async Task<IReadOnlyList<string>> FollowersAsync(string kind, Guid id, CancellationToken ct)
    {
        var followers = db.Follows.Where(f => f.SubjectKind == kind && f.SubjectId == id).Select(f => f.UserId);
        return await db.Users.AsNoTracking().Where(u => followers.Contains(u.Id) && u.ArchivedAt == null).Select(u => u.Id).ToListAsync(ct);
    }

    /// <summary>Tells a subject's followers, but those named, of an update (a comment published under an article they follow).</summary>
    public async Task TellAsync(string kind, Guid id, string text, string url, IReadOnlyCollection<string> except, CancellationToken ct)
    {
        var users = (await FollowersAsync(kind, id, ct)).Where(u => !except.Contains(u)).ToList();
        if (users.Count == 0)
        {
            return;
        }

        var staged = notifier.Stage(users, $"Cập nhật — {text}", url, NotificationKinds.Update, kind, id);
        await notifier.SaveAndSendAsync(staged, ct);
    }
}
