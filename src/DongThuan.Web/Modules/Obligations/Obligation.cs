using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Calendar;

namespace DongThuan.Web.Modules.Obligations;

/// <summary>Open until fulfilled; a fulfilled obligation can be reopened (a further answer asked for).</summary>
public enum ObligationState
{
    Open = 1,
    Fulfilled = 2,
}

/// <summary>How an obligation stands on a given day: the one definition every page, report and API uses.</summary>
public enum ObligationStatus
{
    Open,
    DueSoon,
    Overdue,
    VeryLate,
    DoneOnTime,
    DoneLate,
}

/// <summary>
/// What a named person in a named agency owes, by when ("rõ người, rõ việc, rõ trách nhiệm"). Answering a
/// question, an opinion or a petition, carrying out a recommendation and delivering a programme task are
/// all obligations; the owning module keeps its own states and drives this one through its transitions.
/// The original due date is kept when the deadline is extended: statistics judge timeliness against it.
/// </summary>
public sealed class Obligation : Entity, IUnitOwned
{
    public const int DueSoonDays = 3;

    /// <summary>The subject's words kept with the obligation (a question's title, a task's first words).</summary>
    public const int SubjectMax = 500;

    public string Kind { get; private set; } = "";

    public string SubjectType { get; private set; } = "";

    public Guid SubjectId { get; private set; }

    public string Subject { get; private set; } = "";

    public Guid UnitId { get; private set; }

    public Guid OwnerBodyId { get; private set; }

    public Guid? OwnerPersonId { get; private set; }

    /// <summary>The field (lĩnh vực) of its subject, where the owning module has one (a petition's), for the board's filter.</summary>
    public string? Field { get; private set; }

    /// <summary>The day the clock started (the triggering event's date).</summary>
    public DateOnly StartedOn { get; private set; }

    public DateOnly OriginalDueOn { get; private set; }

    public DateOnly DueOn { get; private set; }

    public DateOnly? VeryLateOn { get; private set; }

    /// <summary>How the due date was worked out, and under which rule.</summary>
    public string DueExplanation { get; private set; } = "";

    public string? RuleCode { get; private set; }

    public ObligationState State { get; private set; }

    public DateOnly? InterimOn { get; private set; }

    public DateOnly? FulfilledOn { get; private set; }

    private Obligation()
    {
    }

    public static Obligation Open(string kind, string subjectType, Guid subjectId, string subject, Guid unitId, Guid ownerBodyId, Guid? ownerPersonId,
        DateOnly startedOn, DueDate due, DeadlineRule? rule, string? field = null) => new()
    {
        Kind = kind,
        SubjectType = subjectType,
        SubjectId = subjectId,
        Subject = subject,
        UnitId = unitId,
        OwnerBodyId = ownerBodyId,
        OwnerPersonId = ownerPersonId,
        Field = field,
        StartedOn = startedOn,
        OriginalDueOn = due.Date,
        DueOn = due.Date,
        VeryLateOn = rule?.VeryLateAfter is { } extra ? due.Date.AddDays(extra) : null,
        DueExplanation = due.Explanation,
        RuleCode = rule?.Code,
        State = ObligationState.Open,
    };

    /// <summary>An interim answer: the owner reports progress; the obligation stays open and its due date unchanged.</summary>
    public Outcome RecordInterim(DateOnly on)
    {
        if (State != ObligationState.Open)
        {
            return ObligationRefusals.NotOpen;
        }

        InterimOn = on;
        return Outcome.Done;
    }

    public Outcome Extend(DateOnly newDue, string reason)
    {
        if (State != ObligationState.Open)
        {
            return ObligationRefusals.NotOpen;
        }

        if (newDue <= DueOn)
        {
            return ObligationRefusals.ExtensionNotLater;
        }

        if (!TextRules.IsReason(reason))
        {
            return ObligationRefusals.ReasonRequired;
        }

        DueOn = newDue;
        Explain($" Gia hạn đến {newDue:dd/MM/yyyy}: {reason.Trim()}");
        return Outcome.Done;
    }

    /// <summary>Another agency (or person) now owes it: the dates stay, so a transfer does not reset the clock.</summary>
    public Outcome Reassign(Guid ownerBodyId, Guid? ownerPersonId)
    {
        if (State != ObligationState.Open)
        {
            return ObligationRefusals.NotOpen;
        }

        OwnerBodyId = ownerBodyId;
        OwnerPersonId = ownerPersonId;
        return Outcome.Done;
    }

    public Outcome Fulfil(DateOnly on)
    {
        if (State != ObligationState.Open)
        {
            return ObligationRefusals.NotOpen;
        }

        State = ObligationState.Fulfilled;
        FulfilledOn = on;
        return Outcome.Done;
    }

    public const int ExplanationMax = 2000;

