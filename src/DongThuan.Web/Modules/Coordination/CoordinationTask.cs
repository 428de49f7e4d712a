using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Obligations;

namespace DongThuan.Web.Modules.Coordination;

public enum TaskState
{
    Open = 1,

    /// <summary>The lead party reported it done.</summary>
    Reported = 2,

    /// <summary>Evaluated at the year-end review.</summary>
    Evaluated = 3,
}

/// <summary>The year-end verdict on a task; done on time or late follows the one definition of "on time" of its obligation.</summary>
public enum TaskEvaluation
{
    DoneOnTime = 1,
    DoneLate = 2,
    NotDone = 3,
}

/// <summary>
/// A programme task: a lead party, supporting parties, a time frame, an expected output and a named person.
/// It is an obligation of the lead party due on the last day of its time frame.
/// </summary>
public sealed class CoordinationTask : Entity, IUnitOwned, IObligationSubject
{
    string IObligationSubject.SubjectType => CoordinationObligations.TaskSubject;

    public Guid UnitId { get; private set; }

    public Guid ProgrammeId { get; private set; }

    /// <summary>The programme's section it sits in ("I. Phối hợp tổ chức kỳ họp"); tasks are listed by section.</summary>
    public string Section { get; private set; } = "";

    public string Title { get; private set; } = "";

    public Guid LeadBodyId { get; private set; }

    public Guid? OwnerPersonId { get; private set; }

    public string ExpectedOutput { get; private set; } = "";

    public TimeFrameKind FrameKind { get; private set; }

    public int FrameYear { get; private set; }

    public int FrameNumber { get; private set; }

    public DateOnly? FrameDate { get; private set; }

    public DateOnly DueOn { get; private set; }

    public TaskState State { get; private set; }

    public string? Report { get; private set; }

    public DateOnly? ReportedOn { get; private set; }

    public TaskEvaluation? Evaluation { get; private set; }

    public string? EvaluationNote { get; private set; }

    public DateOnly? EvaluatedOn { get; private set; }

    public Guid? ObligationId { get; private set; }

    private CoordinationTask()
    {
    }

    public TimeFrame Frame => new(FrameKind, FrameYear, FrameNumber, FrameDate);

    public static CoordinationTask Add(CoordinationProgramme p, string section, string title, Guid leadBodyId, Guid? ownerPersonId, string expectedOutput, TimeFrame? frame, out Outcome outcome)
    {
        var t = new CoordinationTask
        {
            UnitId = p.UnitId,
            ProgrammeId = p.Id,
            Section = section.Trim(),
            Title = title.Trim(),
            LeadBodyId = leadBodyId,
            OwnerPersonId = ownerPersonId,
            ExpectedOutput = expectedOutput.Trim(),
            State = TaskState.Open,
        };
        if (frame is { } f)
        {
            (t.FrameKind, t.FrameYear, t.FrameNumber, t.FrameDate, t.DueOn) = (f.Kind, f.Year, f.Number, f.Date, f.End);
        }

        outcome = string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(expectedOutput) || string.IsNullOrWhiteSpace(section) ? CoordinationRefusals.TaskText
            : frame is not { } fr ? CoordinationRefusals.TimeFrame
            : fr.End.Year != p.Year ? CoordinationRefusals.FrameInYear
            : Outcome.Done;
        return t;
    }

    public void AttachObligation(Guid obligationId) => ObligationId = obligationId;

    public Outcome ReportDone(string report, DateOnly on)
    {
        if (State != TaskState.Open)
        {
            return CoordinationRefusals.TaskNotOpen;
        }

        if (string.IsNullOrWhiteSpace(report))
        {
            return CoordinationRefusals.ReportText;
        }

        Report = report.Trim();
        ReportedOn = on;
        State = TaskState.Reported;
        return Outcome.Done;
    }

    /// <summary>
    /// The year-end evaluation, from the year's last month on. Done takes the date it was done (the report's
    /// date when there is one); whether that was on time is the obligation's verdict, passed in.
    /// </summary>
    public Outcome Evaluate(bool done, DateOnly? doneOn, string? note, DateOnly today, Func<DateOnly, TaskEvaluation> verdict)
    {
        if (State == TaskState.Evaluated)
        {
            return CoordinationRefusals.AlreadyEvaluated;
        }

        if (today < new DateOnly(FrameYear, 12, 1) && today <= DueOn)
        {
            return CoordinationRefusals.EvaluateAtYearEnd;
        }

        var when = ReportedOn ?? doneOn;
        if (done && (when is null || when > today))
        {
            return CoordinationRefusals.DoneDate;
        }

        if (!done && string.IsNullOrWhiteSpace(note))
        {
            return CoordinationRefusals.NotDoneReason;
        }

        ReportedOn = done ? when : ReportedOn;
        Evaluation = done ? verdict(when!.Value) : TaskEvaluation.NotDone;
        EvaluationNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        EvaluatedOn = today;
        State = TaskState.Evaluated;
        return Outcome.Done;
    }
}

/// <summary>A party that supports a task led by another.</summary>
public sealed class TaskSupport : Entity
{
    public Guid TaskId { get; private set; }

    public Guid BodyId { get; private set; }

    private TaskSupport()
    {
    }

    public static TaskSupport Of(CoordinationTask t, Guid bodyId) => new() { TaskId = t.Id, BodyId = bodyId };
}
