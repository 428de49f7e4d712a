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

    /// <summary>Once it is overdue, however long ago that was.</summary>
    Overdue = 2,

    /// <summary>In the weekly digest of what is still overdue, to the owner and to the council office.</summary>
    WeeklyOverdue = 3,
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

    /// <summary>The due date reminded of; for <see cref="ReminderKind.WeeklyOverdue"/>, the Monday of the week whose digest listed it.</summary>
    public DateOnly DueOn { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    private ObligationReminder()
    {
    }

    public static ObligationReminder For(Obligation o, ReminderKind kind, DateTimeOffset at) => new() { ObligationId = o.Id, Kind = kind, DueOn = o.DueOn, SentAt = at };

    public static ObligationReminder InWeekOf(Obligation o, DateOnly monday, DateTimeOffset at) => new() { ObligationId = o.Id, Kind = ReminderKind.WeeklyOverdue, DueOn = monday, SentAt = at };
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
/// Reminds those who owe, whatever the age of what they owe. The named person's accounts and every account holding a role
/// in the owning body get a notification (and an email, at once or in their daily digest) a few working days before the
/// due date (<c>Reminders:WorkingDaysBefore</c>, 3); once it is overdue, they and the council office of its unit are told;
/// and every week, each of them gets one digest of what is still overdue. Driven by the injected clock.
/// </summary>
public sealed class Reminders(DongThuanDb db, TimeProvider time, WorkingCalendar calendar, Notifier notifier, ObligationCatalogue catalogue, IConfiguration configuration,
    ILogger<Reminders> log)
{
    /// <summary>How many of the overdue items a weekly digest names before it says "and N more".</summary>
    private const int DigestNames = 5;

    private readonly Dictionary<Guid, IReadOnlyList<string>> _offices = [];

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

        var candidates = await db.Obligations.AsNoTracking().Where(o => o.State == ObligationState.Open && o.DueOn <= limit).ToListAsync(ct);
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

        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var week = candidates.Where(o => o.DueOn < monday && !done.Contains((o.Id, ReminderKind.WeeklyOverdue, monday))).ToList();
        return sent + await SendWeeklyAsync(week, monday, ct);
    }

    private async Task<bool> SendAsync(Obligation o, ReminderKind kind, CancellationToken ct)
    {
        var recipients = await OwnersAsync(o, ct);
        if (kind == ReminderKind.Overdue)
        {
            // The office keeps the record: it hears when an item passes its date, so it can remind (đôn đốc).
            recipients = [.. recipients.Union(await OfficeAsync(o.UnitId, ct), StringComparer.Ordinal)];
        }

        var text = kind == ReminderKind.Overdue
            ? $"Quá hạn từ {o.DueOn.AddDays(1):dd/MM/yyyy}: {catalogue.NameOf(o.Kind)} — {o.Subject}"
            : $"Sắp đến hạn {o.DueOn:dd/MM/yyyy}: {catalogue.NameOf(o.Kind)} — {o.Subject}";
        db.Set<ObligationReminder>().Add(ObligationReminder.For(o, kind, time.GetUtcNow()));
        var staged = notifier.Stage(recipients, text.Length > 900 ? text[..900] : text, $"/Obligations/Details/{o.Id}", NotificationKinds.Reminder, "Obligation", o.Id);
        var mail = await notifier.MarkImmediateAsync(staged, ct);
        if (!await ClaimAsync(ct))
        {
            return false;
        }

        log.LogInformation("Reminder {Kind} for obligation {Obligation} to {Count} users", kind, o.Id, staged.Count);
        await notifier.SendAsync(mail, ct);
        return true;
    }

    /// <summary>
    /// One notification a week to each account concerned, naming what is still overdue: the owners' accounts about what
    /// their body or they themselves owe, the council office about everything overdue in its unit. Items that became
    /// overdue this week are not in it; they had their own reminder.
    /// </summary>
    private async Task<int> SendWeeklyAsync(List<Obligation> overdue, DateOnly monday, CancellationToken ct)
    {
        if (overdue.Count == 0)
        {
            return 0;
        }

        var owed = new Dictionary<string, List<Obligation>>(StringComparer.Ordinal);
        var kept = new Dictionary<string, List<Obligation>>(StringComparer.Ordinal);
        foreach (var o in overdue)
        {
            foreach (var user in await OwnersAsync(o, ct))
            {
                Add(owed, user, o);
            }

            foreach (var user in await OfficeAsync(o.UnitId, ct))
            {
                Add(kept, user, o);
            }

            db.Set<ObligationReminder>().Add(ObligationReminder.InWeekOf(o, monday, time.GetUtcNow()));
        }

        var staged = new List<Notifications.Notification>();
        foreach (var (user, items) in owed)
        {
            staged.AddRange(notifier.Stage([user], Digest("Quý vị còn {0} việc quá hạn", items), "/Obligations/Mine", NotificationKinds.Reminder));
        }

        foreach (var (user, items) in kept)
        {
            staged.AddRange(notifier.Stage([user], Digest("Trong đơn vị còn {0} việc quá hạn", items), "/Obligations?Status=Overdue", NotificationKinds.Reminder));
        }

        var mail = await notifier.MarkImmediateAsync(staged, ct);
        if (!await ClaimAsync(ct))
        {
            return 0;
        }

        log.LogInformation("Weekly overdue digest of {Items} items to {Count} users", overdue.Count, staged.Count);
        await notifier.SendAsync(mail, ct);
        return staged.Count;

        static void Add(Dictionary<string, List<Obligation>> to, string user, Obligation o)
        {
            if (!to.TryGetValue(user, out var list))
            {
                to[user] = list = [];
            }

            list.Add(o);
        }
    }

    private string Digest(string lead, List<Obligation> items)
    {
        var named = items.OrderBy(o => o.DueOn).Take(DigestNames).Select(o => $"{o.Subject} (hạn {o.DueOn:dd/MM/yyyy}, {catalogue.NameOf(o.Kind).ToLowerInvariant()})");
        var more = items.Count > DigestNames ? $"; và {items.Count - DigestNames} việc khác" : "";
        var text = $"Tuần này — {string.Format(System.Globalization.CultureInfo.InvariantCulture, lead, items.Count)}: {string.Join("; ", named)}{more}.";
        return text.Length > 900 ? text[..899] + "…" : text;
    }

    /// <summary>Saves the claim with what it sends; false when another instance claimed it first (it sends, this one does not).</summary>
    private async Task<bool> ClaimAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>The named person's accounts and the accounts holding a role in the owning body.</summary>
    private Task<IReadOnlyList<string>> OwnersAsync(Obligation o, CancellationToken ct) => PartyAccounts.OfAsync(db, o.OwnerBodyId, o.OwnerPersonId, null, ct);

    private async Task<IReadOnlyList<string>> OfficeAsync(Guid unitId, CancellationToken ct)
    {
        if (!_offices.TryGetValue(unitId, out var accounts))
        {
            _offices[unitId] = accounts = await PartyAccounts.CouncilOfficeOfAsync(db, unitId, ct);
        }

        return accounts;
    }
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