    /// <summary>Adds to how the due date came about, within its column: after many extensions the oldest additions give way, the rule's own words stay.</summary>
    private void Explain(string addition)
    {
        var text = DueExplanation + addition;
        if (text.Length > ExplanationMax)
        {
            var head = DueExplanation.Length > ExplanationMax / 2 ? DueExplanation[..(ExplanationMax / 2)] : DueExplanation;
            var room = ExplanationMax - head.Length - 2;
            text = head + " …" + (addition.Length > room ? addition[^room..] : addition);
        }

        DueExplanation = text;
    }

    /// <summary>Opens a fulfilled obligation again (an answer rejected, a further answer asked for) with a new due date.</summary>
    public Outcome Reopen(DueDate due)
    {
        if (State != ObligationState.Fulfilled)
        {
            return ObligationRefusals.NotFulfilled;
        }

        State = ObligationState.Open;
        FulfilledOn = null;
        DueOn = due.Date > DueOn ? due.Date : DueOn;
        // The rule's basis is already in the explanation: a reopening adds its date and how it was counted, not the basis again.
        var counted = due.Explanation.Split(" Căn cứ:", 2)[0].Trim();
        Explain($" Mở lại, hạn trả lời {DueOn:dd/MM/yyyy}: {counted}");
        return Outcome.Done;
    }

    /// <summary>
    /// The one definition of "on time": done no later than the original due date. Open items are
    /// overdue after the current (possibly extended) due date, very late after the rule's threshold.
    /// </summary>
    public ObligationStatus StatusOn(DateOnly today) => StatusOf(State, DueOn, OriginalDueOn, VeryLateOn, FulfilledOn, today);

    /// <summary>How it would stand if fulfilled on <paramref name="on"/> (or how it stands, when fulfilled already): on time or late.</summary>
    public ObligationStatus StatusIfFulfilledOn(DateOnly on) =>
        State == ObligationState.Fulfilled ? StatusOn(on) : on <= OriginalDueOn ? ObligationStatus.DoneOnTime : ObligationStatus.DoneLate;

    /// <summary>The same definition from the stored facts alone, for lists that count without loading entities.</summary>
    public static ObligationStatus StatusOf(ObligationState state, DateOnly dueOn, DateOnly originalDueOn, DateOnly? veryLateOn, DateOnly? fulfilledOn, DateOnly today) => state switch
    {
        ObligationState.Fulfilled => fulfilledOn <= originalDueOn ? ObligationStatus.DoneOnTime : ObligationStatus.DoneLate,
        _ when veryLateOn is { } v && today > v => ObligationStatus.VeryLate,
        _ when today > dueOn => ObligationStatus.Overdue,
        _ when today >= dueOn.AddDays(-DueSoonDays) => ObligationStatus.DueSoon,
        _ => ObligationStatus.Open,
    };
}

public static class ObligationRefusals
{
    public static readonly Refusal NotOpen = new("obligation-not-open", "Nghĩa vụ này đã hoàn thành, không thể thay đổi.");
    public static readonly Refusal NotFulfilled = new("obligation-not-fulfilled", "Chỉ mở lại được nghĩa vụ đã hoàn thành.");
    public static readonly Refusal ExtensionNotLater = new("obligation-extension", "Hạn mới phải sau hạn hiện tại.");
    public static readonly Refusal ReasonRequired = new("obligation-reason", "Vui lòng nêu lý do (tối đa 2.000 ký tự).");
    public static readonly Refusal NotFound = new("obligation-not-found", "Không tìm thấy việc này.");
    public static readonly Refusal RemindOfficeOnly = new("obligation-remind-office", "Chỉ Văn phòng HĐND của đơn vị được đôn đốc việc này.");
    public static readonly Refusal MessageTooLong = new("obligation-message", "Lời nhắn tối đa 2.000 ký tự.");
    public static readonly Refusal NoRecipient = new("obligation-no-recipient", "Cơ quan và người chịu trách nhiệm chưa có tài khoản nào để nhận thông báo: hãy gửi công văn đôn đốc.");
    public static readonly Refusal NoneChosen = new("obligation-none-chosen", "Hãy chọn ít nhất một việc để đôn đốc.");
}

public static class ObligationNames
{
    public static string Of(ObligationStatus status) => status switch
    {
        ObligationStatus.Open => "Đang xử lý",
        ObligationStatus.DueSoon => "Sắp đến hạn",
        ObligationStatus.Overdue => "Quá hạn",
        ObligationStatus.VeryLate => "Quá hạn nghiêm trọng",
        ObligationStatus.DoneOnTime => "Hoàn thành đúng hạn",
        _ => "Hoàn thành trễ hạn",
    };

    /// <summary>The status as the API spells it: "due-soon", "very-late", "done-on-time"…</summary>
    public static string ApiCode(ObligationStatus status) => status switch
    {
        ObligationStatus.Open => "open",
        ObligationStatus.DueSoon => "due-soon",
        ObligationStatus.Overdue => "overdue",
        ObligationStatus.VeryLate => "very-late",
        ObligationStatus.DoneOnTime => "done-on-time",
        _ => "done-late",
    };
}
