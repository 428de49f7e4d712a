using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Obligations;

namespace DongThuan.Web.Modules.Supervision;

public enum RecommendationState
{
    /// <summary>Issued; nothing reported yet.</summary>
    Open = 1,

    /// <summary>The agency reported progress short of completion.</summary>
    InProgress = 2,

    /// <summary>The agency reported it done (or a re-supervision found it done).</summary>
    Completed = 3,

    /// <summary>The supervising body does not accept the report of completion: it is owed again.</summary>
    Disputed = 4,
}

/// <summary>What a re-supervision found of an earlier recommendation.</summary>
public enum CheckOutcome
{
    Done = 1,
    PartlyDone = 2,
    NotDone = 3,
}

/// <summary>
/// A supervision recommendation: the responsible agency, the responsible person, the task and the deadline
/// ("rõ người, rõ việc, rõ trách nhiệm"). It is an obligation of the agency; progress is reported in percent
/// with text and evidence, and the supervising body may dispute a completion.
/// </summary>
public sealed class Recommendation : Entity, IUnitOwned, IObligationSubject
{
    string IObligationSubject.SubjectType => SupervisionObligations.RecommendationSubject;

    public Guid UnitId { get; private set; }

    public Guid MissionId { get; private set; }

    public Guid OwnerBodyId { get; private set; }

    public Guid OwnerPersonId { get; private set; }

    public string Task { get; private set; } = "";

    public DateOnly IssuedOn { get; private set; }

    public DateOnly DueOn { get; private set; }

    public RecommendationState State { get; private set; }

    public int Percent { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public string? DisputeReason { get; private set; }

    public Guid? ObligationId { get; private set; }

    private Recommendation()
    {
    }

    public static Recommendation Issue(SupervisionMission mission, Guid ownerBodyId, Guid ownerPersonId, string task, DateOnly issuedOn, DateOnly dueOn, out Outcome outcome)
    {
        var r = new Recommendation
        {
            UnitId = mission.UnitId,
            MissionId = mission.Id,
            OwnerBodyId = ownerBodyId,
            OwnerPersonId = ownerPersonId,
            Task = task.Trim(),
            IssuedOn = issuedOn,
            DueOn = dueOn,
            State = RecommendationState.Open,
        };
        var allowed = mission.AllowRecommendation();
        outcome = !allowed.Succeeded ? allowed
            : string.IsNullOrWhiteSpace(task) ? SupervisionRefusals.RecommendationText
            : dueOn <= issuedOn ? SupervisionRefusals.RecommendationDue
            : Outcome.Done;
        return r;
    }

    public void AttachObligation(Guid obligationId) => ObligationId = obligationId;

    /// <summary>Progress in percent; 100 completes it. Progress never goes backwards while it is being carried out.</summary>
    public Outcome ReportProgress(int percent, string text, DateOnly on)
    {
        if (State == RecommendationState.Completed)
        {
            return SupervisionRefusals.AlreadyCompleted;
        }

        if (percent is < 0 or > 100)
        {
            return SupervisionRefusals.PercentRange;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return SupervisionRefusals.ProgressText;
        }

        if (State != RecommendationState.Disputed && percent < Percent)
        {
            return SupervisionRefusals.PercentBackwards;
        }

        Percent = percent;
        if (percent == 100)
        {
            State = RecommendationState.Completed;
            CompletedOn = on;
        }
        else
        {
            State = RecommendationState.InProgress;
        }

        return Outcome.Done;
    }

    /// <summary>The supervising body does not accept a completion: the recommendation is owed again, by a new date.</summary>
    public Outcome Dispute(string reason, DateOnly newDueOn, DateOnly today)
    {
        if (State != RecommendationState.Completed)
        {
            return SupervisionRefusals.DisputeOnlyCompleted;
        }

        if (!TextRules.IsReason(reason))
        {
            return SupervisionRefusals.ReasonRequired;
        }

        if (newDueOn <= today)
        {
            return SupervisionRefusals.NewDueInFuture;
        }

        State = RecommendationState.Disputed;
        DisputeReason = reason.Trim();
        CompletedOn = null;
        DueOn = newDueOn > DueOn ? newDueOn : DueOn;
        return Outcome.Done;
    }

    /// <summary>A re-supervision may take what is unfinished (open, in progress, disputed).</summary>
    public bool IsReSupervisable => State != RecommendationState.Completed;

    /// <summary>
    /// A re-supervision's finding. Done completes it; partly or not done keeps it owed, by the new date the
    /// re-supervision sets (the original date stays on the obligation, so it still counts as late).
    /// </summary>
    public Outcome Check(CheckOutcome outcome, string reasons, DateOnly on, DateOnly? newDueOn)
    {
        if (outcome != CheckOutcome.Done && string.IsNullOrWhiteSpace(reasons))
        {
            return SupervisionRefusals.CheckReasons;
        }

        if (outcome == CheckOutcome.Done)
        {
            State = RecommendationState.Completed;
            Percent = 100;
            CompletedOn ??= on;
            return Outcome.Done;
        }

        if (newDueOn is not { } due || due <= on)
        {
            return SupervisionRefusals.NewDueInFuture;
        }

        // Partly done keeps what was achieved (short of completion); not done starts again from nothing.
        (State, Percent) = outcome == CheckOutcome.PartlyDone ? (RecommendationState.InProgress, Math.Min(Percent, 99)) : (RecommendationState.Open, 0);
        CompletedOn = null;
        DueOn = due > DueOn ? due : DueOn;
        return Outcome.Done;
    }
}

/// <summary>One progress report on a recommendation: percent, what was done, and the evidence files.</summary>
public sealed class RecommendationProgress : Entity
{
    public Guid RecommendationId { get; private set; }

