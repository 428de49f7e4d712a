using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DongThuan.Web.Modules.Notifications;

/// <summary>A message to one user inside the application, with a link to what it is about; also emailed, at once or in the daily digest.</summary>
public sealed class Notification : Entity, IPrivateRow
{
    public string UserId { get; private set; } = "";

    /// <summary>Why it was sent: <see cref="NotificationKinds"/> (whose turn it is, an update to what one follows, a reminder…).</summary>
    public string Kind { get; private set; } = NotificationKinds.Message;

    /// <summary>What it is about ("Question", "Petition", "Obligation"…), with its id; empty for a message about nothing in particular.</summary>
    public string? SubjectType { get; private set; }

    public Guid? SubjectId { get; private set; }

    public string Text { get; private set; } = "";

    public string Url { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public DateTimeOffset? EmailedAt { get; private set; }

    /// <summary>Which digest run claimed it, so two instances never send it twice.</summary>
    public Guid? DigestBatch { get; private set; }

    private Notification()
    {
    }

    public static Notification To(string userId, string text, string url, DateTimeOffset at, string kind = NotificationKinds.Message, string? subjectType = null,
        Guid? subjectId = null) =>
        new() { UserId = userId, Kind = kind, SubjectType = subjectType, SubjectId = subjectId, Text = text.Length > 1000 ? text[..1000] : text, Url = url, CreatedAt = at };

    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;

    /// <summary>Handed to the mail service, or to be at the commit that stores it (<see cref="Notifier.MarkImmediateAsync"/>).</summary>
    public void MarkEmailed(DateTimeOffset at) => EmailedAt ??= at;
}

/// <summary>The kinds of notification, as the API names them.</summary>
public static class NotificationKinds
{
    /// <summary>A step made it the recipient's turn to act.</summary>
    public const string Turn = "turn";

    /// <summary>A step on something the recipient follows (asked, sent, took part in).</summary>
    public const string Update = "update";

    /// <summary>The automatic reminder before or after a due date.</summary>
    public const string Reminder = "reminder";

    /// <summary>A reminder the council office sent by hand (đôn đốc).</summary>
    public const string Remind = "remind";

    /// <summary>Anything else (the audit alarm).</summary>
    public const string Message = "message";
}

public enum DeliveryMode
{
    /// <summary>An email for each notification, as it happens.</summary>
    Immediate = 1,

    /// <summary>One email a day listing the day's notifications.</summary>
    Digest = 2,
}

/// <summary>How a user wants their notifications by email; without a record, immediately.</summary>
public sealed class NotificationPreference : Entity
{
    public string UserId { get; private set; } = "";

    public DeliveryMode Mode { get; private set; }

    private NotificationPreference()
    {
    }

    public static NotificationPreference For(string userId, DeliveryMode mode) => new() { UserId = userId, Mode = mode };

    public void Change(DeliveryMode mode) => Mode = mode;
}

/// <summary>A user's digest of one day was sent (or is being sent) by one instance: the unique key makes it once a day.</summary>
public sealed class DigestLog : Entity
{
    public string UserId { get; private set; } = "";

    public DateOnly Day { get; private set; }

    private DigestLog()
    {
    }

    public static DigestLog For(string userId, DateOnly day) => new() { UserId = userId, Day = day };
}

public static class NotificationsData
{
    extension(DongThuanDb db)
    {
        public DbSet<Notification> Notifications => db.Set<Notification>();

        public DbSet<NotificationPreference> NotificationPreferences => db.Set<NotificationPreference>();

        public DbSet<DigestLog> DigestLogs => db.Set<DigestLog>();
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    /// <summary>The index of the unread notices (ADR 0050).</summary>
    public const string UnreadIndex = "IX_Notification_Unread";

    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.Property(n => n.UserId).HasMaxLength(64);
        b.Property(n => n.Kind).HasMaxLength(16);
        b.Property(n => n.SubjectType).HasMaxLength(64);
        b.Property(n => n.Text).HasMaxLength(1000);
        b.Property(n => n.Url).HasMaxLength(300);
        b.HasIndex(n => new { n.UserId, n.EmailedAt });
        // A person's notices newest first (the notices page, the API), and those of one kind ("my work" shows the
        // updates). An office is told of every petition, so these are the reads that grow with the years: without
        // them each read visited every notice the person ever had and sorted them. The API breaks ties by id, so the
        // id ends the key and its order is the index's too.
        b.HasIndex(n => new { n.UserId, n.CreatedAt, n.Id });
        b.HasIndex(n => new { n.UserId, n.Kind, n.CreatedAt });
        // The unread alone, newest first: the header's count, the API's ?unread=true and "mark all read" read only
        // these. Partial, so an office that never marks anything read keeps it as small as its backlog, and a notice
        // leaves it when it is read (ADR 0050). The filter is written once for both engines: each quotes names this way.
        // ReadAt, always null here, is in the key for SQLite's planner: as a column it can match "ReadAt IS NULL" to,
        // the index answers the count alone and fits the query better than any other index that starts with the person.
        // Without it SQLite rated them alike and took (UserId, EmailedAt) for the count, (UserId, CreatedAt, Id) for the list.
        b.HasIndex(n => new { n.UserId, n.ReadAt, n.CreatedAt, n.Id }, UnreadIndex).HasFilter("\"ReadAt\" IS NULL");
    }
}

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> b)
    {
        b.Property(n => n.UserId).HasMaxLength(64);
        b.Property(n => n.Mode).HasConversion<int>();
        b.HasIndex(n => n.UserId).IsUnique();
    }
}

internal sealed class DigestLogConfiguration : IEntityTypeConfiguration<DigestLog>
{
    public void Configure(EntityTypeBuilder<DigestLog> b)
    {
        b.Property(n => n.UserId).HasMaxLength(64);
        b.HasIndex(n => new { n.UserId, n.Day }).IsUnique();
    }
}
