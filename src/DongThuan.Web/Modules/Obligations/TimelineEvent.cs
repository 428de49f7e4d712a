using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DongThuan.Web.Modules.Obligations;

/// <summary>One transition on an item's timeline: who, when, from which state to which, and why.</summary>
public sealed class TimelineEvent : Entity
{
    public string SubjectType { get; private set; } = "";

    public Guid SubjectId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? UserId { get; private set; }

    public string ActorName { get; private set; } = "";

    public string? From { get; private set; }

    public string To { get; private set; } = "";

    public string? Note { get; private set; }

    private TimelineEvent()
    {
    }

    public static TimelineEvent Record(string subjectType, Guid subjectId, DateTimeOffset at, string? userId, string actorName, string? from, string to, string? note) => new()
    {
        SubjectType = subjectType,
        SubjectId = subjectId,
        At = at,
        UserId = userId,
        ActorName = actorName,
        From = from,
        To = to,
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
    };

    /// <summary>
    /// When a step goes on the timeline: now; or, for a step of the past the office records later (<paramref name="on"/>
    /// before today), that day, with a note saying it was entered later and when. <c>Later</c> says which.
    /// </summary>
    public static (DateTimeOffset At, string? Note, bool Later) Stamp(DateOnly? on, TimeProvider time, string? note)
    {
        var today = Infrastructure.Localization.VietnamTime.Today(time);
        if (on is not { } day || day >= today)
        {
            return (time.GetUtcNow(), note, false);
        }

        var entered = $"Nhập sau, ngày {today:dd/MM/yyyy}, theo hồ sơ giấy.";
        return (new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 0)), TimeSpan.FromHours(7)).ToUniversalTime(),
            string.IsNullOrWhiteSpace(note) ? entered : $"{note.Trim()} ({entered})", true);
    }
}

public static class ObligationsData
{
    extension(DongThuanDb db)
    {
        public DbSet<Obligation> Obligations => db.Set<Obligation>();

        public DbSet<TimelineEvent> Timeline => db.Set<TimelineEvent>();
    }
}

internal sealed class ObligationConfiguration : IEntityTypeConfiguration<Obligation>
{
    public void Configure(EntityTypeBuilder<Obligation> b)
    {
        b.Property(o => o.Kind).HasMaxLength(60);
        b.Property(o => o.SubjectType).HasMaxLength(60);
        b.Property(o => o.Subject).HasMaxLength(Obligation.SubjectMax);
        b.Property(o => o.DueExplanation).HasMaxLength(Obligation.ExplanationMax);
        b.Property(o => o.RuleCode).HasMaxLength(100);
        b.Property(o => o.Field).HasMaxLength(100);
        b.Property(o => o.State).HasConversion<int>();
        b.HasIndex(o => new { o.UnitId, o.State, o.DueOn });
        // Figures count the obligations due in a period against their original date, on time or late, by agency:
        // the index alone answers them.
        b.HasIndex(o => new { o.UnitId, o.OriginalDueOn, o.OwnerBodyId, o.State, o.FulfilledOn, o.DueOn });
        b.HasIndex(o => new { o.SubjectType, o.SubjectId });
        b.HasIndex(o => o.OwnerBodyId);
    }
}

internal sealed class TimelineEventConfiguration : IEntityTypeConfiguration<TimelineEvent>
{
    public void Configure(EntityTypeBuilder<TimelineEvent> b)
    {
        b.Property(e => e.SubjectType).HasMaxLength(60);
        b.Property(e => e.UserId).HasMaxLength(64);
        b.Property(e => e.ActorName).HasMaxLength(200);
        b.Property(e => e.From).HasMaxLength(40);
        b.Property(e => e.To).HasMaxLength(40);
        b.Property(e => e.Note).HasMaxLength(4000);
        b.HasIndex(e => new { e.SubjectType, e.SubjectId, e.At });
    }
}
