namespace DongThuan.Web.Modules.Calendar;

/// <summary>
/// The days off of a year as the Labour Code 2019 (Art. 112) sets them, before the government's yearly
/// decision: 1/1; Tết (the last day of the lunar year and the first four of the new one); Giỗ Tổ Hùng
/// Vương (10/3 lunar); 30/4; 1/5; 2/9 and one adjacent day. A holiday on a Saturday or Sunday gives a
/// substitute on the next working day (Art. 111(3)). Administrators adjust each year from there.
/// </summary>
public static class HolidayDefaults
{
    public sealed record Day(DateOnly Date, CalendarDayKind Kind, string Name);

    public static IReadOnlyList<Day> For(int year)
    {
        var holidays = new List<Day> { new(new DateOnly(year, 1, 1), CalendarDayKind.DayOff, "Tết Dương lịch") };

        if (year > LunarCalendar.MinDate.Year && LunarCalendar.ToSolar(new LunarDate(year, 1, 1, false)) is { } tet)
        {
            holidays.Add(new(tet.AddDays(-1), CalendarDayKind.DayOff, "Tết Nguyên đán (30 Tết)"));
            for (var i = 0; i < 4; i++)
            {
                holidays.Add(new(tet.AddDays(i), CalendarDayKind.DayOff, $"Tết Nguyên đán (mùng {i + 1})"));
            }
        }

        if (LunarCalendar.ToSolar(new LunarDate(year, 3, 10, false)) is { } gioTo)
        {
            holidays.Add(new(gioTo, CalendarDayKind.DayOff, "Giỗ Tổ Hùng Vương (10/3 âm lịch)"));
        }

        holidays.Add(new(new DateOnly(year, 4, 30), CalendarDayKind.DayOff, "Ngày Giải phóng miền Nam, thống nhất đất nước"));
        holidays.Add(new(new DateOnly(year, 5, 1), CalendarDayKind.DayOff, "Ngày Quốc tế Lao động"));
        var national = new DateOnly(year, 9, 2);
        holidays.Add(new(national, CalendarDayKind.DayOff, "Quốc khánh"));
        holidays.Add(new(AdjacentToNationalDay(national), CalendarDayKind.DayOff, "Quốc khánh (ngày liền kề)"));

        holidays.Sort((a, b) => a.Date.CompareTo(b.Date));
        return [.. holidays.Concat(Substitutes(holidays)).OrderBy(d => d.Date)];
    }

    /// <summary>
    /// The law leaves the choice of 1/9 or 3/9 to the Prime Minister each year; by default we take the
    /// neighbour that joins 2/9 to a weekend, so the break is unbroken, and 1/9 when neither does.
    /// </summary>
    private static DateOnly AdjacentToNationalDay(DateOnly national) => national.DayOfWeek switch
    {
        DayOfWeek.Monday or DayOfWeek.Thursday or DayOfWeek.Sunday => national.AddDays(1),
        _ => national.AddDays(-1),
    };

    private static IEnumerable<Day> Substitutes(IReadOnlyList<Day> holidays)
    {
        var taken = holidays.Select(h => h.Date).ToHashSet();
        foreach (var holiday in holidays.Where(h => WorkingWeek.IsWeekend(h.Date)))
        {
            var substitute = holiday.Date.AddDays(1);
            while (WorkingWeek.IsWeekend(substitute) || taken.Contains(substitute))
            {
                substitute = substitute.AddDays(1);
            }

            taken.Add(substitute);
            yield return new Day(substitute, CalendarDayKind.DayOff, $"Nghỉ bù {holiday.Name} ({holiday.Date:dd/MM})");
        }
    }
}
