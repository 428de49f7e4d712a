namespace DongThuan.Web.Modules.Coordination;

public enum TimeFrameKind
{
    Date = 1,
    Month = 2,
    Quarter = 3,
    Year = 4,
}

/// <summary>
/// When a programme task is due, as programmes write it: a date, a month ("Tháng 3/2023"), a quarter
/// ("Quý II/2023") or the whole year. The task is owed by the last day of it.
/// </summary>
public readonly record struct TimeFrame(TimeFrameKind Kind, int Year, int Number, DateOnly? Date)
{
    public static TimeFrame? Parse(TimeFrameKind kind, int year, int number, DateOnly? date) => kind switch
    {
        TimeFrameKind.Date when date is { } d => new TimeFrame(kind, d.Year, 0, d),
        TimeFrameKind.Month when number is >= 1 and <= 12 && year is >= 1990 and <= 2100 => new TimeFrame(kind, year, number, null),
        TimeFrameKind.Quarter when number is >= 1 and <= 4 && year is >= 1990 and <= 2100 => new TimeFrame(kind, year, number, null),
        TimeFrameKind.Year when year is >= 1990 and <= 2100 => new TimeFrame(kind, year, 0, null),
        _ => null,
    };

    public DateOnly Start => Kind switch
    {
        TimeFrameKind.Date => Date!.Value,
        TimeFrameKind.Month => new DateOnly(Year, Number, 1),
        TimeFrameKind.Quarter => new DateOnly(Year, (Number - 1) * 3 + 1, 1),
        _ => new DateOnly(Year, 1, 1),
    };

    public DateOnly End => Kind switch
    {
        TimeFrameKind.Date => Date!.Value,
        TimeFrameKind.Month => new DateOnly(Year, Number, 1).AddMonths(1).AddDays(-1),
        TimeFrameKind.Quarter => new DateOnly(Year, Number * 3, 1).AddMonths(1).AddDays(-1),
        _ => new DateOnly(Year, 12, 31),
    };

    public string Label => Kind switch
    {
        TimeFrameKind.Date => Date!.Value.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
        TimeFrameKind.Month => $"Tháng {Number}/{Year}",
        TimeFrameKind.Quarter => $"Quý {Roman(Number)}/{Year}",
        _ => $"Năm {Year}",
    };

    public static string Roman(int quarter) => quarter switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" };
}
