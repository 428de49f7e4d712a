using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Calendar;
using DongThuan.Web.Modules.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DongThuan.Web.Modules.Obligations;

public enum ReminderKind
{
    /// <summary>A configurable number of working days before the due date.</summary>
    DueSoon = 1,

    /// <summary>On the day the obligation becomes overdue.</summary>
    Overdue = 2,
}

/// <summary>
/// That a reminder was sent for one obligation, of one kind, for one due date. The unique key is the claim:
/// the instance whose insert succeeds sends; another instance running at the same moment gets a unique-key
/// violation and sends nothing. An extended due date is a new due date, so it gets its own reminders.
/// </summary>
public sealed class ObligationReminder : Entity
{
    public Guid ObligationId { get; private set; }

    public ReminderKind Kind { get; private set; }

    public DateOnly DueOn { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    private ObligationReminder()
    {
    }

    public static ObligationReminder For(Obligation o, ReminderKind kind, DateTimeOffset at) => new() { ObligationId = o.Id, Kind = kind, DueOn = o.DueOn, SentAt = at };
}

internal sealed class ObligationReminderConfiguration : IEntityTypeConfiguration<ObligationReminder>
{
    public void Configure(EntityTypeBuilder<ObligationReminder> b)
    {
        b.Property(r => r.Kind).HasConversion<int>();
        b.HasOne<Obligation>().WithMany().HasForeignKey(r => r.ObligationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.ObligationId, r.Kind, r.DueOn }).IsUnique();
    }
}

/// <summary>
/// Reminds those who owe: the named person's account and every account holding a role in the owning body get a
/// notification (and an email, at once or in their digest) a few working days before the due date
/// (<c>Reminders:WorkingDaysBefore</c>, 3) and on the day it becomes overdue. Driven by the injected clock.
/// </summary>
public sealed class Reminders(DongThuanDb db, TimeProvider time, WorkingCalendar calendar, Notifier notifier, ObligationCatalogue catalogue, IConfiguration configuration,
    ILogger<Reminders> log)
{
    /// <summary>An obligation that became overdue longer ago than this gets no "overdue" reminder any more (a first run on old data stays quiet).</summary>
    public const int OverdueLookbackDays = 7;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var today = VietnamTime.Today(time);
        var days = await calendar.FromAsync(today, ct);
        var limit = today;
        for (var counted = 0; counted < configuration.GetValue("Reminders:WorkingDaysBefore", 3);)
        {
            limit = limit.AddDays(1);
            if (days.IsWorkingDay(limit))
            {
                counted++;
            }
        }

        var since = today.AddDays(-OverdueLookbackDays);
        var candidates = await db.Obligations.AsNoTracking()
            .Where(o => o.State == ObligationState.Open && o.DueOn >= since && o.DueOn <= limit).ToListAsync(ct);
        var ids = candidates.Select(o => o.Id).ToList();
        var done = (await db.Set<ObligationReminder>().AsNoTracking().Where(r => ids.Contains(r.ObligationId)).Select(r => new { r.ObligationId, r.Kind, r.DueOn }).ToListAsync(ct))
            .Select(r => (r.ObligationId, r.Kind, r.DueOn)).ToHashSet();
        var sent = 0;
        foreach (var o in candidates)
        {
            var kind = o.DueOn < today ? ReminderKind.Overdue : ReminderKind.DueSoon;
            if (!done.Contains((o.Id, kind, o.DueOn)) && await SendAsync(o, kind, ct))
            {
                sent++;
            }
        }

        return sent;
    }

    private async Task<bool> SendAsync(Obligation o, ReminderKind kind, CancellationToken ct)
    {
        var recipients = await RecipientsAsync(o, ct);
        var text = kind == ReminderKind.Overdue
            ? $"Quá hạn từ {o.DueOn.AddDays(1):dd/MM/yyyy}: {catalogue.NameOf(o.Kind)} — {o.Subject}"
            : $"Sắp đến hạn {o.DueOn:dd/MM/yyyy}: {catalogue.NameOf(o.Kind)} — {o.Subject}";
        db.Set<ObligationReminder>().Add(ObligationReminder.For(o, kind, time.GetUtcNow()));
        var staged = notifier.Stage(recipients, text.Length > 900 ? text[..900] : text, $"/Obligations/Details/{o.Id}", NotificationKinds.Reminder, "Obligation", o.Id);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another instance claimed this reminder first: it sends it, this one does not.
            db.ChangeTracker.Clear();
            return false;
        }

        log.LogInformation("Reminder {Kind} for obligation {Obligation} to {Count} users", kind, o.Id, staged.Count);
        await notifier.SendImmediateAsync(staged, ct);
        return true;
    }

    /// <summary>The named person's accounts and the accounts holding a role in the owning body.</summary>
    private Task<IReadOnlyList<string>> RecipientsAsync(Obligation o, CancellationToken ct) => PartyAccounts.OfAsync(db, o.OwnerBodyId, o.OwnerPersonId, null, ct);
}

/// <summary>Runs the reminders and the digests every few minutes (<c>Reminders:IntervalMinutes</c>, 15), unless <c>Reminders:Enabled</c> is false.</summary>
public sealed class ReminderWorker(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider time, ILogger<ReminderWorker> log)
    : Infrastructure.Jobs.PeriodicJob(scopes, time, log)
{
    protected override string Name => "Reminders";

    protected override bool Enabled => configuration.GetValue("Reminders:Enabled", true);

    protected override TimeSpan FirstRunAfter => TimeSpan.FromSeconds(30);

    protected override TimeSpan Interval => TimeSpan.FromMinutes(Math.Max(1, configuration.GetValue("Reminders:IntervalMinutes", 15)));

    protected override async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        await services.GetRequiredService<Reminders>().RunAsync(ct);
        await services.GetRequiredService<Notifier>().SendDigestsAsync(ct);
    }
}
