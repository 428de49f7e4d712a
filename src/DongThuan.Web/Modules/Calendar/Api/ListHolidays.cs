using DongThuan.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace DongThuan.Web.Modules.Calendar.Api;

/// <summary><c>GET /api/v1/calendar/holidays?year=2026</c>: every day off of the year, substitutes included.</summary>
public static class ListHolidays
{
    public sealed record Item(DateOnly Date, string Name);

    public static async Task<Results<Ok<IReadOnlyList<Item>>, ProblemHttpResult>> HandleAsync(int? year, WorkingCalendar calendar, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (year is not { } y || y < LunarCalendar.MinDate.Year || y > LunarCalendar.MaxDate.Year)
        {
            return Problems.BadRequest(l[CalendarRefusals.YearOutOfRange.Message]);
        }

        var (days, _) = await calendar.YearAsync(y, ct);
        return TypedResults.Ok<IReadOnlyList<Item>>([.. days.Where(d => d.Kind == CalendarDayKind.DayOff).Select(d => new Item(d.Date, d.Name))]);
    }
}
