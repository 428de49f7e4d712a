using System.Text.RegularExpressions;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Calendar.DeadlineRules;

/// <summary>
/// An administrator adds a deadline rule or changes one (the page and the API). When a law changes, the old rule is
/// ended (valid to) and a new one with the same code added: items keep the rule of their own date. The code of a
/// rule never changes.
/// </summary>
public static partial class SaveDeadlineRule
{
    public sealed record Request(string? Code, string? Name, int Amount, DeadlineUnit Unit, string? StartEvent, DeadlineStart Starts, int? VeryLateAfter,
        string? LegalBasis, DateOnly? ValidFrom, DateOnly? ValidTo, string? Note = null);

    public static readonly Refusal CodeFormat = new("rule-code", "Mã gồm chữ thường không dấu, chữ số, dấu chấm và gạch ngang (3–100 ký tự).");
    public static readonly Refusal TextTooLong = new("rule-text-long", "Tên và sự kiện bắt đầu tối đa 300 ký tự, căn cứ pháp lý và ghi chú tối đa 500 ký tự mỗi mục.");

    [GeneratedRegex("^[a-z0-9.-]{3,100}$")]
    private static partial Regex Code();

    /// <param name="id">The rule to change; null to add one.</param>
    /// <returns>The outcome, and the rule saved (null when refused or when <paramref name="id"/> is no rule).</returns>
    public static async Task<(Outcome Outcome, DeadlineRule? Rule)> ExecuteAsync(DongThuanDb db, Guid? id, Request input, CancellationToken ct)
    {
        var rule = id is { } existing ? await db.Set<DeadlineRule>().FindAsync([existing], ct) : null;
        if (id is not null && rule is null)
        {
            return (Outcome.Done, null);
        }

        var code = rule?.Code ?? input.Code?.Trim() ?? "";
        if (!Code().IsMatch(code))
        {
            return (CodeFormat, null);
        }

        if ((input.Name?.Length ?? 0) > 300 || (input.StartEvent?.Length ?? 0) > 300 || (input.LegalBasis?.Length ?? 0) > 500 || (input.Note?.Length ?? 0) > 500)
        {
            return (TextTooLong, null);
        }

        var others = await db.Set<DeadlineRule>().Where(r => r.Code == code).ToListAsync(ct);
        Outcome outcome;
        if (rule is null)
        {
            rule = DeadlineRule.Create(code, input.Name ?? "", input.Amount, input.Unit, input.StartEvent ?? "", input.Starts, input.VeryLateAfter, input.LegalBasis ?? "",
                input.ValidFrom, input.ValidTo, others, out outcome, input.Note);
            if (outcome.Succeeded)
            {
                db.Set<DeadlineRule>().Add(rule);
            }
        }
        else
        {
            outcome = rule.Update(input.Name ?? "", input.Amount, input.Unit, input.StartEvent ?? "", input.Starts, input.VeryLateAfter, input.LegalBasis ?? "",
                input.ValidFrom, input.ValidTo, others, input.Note);
        }

        if (!outcome.Succeeded)
        {
            db.ChangeTracker.Clear();
            return (outcome, null);
        }

        await db.SaveChangesAsync(ct);
        return (Outcome.Done, rule);
    }
}
