using DongThuan.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Calendar;

/// <summary>The days off and extra working days of some years, loaded once, answering "is this a working day?".</summary>
public sealed class WorkingDays
{
    private readonly Dictionary<DateOnly, (CalendarDayKind Kind, string Name)> _exceptions;

    public WorkingDays(IEnumerable<(DateOnly Date, CalendarDayKind Kind, string Name)> exceptions) =>
        _exceptions = exceptions.GroupBy(e => e.Date).ToDictionary(g => g.Key, g => (g.First().Kind, g.First().Name));

    public bool IsWorkingDay(DateOnly date) => _exceptions.TryGetValue(date, out var e)
        ? e.Kind == CalendarDayKind.WorkingDay
        : !WorkingWeek.IsWeekend(date);

    /// <summary>Why a day is not worked: its holiday name, or "thứ Bảy"/"Chủ nhật".</summary>
    public string ReasonOff(DateOnly date) => _exceptions.TryGetValue(date, out var e) && e.Kind == CalendarDayKind.DayOff
        ? e.Name
        : date.DayOfWeek == DayOfWeek.Saturday ? "thứ Bảy" : "Chủ nhật";

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>: how long an answer took.</summary>
    public int Between(DateOnly from, DateOnly to)
    {
        var n = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
        {
            n += IsWorkingDay(d) ? 1 : 0;
        }

        return n;
    }

    public DateOnly NextWorkingDay(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }
}

/// <summary>
/// The module's public surface for days off: the stored days of a year an administrator adjusted, the
/// generated defaults of any other year. Deadlines everywhere are computed through it.
/// </summary>
public sealed class WorkingCalendar(DongThuanDb db)
{
    public sealed record YearDay(DateOnly Date, CalendarDayKind Kind, string Name, Guid? Id);

    /// <summary>The exceptions of one year, and whether an administrator has adjusted it.</summary>
    public async Task<(IReadOnlyList<YearDay> Days, bool Adjusted)> YearAsync(int year, CancellationToken ct)
    {
        if (await db.Set<HolidayYear>().AnyAsync(y => y.Year == year, ct))
        {
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year, 12, 31);
            var stored = await db.Set<CalendarDay>().AsNoTracking()
                .Where(d => d.ArchivedAt == null && d.Date >= from && d.Date <= to).OrderBy(d => d.Date).ToListAsync(ct);
            return ([.. stored.Select(d => new YearDay(d.Date, d.Kind, d.Name, d.Id))], true);
        }

        return ([.. HolidayDefaults.For(year).Select(d => new YearDay(d.Date, d.Kind, d.Name, null))], false);
    }

    /// <summary>The working-day calendar covering <paramref name="from"/> and a generous stretch after it (deadlines run forward).</summary>
    public async Task<WorkingDays> FromAsync(DateOnly from, CancellationToken ct)
    {
        // Which of the years were adjusted, and the stored days of those, in two queries whatever the span.
        var last = Math.Min(from.Year + 2, LunarCalendar.MaxDate.Year);
        var adjusted = (await db.Set<HolidayYear>().AsNoTracking().Where(y => y.Year >= from.Year && y.Year <= last).Select(y => y.Year).ToListAsync(ct)).ToHashSet();
        var days = new List<(DateOnly, CalendarDayKind, string)>();
        if (adjusted.Count > 0)
        {
            var start = new DateOnly(adjusted.Min(), 1, 1);
            var end = new DateOnly(adjusted.Max(), 12, 31);
            var stored = await db.Set<CalendarDay>().AsNoTracking().Where(d => d.ArchivedAt == null && d.Date >= start && d.Date <= end).OrderBy(d => d.Date).ToListAsync(ct);
            days.AddRange(stored.Where(d => adjusted.Contains(d.Date.Year)).Select(d => (d.Date, d.Kind, d.Name)));
        }

        for (var year = from.Year; year <= last; year++)
        {
            if (!adjusted.Contains(year))
            {
                days.AddRange(HolidayDefaults.For(year).Select(d => (d.Date, d.Kind, d.Name)));
            }
        }

        return new WorkingDays([.. days.OrderBy(d => d.Item1)]);
    }

    /// <summary>
    /// Before the first change to a year, its defaults are stored, so the change applies on top of them
    /// and the year stops following the generator.
    /// </summary>
    public async Task EnsureAdjustableAsync(int year, DateTimeOffset now, CancellationToken ct)
    {
        if (await db.Set<HolidayYear>().AnyAsync(y => y.Year == year, ct))
        {
            return;
        }

        db.Set<HolidayYear>().Add(HolidayYear.Adjusted(year, now));
        foreach (var d in HolidayDefaults.For(year))
        {
            db.Set<CalendarDay>().Add(CalendarDay.Create(d.Date, d.Kind, d.Name, [], out _));
        }
    }
}
