using System.Globalization;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace DongThuan.Web.Modules.Calendar.Api;

/// <summary>
/// <c>GET /api/v1/calendar/due?from=2022-12-20&amp;amount=20&amp;unit=calendar-days</c> →
/// <c>{"due":"2023-01-09","explanation":"…"}</c>. Units: <c>calendar-days</c>, <c>working-days</c>, and
/// <c>working-hours</c> with <c>from</c> a date-time (Vietnam time unless it carries an offset).
/// </summary>
public static class ComputeDue
{
    public sealed record Response(string Due, string Unit, int Amount, string Explanation);

    private static readonly Dictionary<string, DeadlineUnit> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["calendar-days"] = DeadlineUnit.CalendarDays,
        ["working-days"] = DeadlineUnit.WorkingDays,
        ["working-hours"] = DeadlineUnit.WorkingHours,
    };

    public static async Task<Results<Ok<Response>, ProblemHttpResult>> HandleAsync(string? from, int? amount, string? unit, WorkingCalendar calendar,
        IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (unit is null || !Units.TryGetValue(unit, out var u))
        {
            return Problems.BadRequest(l["Tham số unit phải là calendar-days, working-days hoặc working-hours."]);
        }

        if (amount is not (>= 1 and <= 3650))
        {
            return Problems.BadRequest(l[CalendarRefusals.RuleAmount.Message]);
        }

        if (ParseFrom(from) is not { } start || start.Year < LunarCalendar.MinDate.Year || start.Year > LunarCalendar.MaxDate.Year - 10)
        {
            return Problems.BadRequest(l["Tham số from phải là ngày dạng yyyy-MM-dd (hoặc ngày giờ yyyy-MM-ddTHH:mm khi tính theo giờ làm việc)."]);
        }

        var due = DeadlineCalculator.Compute(start, amount.Value, u, await calendar.FromAsync(DateOnly.FromDateTime(start), ct));
        var text = due.LocalTime is { } t
            ? new DateTimeOffset(t, VietnamTime.Zone.GetUtcOffset(t)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
            : due.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return TypedResults.Ok(new Response(text, unit.ToLowerInvariant(), amount.Value, due.Explanation));
    }

    /// <summary>A date, a local date-time, or a date-time with an offset (converted to Vietnam time).</summary>
    private static DateTime? ParseFrom(string? from)
    {
        if (string.IsNullOrWhiteSpace(from))
        {
            return null;
        }

        if (DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day.ToDateTime(TimeOnly.MinValue);
        }

        if (from.Length > 19 && DateTimeOffset.TryParse(from, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return VietnamTime.ToLocal(instant).DateTime;
        }

        return DateTime.TryParseExact(from, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? local
            : null;
    }
}
