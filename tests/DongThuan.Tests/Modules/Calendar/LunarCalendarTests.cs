using System.Globalization;
using DongThuan.Web.Modules.Calendar;

namespace DongThuan.Tests.Modules.Calendar;

/// <summary>The Vietnamese lunar calendar against published dates, and against itself over two centuries.</summary>
public sealed class LunarCalendarTests
{
    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(1968, "1968-01-29")] // Tết Mậu Thân: the North, on UTC+7, a day before the South
    [InlineData(1985, "1985-01-21")] // Vietnam; China's (UTC+8) was 20/02/1985
    [InlineData(2007, "2007-02-17")]
    [InlineData(2023, "2023-01-22")]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2027, "2027-02-06")]
    public void Tet_falls_on_the_Vietnamese_date(int year, string tet)
    {
        Assert.Equal(Day(tet), LunarCalendar.ToSolar(new LunarDate(year, 1, 1, false)));
        Assert.Equal(new LunarDate(year, 1, 1, false), LunarCalendar.FromSolar(Day(tet)));
        var eve = LunarCalendar.FromSolar(Day(tet).AddDays(-1));
        Assert.Equal((year - 1, 12), (eve.Year, eve.Month));
        Assert.InRange(eve.Day, 29, 30);
    }

    [Fact]
    public void The_Chinese_calendar_is_not_a_substitute()
    {
        // The reason this module exists: .NET's Chinese calendar starts 1985 a month later.
        var chinese = new ChineseLunisolarCalendar();
        var tet1985 = new DateTime(1985, 1, 21);
        Assert.NotEqual((1, 1), (chinese.GetMonth(tet1985), chinese.GetDayOfMonth(tet1985)));
        Assert.Equal(new LunarDate(1985, 1, 1, false), LunarCalendar.FromSolar(new DateOnly(1985, 1, 21)));
    }

    [Theory]
    [InlineData(2009, "2009-04-04")]
    [InlineData(2026, "2026-04-26")]
    [InlineData(2024, "2024-04-18")]
    public void Gio_To_Hung_Vuong_is_10_3_lunar(int year, string date) =>
        Assert.Equal(Day(date), LunarCalendar.ToSolar(new LunarDate(year, 3, 10, false)));

    [Theory]
    [InlineData(2012, 4)]
    [InlineData(2014, 9)]
    [InlineData(2017, 6)]
    [InlineData(2020, 4)]
    [InlineData(2023, 2)]
    [InlineData(2025, 6)]
    [InlineData(2024, null)]
    [InlineData(2026, null)]
    public void Leap_months_fall_where_the_almanac_puts_them(int year, int? leapMonth) =>
        Assert.Equal(leapMonth, LunarCalendar.LeapMonthOf(year));

    [Fact]
    public void A_leap_month_converts_both_ways_and_a_missing_one_is_refused()
    {
        Assert.Equal(new DateOnly(2023, 3, 22), LunarCalendar.ToSolar(new LunarDate(2023, 2, 1, true)));
        Assert.Equal(new LunarDate(2023, 2, 1, true), LunarCalendar.FromSolar(new DateOnly(2023, 3, 22)));
        Assert.Equal(new LunarDate(2023, 2, 1, false), LunarCalendar.FromSolar(new DateOnly(2023, 2, 20)));
        Assert.Null(LunarCalendar.ToSolar(new LunarDate(2024, 5, 1, true)));
        Assert.Null(LunarCalendar.ToSolar(new LunarDate(2023, 13, 1, false)));
    }

    [Fact]
    public void Every_day_from_1900_to_2100_converts_back_to_itself_and_months_are_29_or_30_days()
    {
        var previous = LunarCalendar.FromSolar(LunarCalendar.MinDate);
        var monthLength = previous.Day;
        for (var day = LunarCalendar.MinDate.AddDays(1); day <= LunarCalendar.MaxDate; day = day.AddDays(1))
        {
            var lunar = LunarCalendar.FromSolar(day);
            Assert.Equal(day, LunarCalendar.ToSolar(lunar));
            if (lunar.Day == 1)
            {
                Assert.True(previous.Day is 29 or 30, $"month ending {day.AddDays(-1)} has {previous.Day} days");
                monthLength = 1;
            }
            else
            {
                Assert.Equal(previous.Day + 1, lunar.Day);
                monthLength++;
            }

            previous = lunar;
        }

        Assert.InRange(monthLength, 1, 30);
        // Day 30 of a 29-day month does not exist.
        var shortMonth = Enumerable.Range(1, 12).Select(m => new LunarDate(2024, m, 30, false)).First(d => LunarCalendar.ToSolar(d) is null);
        Assert.Null(LunarCalendar.ToSolar(shortMonth));
    }
}
