using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Obligations;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Notifications;

/// <summary>
/// Tells, after each committed step, the accounts whose turn it now is ("Đến lượt quý vị") and those following the
/// subject ("Cập nhật"), in the app and by email as each chose; never the person who took the step. It runs after the
/// commit, in a scope of its own, so a failure here cannot undo the step.
/// History entered later stays quiet but for what is still owed: a step already followed by another (the earlier steps
/// of one imported question) tells no one, and a step of the past tells only those who now owe an open obligation by it
/// (a question forwarded on paper last month and not yet answered), not its followers.
/// </summary>
public sealed class StepNotices(IServiceScopeFactory scopes) : IStepListener
{
    public async Task OnStepAsync(StepApplied step, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DongThuanDb>();
        if ((step.EnteredLater && step.Turn.Count == 0)
            || await db.Timeline.AnyAsync(e => e.SubjectType == step.SubjectType && e.SubjectId == step.SubjectId && e.At > step.At, ct))
        {
            return;
        }

        var audience = await scope.ServiceProvider.GetRequiredService<StepAudiences>().OfAsync(step, ct);
        if (audience is null)
        {
            return;
        }

        // A body whose member took the step already knows it is its turn (an agency reporting on what it still owes).
        var actorBodies = step.ActorUserId is { } actorId
            ? await db.Set<RoleAssignment>().AsNoTracking().Where(r => r.UserId == actorId && r.ArchivedAt == null && r.BodyId != null).Select(r => r.BodyId).ToListAsync(ct)
            : [];
        var turn = await AccountsAsync(db, audience.Turn.Where(p => p.BodyId is null || !actorBodies.Contains(p.BodyId)), audience.Url, ct);
        var followers = step.EnteredLater ? new Dictionary<string, string>() : await AccountsAsync(db, audience.Followers, audience.Url, ct);
        if (!step.EnteredLater && audience.Public is { } shown)
        {
            // Those who follow the public page hear at its address (a citizen cannot open the staff page).
            foreach (var user in await scope.ServiceProvider.GetRequiredService<Following>().FollowersAsync(shown.Type, shown.Id, ct))
            {
                followers.TryAdd(user, shown.Url);
            }
        }
        foreach (var user in turn.Keys.Append(step.ActorUserId ?? ""))
        {
            followers.Remove(user);
        }

        turn.Remove(step.ActorUserId ?? "");
        if (turn.Count == 0 && followers.Count == 0)
        {
            return;
        }

        var notifier = scope.ServiceProvider.GetRequiredService<Notifier>();
        var about = $"{audience.What}: {audience.Title}";
        var staged = new List<Notification>();
        foreach (var (users, kind, text) in new[] { (turn, NotificationKinds.Turn, $"Đến lượt quý vị — {about}"), (followers, NotificationKinds.Update, $"Cập nhật — {about}") })
        {
            foreach (var byUrl in users.GroupBy(u => u.Value, u => u.Key))
            {
                staged.AddRange(notifier.Stage(byUrl, text, byUrl.Key, kind, step.SubjectType, step.SubjectId));
            }
        }

        await notifier.SaveAndSendAsync(staged, ct);
    }

    /// <summary>Each account of the parties, with the address it reads the subject at.</summary>
    private static async Task<Dictionary<string, string>> AccountsAsync(DongThuanDb db, IEnumerable<Party> parties, string url, CancellationToken ct)
    {
        var accounts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in parties.Distinct())
        {
            foreach (var id in await PartyAccounts.OfAsync(db, p.BodyId, p.PersonId, p.Role, ct, p.UserId))
            {
                accounts.TryAdd(id, p.Url ?? url);
            }
        }

        return accounts;
    }
}
