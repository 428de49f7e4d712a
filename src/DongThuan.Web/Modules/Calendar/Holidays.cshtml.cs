using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Calendar;

/// <summary>A year's days off and make-up working days: staff read them, administrators adjust them to the government's decision.</summary>
[Authorize(Policy = Permissions.Staff)]
public sealed class HolidaysModel(DongThuanDb db, WorkingCalendar calendar, TimeProvider time) : RefusingPage
{
    public int Year { get; private set; }

    public bool Adjusted { get; private set; }

    public IReadOnlyList<WorkingCalendar.YearDay> Days { get; private set; } = [];


    public bool IsAdministrator => UnitScope.IsAdministrator(User);

    public static string WeekdayName(DateOnly d) => d.DayOfWeek switch
    {
        DayOfWeek.Monday => "Thứ Hai",
        DayOfWeek.Tuesday => "Thứ Ba",
        DayOfWeek.Wednesday => "Thứ Tư",
        DayOfWeek.Thursday => "Thứ Năm",
        DayOfWeek.Friday => "Thứ Sáu",
        DayOfWeek.Saturday => "Thứ Bảy",
        _ => "Chủ nhật",
    };

    public async Task<IActionResult> OnGetAsync(int? year, CancellationToken ct)
    {
        Year = year ?? VietnamTime.Today(time).Year;
        return InRange(Year) ? await LoadAsync(ct) : NotFound();
    }

    public async Task<IActionResult> OnPostAddAsync(int year, DateOnly? date, CalendarDayKind kind, string? name, CancellationToken ct)
    {
        if (!IsAdministrator)
        {
            return Forbid();
        }

        // A year outside the calendar redraws the page of this year, with the refusal.
        Year = InRange(year) ? year : VietnamTime.Today(time).Year;
        if (!InRange(year) || date is not { } day || day.Year != year)
        {
            Refuse("Vui lòng chọn một ngày trong năm đang xem.");
            return await LoadAsync(ct);
        }

        var (outcome, _) = await AdjustCalendar.AddAsync(db, calendar, time.GetUtcNow(), new(day, kind, name), ct);
        if (!outcome.Succeeded)
        {
            Refuse(outcome.Refusal!.Message);
            return await LoadAsync(ct);
        }

        return RedirectToPage(new { year });
    }

    public async Task<IActionResult> OnPostRemoveAsync(int year, DateOnly date, CancellationToken ct)
    {
        if (!IsAdministrator)
        {
            return Forbid();
        }

        if (!InRange(year) || date.Year != year)
        {
            return NotFound();
        }

        if (!(await AdjustCalendar.RemoveAsync(db, calendar, time.GetUtcNow(), date, ct)).Succeeded)
        {
            return NotFound();
        }

        return RedirectToPage(new { year });
    }

    private static bool InRange(int year) => AdjustCalendar.InRange(year);

    private async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        (Days, Adjusted) = await calendar.YearAsync(Year, ct);
        return Page();
    }
}
