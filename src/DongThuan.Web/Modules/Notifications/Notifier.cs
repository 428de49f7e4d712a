using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Notifications;

/// <summary>
/// The module's public surface: other modules stage notifications inside their own transaction, then ask for
/// the immediate emails once it is committed; the daily digest gathers the rest.
/// </summary>
public sealed class Notifier(DongThuanDb db, IMailer mailer, TimeProvider time, IConfiguration configuration)
{
    /// <summary>Adds one notification per user to the unit of work; the caller saves.</summary>
    public IReadOnlyList<Notification> Stage(IEnumerable<string> userIds, string text, string url, string kind = NotificationKinds.Message, string? subjectType = null,
        Guid? subjectId = null)
    {
        var now = time.GetUtcNow();
        var staged = userIds.Distinct(StringComparer.Ordinal).Select(u => Notification.To(u, text, url, now, kind, subjectType, subjectId)).ToList();
        db.Notifications.AddRange(staged);
        return staged;
    }

    /// <summary>Emails, after the commit, the notifications of users who want them at once and have an address.</summary>
    public async Task SendImmediateAsync(IReadOnlyCollection<Notification> notifications, CancellationToken ct)
    {
        if (notifications.Count == 0)
        {
            return;
        }

        var userIds = notifications.Select(n => n.UserId).Distinct().ToList();
        var digestUsers = await db.NotificationPreferences.AsNoTracking().Where(p => userIds.Contains(p.UserId) && p.Mode == DeliveryMode.Digest).Select(p => p.UserId).ToListAsync(ct);
        var emails = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id) && u.Email != null && u.ArchivedAt == null).ToDictionaryAsync(u => u.Id, u => u.Email!, ct);
        var emailed = new List<Guid>();
        foreach (var n in notifications.Where(n => !digestUsers.Contains(n.UserId) && emails.ContainsKey(n.UserId)))
        {
            await mailer.SendAsync(new MailMessage(emails[n.UserId], n.Text, $"{n.Text}\n\n{Link(n.Url)}"), ct);
            emailed.Add(n.Id);
        }

        // Marked in one statement once all are sent: each write waits for SQLite's one writer and then for the disk, so
        // a mark per message made a step that tells thirty delegates wait thirty times. Only the digest reads the mark,
        // and it skips these people, who have theirs at once.
        if (emailed.Count > 0)
        {
            await db.WriteAloneAsync(t => db.Notifications.Where(x => emailed.Contains(x.Id)).ExecuteUpdateAsync(s => s.SetProperty(x => x.EmailedAt, time.GetUtcNow()), t), ct);
        }
    }

    /// <summary>
    /// Sends each digest user one email with what they have not been emailed yet, once a day from the configured
    /// local hour. The day's log row and the batch stamp on each notification make it once, whatever the instances.
    /// </summary>
    public async Task<int> SendDigestsAsync(CancellationToken ct)
    {
        var local = VietnamTime.ToLocal(time.GetUtcNow());
        if (local.Hour < configuration.GetValue("Reminders:DigestHour", 7))
        {
            return 0;
        }

        var today = DateOnly.FromDateTime(local.DateTime);
        var users = await db.NotificationPreferences.AsNoTracking().Where(p => p.Mode == DeliveryMode.Digest).Select(p => p.UserId).ToListAsync(ct);
        var sent = 0;
        foreach (var user in users)
        {
            db.DigestLogs.Add(DigestLog.For(user, today));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Today's digest for this user is another instance's (or already sent).
                db.ChangeTracker.Clear();
                continue;
            }

            var batch = Guid.CreateVersion7();
            await db.WriteAloneAsync(t => db.Notifications.Where(n => n.UserId == user && n.EmailedAt == null && n.DigestBatch == null)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.DigestBatch, batch), t), ct);
            var items = await db.Notifications.AsNoTracking().Where(n => n.DigestBatch == batch).OrderBy(n => n.CreatedAt).ToListAsync(ct);
            var email = await db.Users.AsNoTracking().Where(u => u.Id == user).Select(u => u.Email).SingleOrDefaultAsync(ct);
            if (items.Count == 0 || email is null)
            {
                continue;
            }

            await mailer.SendAsync(new MailMessage(email, $"Tóm tắt thông báo ngày {today:dd/MM/yyyy} ({items.Count})",
                string.Join("\n\n", items.Select(i => $"- {i.Text}\n  {Link(i.Url)}"))), ct);
            await db.WriteAloneAsync(t => db.Notifications.Where(n => n.DigestBatch == batch).ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailedAt, time.GetUtcNow()), t), ct);
            sent++;
        }

        return sent;
    }

    private string Link(string url) => (configuration["PublicUrl"] ?? "http://localhost:5080").TrimEnd('/') + url;
}
