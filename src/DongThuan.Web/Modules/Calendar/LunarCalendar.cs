namespace DongThuan.Web.Modules.Calendar;

/// <summary>A date of the Vietnamese lunisolar calendar (âm lịch).</summary>
public readonly record struct LunarDate(int Year, int Month, int Day, bool LeapMonth)
{
    public override string ToString() => $"{Day:00}/{Month:00}{(LeapMonth ? " (nhuận)" : "")}/{Year}";
}

/// <summary>
/// The Vietnamese lunisolar calendar, computed from astronomy for Vietnam's meridian.
/// <para>
/// A month begins on the local day of a new moon; the month holding the winter solstice is month 11;
/// in a year with 13 months, the first month after month 11 with no major solar term (the sun's longitude
/// does not cross a multiple of 30°) is the leap month. New moons come from Meeus' series (Astronomical
/// Algorithms, ch. 49) and the sun's longitude from its low-precision series (ch. 25). Days are taken in
/// UTC+7, and UTC+8 before 1968 (the time Vietnam's almanac used then). That meridian is why this is not
/// .NET's <c>ChineseLunisolarCalendar</c>: China computes for UTC+8, and whenever a new moon falls between
/// 23:00 and midnight Hanoi time the two calendars start the month on different days (Tết 1985: 21/01 in
/// Vietnam, 20/02 in China).
/// </para>
/// Valid for 1900–2100: outside that range the series lose accuracy and the tests stop.
/// </summary>
public static class LunarCalendar
{
    public static readonly DateOnly MinDate = new(1900, 1, 31);
    public static readonly DateOnly MaxDate = new(2100, 12, 31);

    private const double Radians = Math.PI / 180;

    /// <summary>Mean length of a synodic month, in days.</summary>
    private const double SynodicMonth = 29.530588853;

    /// <summary>Julian day of the new moon Meeus numbers 0 (1900-01-01), the origin of <c>k</c>.</summary>
    private const double NewMoonEpoch = 2415021.076998695;

    public static double TimeZoneFor(int year) => year < 1968 ? 8.0 : 7.0;

    /// <summary>The lunar date of a solar (Gregorian) date.</summary>
    public static LunarDate FromSolar(DateOnly date)
    {
        RequireRange(date);
        var tz = TimeZoneFor(date.Year);
        var day = JulianDay(date);
        // The month index from the mean synodic month is only an estimate: the true new moon can run a day
        // ahead of or behind the mean, so step to the last new moon on or before the day.
        var k = (int)Math.Floor((day - NewMoonEpoch) / SynodicMonth) + 1;
        while (NewMoonDay(k, tz) > day)
        {
            k--;
        }

        while (NewMoonDay(k + 1, tz) <= day)
        {
            k++;
        }

        var monthStart = NewMoonDay(k, tz);

        // Month 11 of the lunar year in progress, and of the next one.
        var a11 = Month11Start(date.Year, tz);
        var b11 = a11;
        int lunarYear;
        if (a11 >= monthStart)
        {
            lunarYear = date.Year;
            a11 = Month11Start(date.Year - 1, tz);
        }
        else
        {
            lunarYear = date.Year + 1;
            b11 = Month11Start(date.Year + 1, tz);
        }

        var lunarDay = day - monthStart + 1;
        var monthsAfter11 = (int)Math.Floor((monthStart - a11) / 29.0);
        var leap = false;
        var lunarMonth = monthsAfter11 + 11;
        if (b11 - a11 > 365)
        {
            // Thirteen months between two months 11: one of them is a leap month.
            var leapAfter11 = LeapMonthOffset(a11, tz);
            if (monthsAfter11 >= leapAfter11)
            {
                lunarMonth = monthsAfter11 + 10;
                leap = monthsAfter11 == leapAfter11;
            }
        }

        if (lunarMonth > 12)
        {
            lunarMonth -= 12;
        }

        if (lunarMonth >= 11 && monthsAfter11 < 4)
        {
            lunarYear -= 1;
        }

        return new LunarDate(lunarYear, lunarMonth, lunarDay, leap);
    }

    /// <summary>The solar date of a lunar date, or null when that lunar date does not exist (no such leap month, day 30 of a short month).</summary>
    public static DateOnly? ToSolar(LunarDate lunar)
    {
        if (lunar.Month is < 1 or > 12 || lunar.Day is < 1 or > 30 || lunar.Year < MinDate.Year || lunar.Year > MaxDate.Year)
        {
            return null;
        }

        var tz = TimeZoneFor(lunar.Year);
        int a11, b11;
        if (lunar.Month < 11)
        {
            a11 = Month11Start(lunar.Year - 1, tz);
            b11 = Month11Start(lunar.Year, tz);
        }
        else
        {
            a11 = Month11Start(lunar.Year, tz);
            b11 = Month11Start(lunar.Year + 1, tz);
        }

        var k = (int)Math.Floor(0.5 + (a11 - NewMoonEpoch) / SynodicMonth);
        var offset = lunar.Month - 11;
        if (offset < 0)
        {
            offset += 12;
        }

        if (b11 - a11 > 365)
        {
            var leapAfter11 = LeapMonthOffset(a11, tz);
            if (lunar.LeapMonth && lunar.Month != MonthNumberAfter11(leapAfter11))
            {
                return null;
            }

            if (lunar.LeapMonth || offset >= leapAfter11)
            {
                offset += 1;
            }
        }
        else if (lunar.LeapMonth)
        {
            return null;
        }

        var monthStart = NewMoonDay(k + offset, tz);
        var nextMonthStart = NewMoonDay(k + offset + 1, tz);
        if (lunar.Day > nextMonthStart - monthStart)
        {
            return null;
        }

        var result = FromJulianDay(monthStart + lunar.Day - 1);
        return result < MinDate || result > MaxDate ? null : result;
    }

