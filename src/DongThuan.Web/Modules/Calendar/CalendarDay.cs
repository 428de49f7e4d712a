using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Modules.Calendar;

public enum CalendarDayKind
{
    /// <summary>A day off on a weekday: a public holiday, a substitute day, a government-declared bridge day.</summary>
    DayOff = 1,

    /// <summary>A working day on a weekend: the make-up Saturday the government orders for a bridge day.</summary>
    WorkingDay = 2,
}

/// <summary>
/// One exception to the Monday–Friday working week, for one date. The government fixes each year's days
/// off (Tết, the 2/9 break, swaps), so they are data an administrator adjusts, not formulas.
/// </summary>
public sealed class CalendarDay : Entity, IArchivable
{
    public DateOnly Date { get; private set; }

    public CalendarDayKind Kind { get; private set; }

    public string Name { get; private set; } = "";

    public DateTimeOffset? ArchivedAt { get; private set; }

    private CalendarDay()
    {
    }

    public const int NameMax = 200;

    public static CalendarDay Create(DateOnly date, CalendarDayKind kind, string name, IEnumerable<CalendarDay> sameYear, out Outcome outcome)
    {
        var day = new CalendarDay { Date = date, Kind = kind, Name = name.Trim() };
        outcome = !Enum.IsDefined(kind) ? CalendarRefusals.KindUnknown
            : string.IsNullOrWhiteSpace(name) || name.Trim().Length > NameMax ? CalendarRefusals.NameRequired
            : sameYear.Any(d => d.Date == date && d.ArchivedAt is null) ? CalendarRefusals.DateAlreadyListed
            : kind == CalendarDayKind.WorkingDay && !WorkingWeek.IsWeekend(date) ? CalendarRefusals.WorkingDayMustBeWeekend
            : Outcome.Done;
        return day;
    }

    public void Archive(DateTimeOffset at) => ArchivedAt ??= at;
}

/// <summary>Marks a year whose days were adjusted by an administrator; other years use the generated defaults.</summary>
public sealed class HolidayYear
{
    public int Year { get; private set; }

    public DateTimeOffset AdjustedAt { get; private set; }

    private HolidayYear()
    {
    }

    public static HolidayYear Adjusted(int year, DateTimeOffset at) => new() { Year = year, AdjustedAt = at };
}

/// <summary>The weekly rest days of state offices: Saturday and Sunday.</summary>
public static class WorkingWeek
{
    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}

public static class CalendarRefusals
{
    public static readonly Refusal NameRequired = new("calendar-name-required", "Vui lòng nhập tên ngày nghỉ hoặc lý do (tối đa 200 ký tự).");
    public static readonly Refusal KindUnknown = new("calendar-kind", "Loại ngày không hợp lệ.");
    public static readonly Refusal DateAlreadyListed = new("calendar-date-listed", "Ngày này đã có trong lịch năm.");
    public static readonly Refusal WorkingDayMustBeWeekend = new("calendar-working-weekend", "Chỉ ngày thứ Bảy, Chủ nhật mới cần đánh dấu là ngày làm việc.");
    public static readonly Refusal YearOutOfRange = new("calendar-year-range", "Năm phải từ 1900 đến 2100.");
    public static readonly Refusal RuleNameRequired = new("rule-name-required", "Quy tắc cần có mã và tên.");
    public static readonly Refusal RuleStart = new("rule-start", "Vui lòng chọn thời hạn tính từ ngày tiếp nhận hay ngày chuyển đến cơ quan giải quyết.");
    public static readonly Refusal RuleAmount = new("rule-amount", "Thời hạn phải từ 1 đến 3650.");
    public static readonly Refusal RulePeriodReversed = new("rule-period-reversed", "Ngày hết hiệu lực phải sau ngày có hiệu lực.");
    public static readonly Refusal RuleOverlap = new("rule-overlap", "Đã có quy tắc cùng mã có hiệu lực trong khoảng thời gian này.");
}
