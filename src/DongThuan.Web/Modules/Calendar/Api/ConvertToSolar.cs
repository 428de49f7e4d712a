using DongThuan.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace DongThuan.Web.Modules.Calendar.Api;

/// <summary><c>GET /api/v1/calendar/solar?year=2026&amp;month=3&amp;day=10&amp;leapMonth=false</c> → <c>{"date":"2026-04-26"}</c>.</summary>
public static class ConvertToSolar
{
    public sealed record Response(DateOnly Date);

    public static Results<Ok<Response>, ProblemHttpResult> Handle(int? year, int? month, int? day, bool? leapMonth, IStringLocalizer<SharedResource> l)
    {
        if (year is null || month is null || day is null)
        {
            return Problems.BadRequest(l["Cần đủ các tham số year, month, day (và leapMonth nếu là tháng nhuận)."]);
        }

        return LunarCalendar.ToSolar(new LunarDate(year.Value, month.Value, day.Value, leapMonth ?? false)) is { } date
            ? TypedResults.Ok(new Response(date))
            : Problems.BadRequest(l["Ngày âm lịch này không tồn tại (tháng nhuận không có trong năm, hoặc tháng chỉ có 29 ngày), hoặc nằm ngoài 1900–2100."]);
    }
}
