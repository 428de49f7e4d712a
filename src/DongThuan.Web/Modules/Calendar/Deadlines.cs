using DongThuan.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Calendar;

/// <summary>The module's public surface for deadlines: the rule in force on an event's date, and the due date it gives.</summary>
public sealed class Deadlines(DongThuanDb db, WorkingCalendar calendar)
{
    public async Task<DeadlineRule?> InForceAsync(string code, DateOnly eventDate, CancellationToken ct)
    {
        var rules = await db.Set<DeadlineRule>().AsNoTracking().Where(r => r.Code == code && r.ArchivedAt == null).ToListAsync(ct);
        return rules.SingleOrDefault(r => r.AppliesOn(eventDate));
    }

    /// <summary>
    /// The due date of an item passed on on <paramref name="handover"/> after being received on <paramref name="received"/>:
    /// the rule in force on the handover day says which of the two starts the clock (<see cref="DeadlineRule.Starts"/>).
    /// </summary>
    public async Task<(DeadlineRule Rule, DueDate Due)?> DueAsync(string code, DateOnly handover, DateOnly? received, CancellationToken ct)
    {
        if (await InForceAsync(code, handover, ct) is not { } rule)
        {
            return null;
        }

        var start = rule.StartOf(handover, received);
        var due = DeadlineCalculator.Compute(start.ToDateTime(TimeOnly.MinValue), rule.Amount, rule.Unit, await calendar.FromAsync(start, ct));
        return (rule, due with { Explanation = $"{due.Explanation} Tính từ: {rule.StartEvent}. Căn cứ: {rule.LegalBasis}." });
    }

    /// <summary>The due date of an event under the rule in force on its day; null when no rule covers that day.</summary>
    public async Task<(DeadlineRule Rule, DueDate Due)?> DueAsync(string code, DateTime eventLocal, CancellationToken ct)
    {
        var day = DateOnly.FromDateTime(eventLocal);
        if (await InForceAsync(code, day, ct) is not { } rule)
        {
            return null;
        }

        var due = DeadlineCalculator.Compute(eventLocal, rule.Amount, rule.Unit, await calendar.FromAsync(day, ct));
        return (rule, due with { Explanation = $"{due.Explanation} Căn cứ: {rule.LegalBasis}." });
    }
}
