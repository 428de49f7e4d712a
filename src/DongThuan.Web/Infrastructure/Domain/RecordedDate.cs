namespace DongThuan.Web.Infrastructure.Domain;

/// <summary>
/// A step recorded with the date it really happened (<c>"on"</c>), so a council starting with DongThuan can enter its
/// year on paper. The date may not be in the future nor before the step before it; who entered it, and when, is what
/// the audit log keeps for every change. Deadlines, "on time" and every figure then run from the real date.
/// <para>Only the council office records a past date (it keeps the paper); everyone else's step happens today.</para>
/// </summary>
public static class RecordedDate
{
    public static readonly Refusal InFuture = new("date-future", "Ngày thực hiện không được sau hôm nay.");
    public static readonly Refusal BeforePrevious = new("date-before-previous", "Ngày thực hiện không được trước ngày của bước liền trước.");
    public static readonly Refusal OfficeOnly = new("date-office-only", "Chỉ Văn phòng HĐND được ghi một bước với ngày trong quá khứ.");

    /// <summary>The day the step happened: <paramref name="on"/> when given and allowed, today otherwise; or the refusal.</summary>
    /// <param name="mayBackdate">Whether the actor may record a past date (council office of the record's unit).</param>
    /// <param name="previous">The day of the step before this one, if any.</param>
    public static (DateOnly Day, Refusal? Refusal) Resolve(DateOnly? on, DateOnly today, bool mayBackdate, DateOnly? previous)
    {
        var day = on ?? today;
        return day > today ? (day, InFuture)
            : day < today && !mayBackdate ? (day, OfficeOnly)
            : previous is { } p && day < p ? (day, BeforePrevious)
            : (day, null);
    }
}
