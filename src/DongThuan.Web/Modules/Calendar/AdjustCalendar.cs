using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Calendar;

/// <summary>
/// An administrator adjusts a year's calendar to the government's decision (the page and the API): adds a day off on a
/// weekday or a make-up working day on a weekend, or takes one back. The first change to a year stores its generated
/// days, so the change applies on top of them; nothing is half-saved.
/// </summary>
public static class AdjustCalendar
{
    public sealed record Request(DateOnly Date, CalendarDayKind Kind, string? Name);

    public static readonly Refusal NotListed = new("calendar-date-not-listed", "Ngày này không có trong lịch năm.");

    public static bool InRange(int year) => year >= LunarCalendar.MinDate.Year + 1 && year <= LunarCalendar.MaxDate.Year;

    public static async Task<(Outcome Outcome, CalendarDay? Day)> AddAsync(DongThuanDb db, WorkingCalendar calendar, DateTimeOffset now, Request input, CancellationToken ct)
    {
        var year = input.Date.Year;
        if (!InRange(year))
        {
            return (CalendarRefusals.YearOutOfRange, null);
        }

        await calendar.EnsureAdjustableAsync(year, now, ct);
        var sameYear = db.Set<CalendarDay>().Local.Where(d => d.Date.Year == year)
            .Concat(await db.Set<CalendarDay>().Where(d => d.Date >= new DateOnly(year, 1, 1) && d.Date <= new DateOnly(year, 12, 31)).ToListAsync(ct));
        var added = CalendarDay.Create(input.Date, input.Kind, input.Name ?? "", sameYear, out var outcome);
        if (!outcome.Succeeded)
        {
            // The stored defaults and the refused day go together or not at all.
            db.ChangeTracker.Clear();
            return (outcome, null);
        }

        db.Set<CalendarDay>().Add(added);
        await db.SaveChangesAsync(ct);
        return (Outcome.Done, added);
    }

    public static async Task<Outcome> RemoveAsync(DongThuanDb db, WorkingCalendar calendar, DateTimeOffset now, DateOnly date, CancellationToken ct)
    {
        if (!InRange(date.Year))
        {
            return NotListed;
        }

        await calendar.EnsureAdjustableAsync(date.Year, now, ct);
        var day = db.Set<CalendarDay>().Local.FirstOrDefault(d => d.Date == date && d.ArchivedAt is null)
                  ?? await db.Set<CalendarDay>().FirstOrDefaultAsync(d => d.Date == date && d.ArchivedAt == null, ct);
        if (day is null)
        {
            db.ChangeTracker.Clear();
            return NotListed;
        }

        day.Archive(now);
        await db.SaveChangesAsync(ct);
        return Outcome.Done;
    }
}
