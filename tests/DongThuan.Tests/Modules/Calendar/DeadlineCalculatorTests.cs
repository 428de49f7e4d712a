using DongThuan.Web.Modules.Calendar;

namespace DongThuan.Tests.Modules.Calendar;

/// <summary>Deadlines counted the way the Civil Code counts them, across weekends, Tết and the 2/9 break.</summary>
public sealed class DeadlineCalculatorTests
{
    private static WorkingDays Defaults(params int[] years) =>
        new(years.SelectMany(HolidayDefaults.For).Select(d => (d.Date, d.Kind, d.Name)));

    private static DueDate Due(DateTime from, int amount, DeadlineUnit unit) => DeadlineCalculator.Compute(from, amount, unit, Defaults(from.Year, from.Year + 1));

    [Fact]
    public void Twenty_days_from_20_12_2022_is_9_1_2023()
    {
        var due = Due(new DateTime(2022, 12, 20), 20, DeadlineUnit.CalendarDays);
        Assert.Equal(new DateOnly(2023, 1, 9), due.Date);
        Assert.Contains("Không tính ngày 20/12/2022", due.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_ending_in_Tet_ends_on_the_first_working_day_after()
    {
        // 2026: 27/01 + 20 days = 16/02, which is 30 Tết; Tết runs to 20/02 (Fri), the weekend follows → Monday 23/02.
        var due = Due(new DateTime(2026, 1, 27), 20, DeadlineUnit.CalendarDays);
        Assert.Equal(new DateOnly(2026, 2, 23), due.Date);
        Assert.Contains("Tết Nguyên đán", due.Explanation, StringComparison.Ordinal);
        Assert.Contains("23/02/2026", due.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Working_days_skip_the_2_9_break()
    {
        // 2025: 2/9 Tuesday and 1/9 Monday are off. Five working days after Thursday 28/08: 29/08, 03, 04, 05, 08/09.
        var due = Due(new DateTime(2025, 8, 28), 5, DeadlineUnit.WorkingDays);
        Assert.Equal(new DateOnly(2025, 9, 8), due.Date);
        Assert.Contains("Quốc khánh", due.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_ending_on_a_Sunday_moves_to_Monday()
    {
        var due = Due(new DateTime(2023, 3, 1), 4, DeadlineUnit.CalendarDays); // 05/03/2023 is a Sunday
        Assert.Equal(new DateOnly(2023, 3, 6), due.Date);
    }

    [Fact]
    public void Working_hours_count_office_hours_on_working_days_only()
    {
        // Friday 15:00 + 8 working hours: 2 h on Friday, 6 h on Monday → Monday 14:00.
        var due = Due(new DateTime(2026, 3, 6, 15, 0, 0), 8, DeadlineUnit.WorkingHours);
        Assert.Equal(new DateTime(2026, 3, 9, 14, 0, 0), due.LocalTime);

        // Received at 20:00 on Thursday 30/04/2026, before the 30/4–1/5 holidays and a weekend: the clock starts Monday 08:00.
        var evening = Due(new DateTime(2026, 4, 29, 20, 0, 0), 4, DeadlineUnit.WorkingHours);
        Assert.Equal(new DateTime(2026, 5, 4, 12, 0, 0), evening.LocalTime);
        Assert.Contains("ngoài giờ làm việc", evening.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_make_up_Saturday_counts_as_a_working_day()
    {
        var days = new WorkingDays([(new DateOnly(2026, 1, 3), CalendarDayKind.WorkingDay, "Làm bù"), (new DateOnly(2026, 1, 2), CalendarDayKind.DayOff, "Nghỉ liền Tết Dương lịch")]);
        var due = DeadlineCalculator.Compute(new DateTime(2026, 1, 1), 1, DeadlineUnit.WorkingDays, days);
        Assert.Equal(new DateOnly(2026, 1, 3), due.Date);
    }

    [Fact]
    public void Rules_of_the_same_code_cannot_overlap_in_time()
    {
        var old = DeadlineRule.Create("x.answer", "Trả lời", 20, DeadlineUnit.CalendarDays, "", DeadlineStart.Receipt, null, "Luật cũ", null, new DateOnly(2026, 2, 28), [], out var o);
        Assert.True(o.Succeeded);
        DeadlineRule.Create("x.answer", "Trả lời", 15, DeadlineUnit.CalendarDays, "", DeadlineStart.Receipt, null, "Luật mới", new DateOnly(2026, 1, 1), null, [old], out o);
        Assert.Equal(CalendarRefusals.RuleOverlap, o.Refusal);
        var next = DeadlineRule.Create("x.answer", "Trả lời", 15, DeadlineUnit.CalendarDays, "", DeadlineStart.Receipt, null, "Luật mới", new DateOnly(2026, 3, 1), null, [old], out o);
        Assert.True(o.Succeeded);
        Assert.True(old.AppliesOn(new DateOnly(2026, 2, 28)));
        Assert.False(old.AppliesOn(new DateOnly(2026, 3, 1)));
        Assert.True(next.AppliesOn(new DateOnly(2026, 3, 1)));
    }

    [Fact]
    public void A_rule_says_whether_an_item_received_then_passed_on_counts_from_receipt_or_from_the_handover()
    {
        var received = new DateOnly(2026, 3, 2);
        var routed = new DateOnly(2026, 5, 20);
        var fromReceipt = DeadlineRule.Create("x.petition", "Trả lời", 30, DeadlineUnit.CalendarDays, "Ngày tiếp nhận", DeadlineStart.Receipt, null, "Quy chế", null, null, [], out var o);
        Assert.True(o.Succeeded);
        Assert.Equal(received, fromReceipt.StartOf(routed, received));
        Assert.Equal(routed, fromReceipt.StartOf(routed, null));
        var fromHandover = DeadlineRule.Create("y.petition", "Trả lời", 30, DeadlineUnit.CalendarDays, "Ngày chuyển", DeadlineStart.Handover, null, "Quy chế", null, null, [], out o);
        Assert.True(o.Succeeded);
        Assert.Equal(routed, fromHandover.StartOf(routed, received));
        DeadlineRule.Create("z.petition", "Trả lời", 30, DeadlineUnit.CalendarDays, "?", (DeadlineStart)9, null, "Quy chế", null, null, [], out o);
        Assert.Equal(CalendarRefusals.RuleStart, o.Refusal);
    }
}
