using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Notifications;

/// <summary>
/// The module's public surface: other modules stage notifications inside their own transaction, mark before their save
/// which go by e-mail at once, and send those once it is committed; the daily digest gathers the rest.
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

    /// <summary>
    /// Decides, before the save that stores these staged notifications, which also go by e-mail at once (the reader has an
    /// address and did not choose the daily digest), and marks those e-mailed in that same save. The mark was a statement
    /// of its own after the commit: one more writer's turn and one more flush to disk for every step that told anyone
    /// (ADR 0059). Only the digest reads the mark, and it skips these readers. So <see cref="Notification.EmailedAt"/>
    /// means handed to the mail service at the commit: a process killed between the commit and
    /// <see cref="SendAsync"/> loses those e-mails, as a kill loses what waits in the outbox (ADR 0037).
    /// </summary>
    public async Task<ImmediateMail> MarkImmediateAsync(IReadOnlyCollection<Notification> staged, CancellationToken ct)
    {
        if (staged.Count == 0)
        {
            return ImmediateMail.None;
        }

        var userIds = staged.Select(n => n.UserId).Distinct().ToList();
        var digestUsers = await db.NotificationPreferences.AsNoTracking().Where(p => userIds.Contains(p.UserId) && p.Mode == DeliveryMode.Digest).Select(p => p.UserId).ToListAsync(ct);
        var emails = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id) && u.Email != null && u.ArchivedAt == null).ToDictionaryAsync(u => u.Id, u => u.Email!, ct);
        var now = time.GetUtcNow();
        var messages = new List<MailMessage>();
        foreach (var n in staged.Where(n => !digestUsers.Contains(n.UserId) && emails.ContainsKey(n.UserId)))
        {
            n.MarkEmailed(now);
            messages.Add(new MailMessage(emails[n.UserId], n.Text, $"{n.Text}\n\n{Link(n.Url)}"));
        }

        return new ImmediateMail(messages);
    }

    /// <summary>
    /// The common case of the three steps: marks which of these staged notifications go by e-mail at once, saves the
    /// caller's unit of work with them (the notifier shares the request's context, so this is the caller's save), and
    /// then hands those e-mails to the mailer. A caller whose save may be refused (a reminder another instance claimed
    /// first) makes the three calls itself.
    /// </summary>
    public async Task SaveAndSendAsync(IReadOnlyCollection<Notification> staged, CancellationToken ct)
    {
        var mail = await MarkImmediateAsync(staged, ct);
        await db.SaveChangesAsync(ct);
        await SendAsync(mail, ct);
    }

    /// <summary>Sends, once the notifications that carry them are committed, the e-mails <see cref="MarkImmediateAsync"/> decided on.</summary>
    public async Task SendAsync(ImmediateMail mail, CancellationToken ct)
    {
        foreach (var message in mail.Messages)
        {
            await mailer.SendAsync(message, ct);
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

/// <summary>The e-mails of staged notifications, to send after the commit that stores them.</summary>
public sealed record ImmediateMail(IReadOnlyList<MailMessage> Messages)
{
    public static readonly ImmediateMail None = new([]);
}
