using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Modules.Calendar;

public enum DeadlineUnit
{
    CalendarDays = 1,
    WorkingDays = 2,
    WorkingHours = 3,
}

/// <summary>
/// Which event of an item starts its clock, where the item has more than one: the day the council received it, or the
/// day it was passed to the body that must act (a petition routed to its agency). Receipt is the default: counting from
/// the handover lets the time an item waits before it is passed on go uncounted.
/// </summary>
public enum DeadlineStart
{
    Receipt = 1,
    Handover = 2,
}

/// <summary>
/// A deadline the law sets, kept as data because the laws changed in 2025–2026: an old item keeps the
/// rule in force on its own date. Rules with the same code never overlap in time.
/// </summary>
public sealed class DeadlineRule : Entity, IArchivable
{
    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public int Amount { get; private set; }

    public DeadlineUnit Unit { get; private set; }

    /// <summary>What starts the clock, in words ("ngày nhận phiếu chất vấn").</summary>
    public string StartEvent { get; private set; } = "";

    /// <summary>What starts the clock, as data: for an item received and then passed on, which of the two days counts.</summary>
    public DeadlineStart Starts { get; private set; } = DeadlineStart.Receipt;

    /// <summary>Further units after the due date before an item counts as very late; null when the rule has no such threshold.</summary>
    public int? VeryLateAfter { get; private set; }

    /// <summary>The law or regulation the period comes from, as officials read it under a due date.</summary>
    public string LegalBasis { get; private set; } = "";

    /// <summary>
    /// For administrators only: how far the period is verified and what to check (a law whose text is not yet confirmed, a
    /// default kept until the council's own regulation is entered). Shown on the deadline rules page, never under a due date.
    /// </summary>
    public string? Note { get; private set; }

    public DateOnly? ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    public DateTimeOffset? ArchivedAt { get; private set; }

    private DeadlineRule()
    {
    }

    public static DeadlineRule Create(string code, string name, int amount, DeadlineUnit unit, string startEvent, DeadlineStart starts, int? veryLateAfter,
        string legalBasis, DateOnly? validFrom, DateOnly? validTo, IEnumerable<DeadlineRule> others, out Outcome outcome, string? note = null)
    {
        var rule = new DeadlineRule { Code = code.Trim() };
        outcome = rule.Update(name, amount, unit, startEvent, starts, veryLateAfter, legalBasis, validFrom, validTo, others, note);
        return rule;
    }

    public Outcome Update(string name, int amount, DeadlineUnit unit, string startEvent, DeadlineStart starts, int? veryLateAfter, string legalBasis,
        DateOnly? validFrom, DateOnly? validTo, IEnumerable<DeadlineRule> others, string? note)
    {
        if (!Enum.IsDefined(starts))
        {
            return CalendarRefusals.RuleStart;
        }

        if (string.IsNullOrWhiteSpace(Code) || string.IsNullOrWhiteSpace(name))
        {
            return CalendarRefusals.RuleNameRequired;
        }

        if (amount is < 1 or > 3650 || veryLateAfter is < 1 or > 3650)
        {
            return CalendarRefusals.RuleAmount;
        }

        if (validFrom is { } f && validTo is { } t && t < f)
        {
            return CalendarRefusals.RulePeriodReversed;
        }

        var from = validFrom ?? DateOnly.MinValue;
        var to = validTo ?? DateOnly.MaxValue;
        if (others.Any(o => o.Id != Id && o.Code == Code && o.ArchivedAt is null
                            && (o.ValidFrom ?? DateOnly.MinValue) <= to && from <= (o.ValidTo ?? DateOnly.MaxValue)))
        {
            return CalendarRefusals.RuleOverlap;
        }

        Name = name.Trim();
        Amount = amount;
        Unit = unit;
        StartEvent = startEvent.Trim();
        Starts = starts;
        VeryLateAfter = veryLateAfter;
        LegalBasis = legalBasis.Trim();
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        ValidFrom = validFrom;
        ValidTo = validTo;
        return Outcome.Done;
    }

    /// <summary>The day the clock starts for an item handed over on <paramref name="handover"/> after being received on <paramref name="received"/>.</summary>
    public DateOnly StartOf(DateOnly handover, DateOnly? received) => Starts == DeadlineStart.Receipt && received is { } r && r < handover ? r : handover;

    public bool AppliesOn(DateOnly day) => ArchivedAt is null && (ValidFrom is null || ValidFrom <= day) && (ValidTo is null || day <= ValidTo);

    public void Archive(DateTimeOffset at) => ArchivedAt ??= at;
}
