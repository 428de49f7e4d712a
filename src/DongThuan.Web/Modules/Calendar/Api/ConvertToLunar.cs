using System.Globalization;
using DongThuan.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace DongThuan.Web.Modules.Calendar.Api;

/// <summary><c>GET /api/v1/calendar/lunar?date=2007-02-17</c> → <c>{"year":2007,"month":1,"day":1,"leapMonth":false}</c>.</summary>
public static class ConvertToLunar
{
    public sealed record Response(int Year, int Month, int Day, bool LeapMonth);

    public static Results<Ok<Response>, ProblemHttpResult> Handle(string? date, IStringLocalizer<SharedResource> l)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return Problems.BadRequest(l["Tham số date phải là một ngày dạng yyyy-MM-dd."]);
        }

        if (day < LunarCalendar.MinDate || day > LunarCalendar.MaxDate)
        {
            return Problems.BadRequest(l["Lịch âm chỉ tính cho các ngày từ 31/01/1900 đến 31/12/2100."]);
        }

        var lunar = LunarCalendar.FromSolar(day);
        return TypedResults.Ok(new Response(lunar.Year, lunar.Month, lunar.Day, lunar.LeapMonth));
    }
}
