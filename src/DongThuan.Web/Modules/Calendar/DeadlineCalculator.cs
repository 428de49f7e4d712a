using System.Globalization;

namespace DongThuan.Web.Modules.Calendar;

/// <summary>When something is due, and how that was worked out, in words an official can check.</summary>
public sealed record DueDate(DateOnly Date, DateTime? LocalTime, string Explanation);

/// <summary>
/// Counts deadlines the way Vietnamese law does (Civil Code 2015, Art. 147–148, unless another law says
/// otherwise): the day of the starting event is not counted; a period in days ends at the end of its last
/// day; and a period that ends on a weekend or holiday ends on the next working day. Working days skip
/// weekends and days off; working hours count office hours, 08:00–17:00, on working days.
/// </summary>
public static class DeadlineCalculator
{
    public static readonly TimeSpan OfficeOpens = TimeSpan.FromHours(8);
    public static readonly TimeSpan OfficeCloses = TimeSpan.FromHours(17);

    private static string D(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string T(DateTime t) => t.ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static DueDate Compute(DateTime fromLocal, int amount, DeadlineUnit unit, WorkingDays days) => unit switch
    {
        DeadlineUnit.CalendarDays => CalendarDays(DateOnly.FromDateTime(fromLocal), amount, days),
        DeadlineUnit.WorkingDays => WorkingDaysAfter(DateOnly.FromDateTime(fromLocal), amount, days),
        DeadlineUnit.WorkingHours => WorkingHours(fromLocal, amount, days),
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    private static DueDate CalendarDays(DateOnly from, int amount, WorkingDays days)
    {
        var end = from.AddDays(amount);
        var text = $"Không tính ngày {D(from)}; {amount} ngày tính từ {D(from.AddDays(1))}, kết thúc ngày {D(end)}.";
        if (!days.IsWorkingDay(end))
        {
            var moved = days.NextWorkingDay(end);
            text += $" Ngày {D(end)} là ngày nghỉ ({days.ReasonOff(end)}) nên hạn là ngày làm việc tiếp theo, {D(moved)}.";
            end = moved;
        }

        return new DueDate(end, null, text + " (Bộ luật Dân sự 2015, Điều 147–148.)");
    }

    private static DueDate WorkingDaysAfter(DateOnly from, int amount, WorkingDays days)
    {
        var day = from;
        var skipped = new List<string>();
        for (var counted = 0; counted < amount;)
        {
            day = day.AddDays(1);
            if (days.IsWorkingDay(day))
            {
                counted++;
            }
            else if (!WorkingWeek.IsWeekend(day))
            {
                skipped.Add($"{D(day)} ({days.ReasonOff(day)})");
            }
        }

        var text = $"{amount} ngày làm việc sau ngày {D(from)}, không tính thứ Bảy, Chủ nhật";
        text += skipped.Count == 0 ? "" : $" và ngày nghỉ: {string.Join(", ", skipped)}";
        return new DueDate(day, null, text + $"; hạn là ngày {D(day)}.");
    }

    private static DueDate WorkingHours(DateTime from, int amount, WorkingDays days)
    {
        var t = StartOfWork(from, days);
        var started = t;
        var remaining = TimeSpan.FromHours(amount);
        while (true)
        {
            var left = OfficeCloses - t.TimeOfDay;
            if (remaining <= left)
            {
                t += remaining;
                break;
            }

            remaining -= left;
            t = StartOfWork(t.Date.AddDays(1), days);
        }

        var text = $"{amount} giờ làm việc (08:00–17:00, ngày làm việc) tính từ {T(started)}";
        text += started == from ? "" : $" (nhận lúc {T(from)}, ngoài giờ làm việc)";
        return new DueDate(DateOnly.FromDateTime(t), t, text + $"; hạn là {T(t)}.");
    }

    /// <summary>The first office moment at or after <paramref name="t"/>.</summary>
    private static DateTime StartOfWork(DateTime t, WorkingDays days)
    {
        var day = DateOnly.FromDateTime(t);
        if (days.IsWorkingDay(day) && t.TimeOfDay < OfficeCloses)
        {
            return t.TimeOfDay < OfficeOpens ? t.Date + OfficeOpens : t;
        }

        return days.NextWorkingDay(day.AddDays(1)).ToDateTime(TimeOnly.MinValue) + OfficeOpens;
    }
}