    /// <summary>The leap month of a lunar year (1–12), or null when the year has none.</summary>
    public static int? LeapMonthOf(int lunarYear)
    {
        var tz = TimeZoneFor(lunarYear);
        // Months 1–10 of the year lie between month 11 of the year before and month 11 of this year;
        // months 11 and 12 lie between this year's month 11 and next year's.
        foreach (var (from, months) in new[] { (lunarYear - 1, (Min: 1, Max: 10)), (lunarYear, (Min: 11, Max: 12)) })
        {
            var a11 = Month11Start(from, tz);
            if (Month11Start(from + 1, tz) - a11 > 365)
            {
                var leap = MonthNumberAfter11(LeapMonthOffset(a11, tz));
                if (leap >= months.Min && leap <= months.Max)
                {
                    return leap;
                }
            }
        }

        return null;
    }

    /// <summary>The number of a leap month found <paramref name="offset"/> months after month 11: 1 → 11, 2 → 12, 3 → 1, …</summary>
    private static int MonthNumberAfter11(int offset) => (offset + 9) % 12 + 1;

    private static void RequireRange(DateOnly date)
    {
        if (date < MinDate || date > MaxDate)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"The lunar calendar is computed for {MinDate:yyyy-MM-dd} to {MaxDate:yyyy-MM-dd}.");
        }
    }

    /// <summary>Julian day number of a Gregorian date (noon-based integer).</summary>
    public static int JulianDay(DateOnly date) => date.DayNumber + 1721426;

    public static DateOnly FromJulianDay(int julianDay) => DateOnly.FromDayNumber(julianDay - 1721426);

    /// <summary>Julian day (fractional, UT) of the k-th new moon after 1900-01-01, Meeus ch. 49.</summary>
    private static double NewMoon(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        var jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
                 + 0.00033 * Math.Sin((166.56 + 132.87 * t - 0.009173 * t2) * Radians);
        var m = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * Radians; // sun's mean anomaly
        var mp = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * Radians; // moon's mean anomaly
        var f = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * Radians; // moon's argument of latitude
        var correction = (0.1734 - 0.000393 * t) * Math.Sin(m) + 0.0021 * Math.Sin(2 * m)
                         - 0.4068 * Math.Sin(mp) + 0.0161 * Math.Sin(2 * mp) - 0.0004 * Math.Sin(3 * mp)
                         + 0.0104 * Math.Sin(2 * f) - 0.0051 * Math.Sin(m + mp) - 0.0074 * Math.Sin(m - mp)
                         + 0.0004 * Math.Sin(2 * f + m) - 0.0004 * Math.Sin(2 * f - m)
                         - 0.0006 * Math.Sin(2 * f + mp) + 0.0010 * Math.Sin(2 * f - mp) + 0.0005 * Math.Sin(m + 2 * mp);
        // ΔT, the difference between dynamical and universal time, in days.
        var deltaT = t < -11
            ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
            : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd + correction - deltaT;
    }

    /// <summary>The local day (Julian day number) on which the k-th new moon falls.</summary>
    private static int NewMoonDay(int k, double timeZone) => (int)Math.Floor(NewMoon(k) + 0.5 + timeZone / 24);

    /// <summary>The sun's apparent longitude in radians at Julian day <paramref name="jd"/> (UT), Meeus ch. 25, low precision.</summary>
    private static double SunLongitude(double jd)
    {
        var t = (jd - 2451545.0) / 36525;
        var t2 = t * t;
        var m = (357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * Radians;
        var l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        var center = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.Sin(m)
                     + (0.019993 - 0.000101 * t) * Math.Sin(2 * m) + 0.000290 * Math.Sin(3 * m);
        var longitude = (l0 + center) * Radians;
        longitude -= 2 * Math.PI * Math.Floor(longitude / (2 * Math.PI));
        return longitude;
    }

    /// <summary>Which 30° sector (0–11) the sun is in at the start of local day <paramref name="dayNumber"/>.</summary>
    private static int SunSector(int dayNumber, double timeZone) =>
        (int)Math.Floor(SunLongitude(dayNumber - 0.5 - timeZone / 24) / Math.PI * 6);

    /// <summary>The first day of lunar month 11 (the month holding the winter solstice) before the end of solar year <paramref name="year"/>.</summary>
    private static int Month11Start(int year, double timeZone)
    {
        var offset = JulianDay(new DateOnly(year, 12, 31)) - 2415021;
        var k = (int)Math.Floor(offset / SynodicMonth);
        var start = NewMoonDay(k, timeZone);
        // Sector 9 begins at 270°, the winter solstice: a month that starts past it is month 12, not 11.
        return SunSector(start, timeZone) >= 9 ? NewMoonDay(k - 1, timeZone) : start;
    }

    /// <summary>How many months after month 11 the leap month falls: the first month whose start shows no new major term.</summary>
    private static int LeapMonthOffset(int month11Start, double timeZone)
    {
        var k = (int)Math.Floor((month11Start - NewMoonEpoch) / SynodicMonth + 0.5);
        var i = 1;
        var sector = SunSector(NewMoonDay(k + i, timeZone), timeZone);
        int previous;
        do
        {
            previous = sector;
            i++;
            sector = SunSector(NewMoonDay(k + i, timeZone), timeZone);
        }
        while (sector != previous && i < 14);

        return i - 1;
    }
}
