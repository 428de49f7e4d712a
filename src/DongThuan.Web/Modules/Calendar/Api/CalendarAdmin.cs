using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Calendar.DeadlineRules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

using DongThuan.Web.Modules.Accounts;

namespace DongThuan.Web.Modules.Calendar.Api;

/// <summary>
/// The calendar's administration for programs, through the use cases of the pages: the deadline rules (listed to staff,
/// added and changed by an administrator) and the days off and make-up working days of a year (administrator).
/// </summary>
public static class CalendarAdmin
{
    public sealed record RuleItem(Guid Id, string Code, string Name, int Amount, string Unit, string StartEvent, string Starts, int? VeryLateAfter, string LegalBasis, string? Note,
        DateOnly? ValidFrom, DateOnly? ValidTo);

    /// <summary>Every rule in force or to come; the administrators' note on how far each is verified goes to administrators only.</summary>
    public static async Task<IReadOnlyList<RuleItem>> ListRulesAsync(ClaimsPrincipal user, DongThuanDb db, CancellationToken ct)
    {
        var administrator = UnitScope.IsAdministrator(user);
        return [.. (await db.Set<DeadlineRule>().AsNoTracking().Where(r => r.ArchivedAt == null).OrderBy(r => r.Code).ThenBy(r => r.ValidFrom).ToListAsync(ct))
            .Select(r => new RuleItem(r.Id, r.Code, r.Name, r.Amount, r.Unit.ToString(), r.StartEvent, r.Starts.ToString(), r.VeryLateAfter, r.LegalBasis,
                administrator ? r.Note : null, r.ValidFrom, r.ValidTo))];
    }

    public static async Task<IResult> AddRuleAsync(SaveDeadlineRule.Request input, DongThuanDb db, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var (outcome, rule) = await SaveDeadlineRule.ExecuteAsync(db, null, input, ct);
        return outcome.Succeeded ? TypedResults.Created($"/Calendar/DeadlineRules/Edit?id={rule!.Id}", new CreatedId(rule.Id)) : Problems.Refused(outcome, l);
    }

    public static async Task<IResult> ChangeRuleAsync(Guid id, SaveDeadlineRule.Request input, DongThuanDb db, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var (outcome, rule) = await SaveDeadlineRule.ExecuteAsync(db, id, input, ct);
        return !outcome.Succeeded ? Problems.Refused(outcome, l) : rule is null ? TypedResults.NotFound() : TypedResults.NoContent();
    }

    public static async Task<IResult> AddDayAsync(AdjustCalendar.Request input, DongThuanDb db, WorkingCalendar calendar, TimeProvider time, IStringLocalizer<SharedResource> l,
        CancellationToken ct)
    {
        var (outcome, day) = await AdjustCalendar.AddAsync(db, calendar, time.GetUtcNow(), input, ct);
        return outcome.Succeeded ? TypedResults.Created($"/Calendar/Holidays?year={day!.Date.Year}", new CreatedId(day.Id)) : Problems.Refused(outcome, l);
    }

    public static async Task<IResult> RemoveDayAsync(DateOnly date, DongThuanDb db, WorkingCalendar calendar, TimeProvider time, IStringLocalizer<SharedResource> l,
        CancellationToken ct) =>
        await AdjustCalendar.RemoveAsync(db, calendar, time.GetUtcNow(), date, ct) is { Succeeded: false } refused
            ? Problems.NotFound(l[refused.Refusal!.Message])
            : TypedResults.NoContent();
}