    public DateOnly On { get; private set; }

    public int Percent { get; private set; }

    public string Text { get; private set; } = "";

    public string ReportedBy { get; private set; } = "";

    private RecommendationProgress()
    {
    }

    public static RecommendationProgress Record(Recommendation r, DateOnly on, int percent, string text, string reportedBy) =>
        new() { RecommendationId = r.Id, On = on, Percent = percent, Text = text.Trim(), ReportedBy = reportedBy };
}

/// <summary>A file attached to a progress report, stored by its SHA-256 and checked by content.</summary>
public sealed class RecommendationEvidence : Entity
{
    public const int MaxCount = 5;

    public Guid RecommendationId { get; private set; }

    public Guid ProgressId { get; private set; }

    public string FileName { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public long Size { get; private set; }

    public string Sha256 { get; private set; } = "";

    private RecommendationEvidence()
    {
    }

    public static RecommendationEvidence For(RecommendationProgress p, string fileName, string contentType, long size, string sha256) => new()
    {
        RecommendationId = p.RecommendationId,
        ProgressId = p.Id,
        FileName = Path.GetFileName(fileName) is { Length: > 0 and <= 200 } n ? n : "minh-chung",
        ContentType = contentType,
        Size = size,
        Sha256 = sha256,
    };
}

/// <summary>An earlier recommendation a re-supervision took up, and what it found.</summary>
public sealed class ReSupervisionItem : Entity
{
    public Guid MissionId { get; private set; }

    public Guid RecommendationId { get; private set; }

    public CheckOutcome? Outcome { get; private set; }

    public string? Reasons { get; private set; }

    public DateOnly? CheckedOn { get; private set; }

    private ReSupervisionItem()
    {
    }

    public static ReSupervisionItem Take(SupervisionMission reSupervision, Recommendation r) => new() { MissionId = reSupervision.Id, RecommendationId = r.Id };

    public Infrastructure.Domain.Outcome Record(CheckOutcome outcome, string? reasons, DateOnly on)
    {
        if (Outcome is not null)
        {
            return SupervisionRefusals.AlreadyChecked;
        }

        Outcome = outcome;
        Reasons = string.IsNullOrWhiteSpace(reasons) ? null : reasons.Trim();
        CheckedOn = on;
        return Infrastructure.Domain.Outcome.Done;
    }
}
