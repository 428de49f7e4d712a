using DongThuan.Web.Modules.Calendar;

namespace DongThuan.Tests.Modules.Calendar;

public sealed class HolidayDefaultsTests
{
    [Fact]
    public void The_2026_defaults_follow_the_Labour_Code_with_substitutes()
    {
        var days = HolidayDefaults.For(2026).ToDictionary(d => d.Date, d => d.Name);
        // 1/1 (Thursday); Tết: 30 Tết 16/02 and mùng 1–4, 17–20/02; Giỗ Tổ 26/04 is a Sunday → substitute Monday 27/04;
        // 30/4 Thu, 1/5 Fri; 2/9 is a Wednesday → 1/9 as its neighbour.
        DateOnly[] expected =
        [
            new(2026, 1, 1), new(2026, 2, 16), new(2026, 2, 17), new(2026, 2, 18), new(2026, 2, 19), new(2026, 2, 20),
            new(2026, 4, 26), new(2026, 4, 27), new(2026, 4, 30), new(2026, 5, 1), new(2026, 9, 1), new(2026, 9, 2),
        ];
        Assert.Equal(expected, days.Keys.Order());
        Assert.StartsWith("Nghỉ bù Giỗ Tổ Hùng Vương", days[new DateOnly(2026, 4, 27)], StringComparison.Ordinal);
        Assert.Equal("Quốc khánh", days[new DateOnly(2026, 9, 2)]);
    }

    [Fact]
    public void Consecutive_weekend_holidays_get_consecutive_substitutes()
    {
        // 2022: 30/4 Saturday and 1/5 Sunday → substitutes Monday 2/5 and Tuesday 3/5.
        var days = HolidayDefaults.For(2022).Select(d => d.Date).ToHashSet();
        Assert.Contains(new DateOnly(2022, 5, 2), days);
        Assert.Contains(new DateOnly(2022, 5, 3), days);
    }

    [Fact]
    public void The_2_9_break_joins_a_weekend_when_it_can()
    {
        Assert.Contains(new DateOnly(2025, 9, 1), HolidayDefaults.For(2025).Select(d => d.Date)); // 2/9 Tuesday → Monday 1/9
        Assert.Contains(new DateOnly(2024, 9, 3), HolidayDefaults.For(2024).Select(d => d.Date)); // 2/9 Monday → Tuesday 3/9
        Assert.Contains(new DateOnly(2027, 9, 3), HolidayDefaults.For(2027).Select(d => d.Date)); // 2/9 Thursday → Friday 3/9
    }
}
