using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Obligations;

namespace DongThuan.Web.Modules.Supervision;

/// <summary>The statutory steps of a thematic supervision (Law 87/2015 Art. 70–71, 80), in order.</summary>
public enum MissionState
{
    /// <summary>The team is formed; the plan and outline are due within 15 days.</summary>
    Formed = 1,

    /// <summary>Plan and outline sent to the supervised agencies.</summary>
    PlanSent = 2,

    /// <summary>Programme and members sent, at least 10 days before the visits.</summary>
    Scheduled = 3,

    /// <summary>Visits finished; the team's report is due (15 days, 10 for a committee's team).</summary>
    Visited = 4,

    /// <summary>Findings reported; the standing committee reviews them within 7 days.</summary>
    Reported = 5,

    /// <summary>Reviewed and concluded: the recommendations stand.</summary>
    Concluded = 6,
}

/// <summary>
/// A thematic supervision by the standing committee, a committee or a delegate group: subject, scope,
/// members, supervised agencies, plan, visits, findings and conclusion. A re-supervision is a mission that
/// takes earlier recommendations still unfinished or disputed and records what became of each.
/// Results are public unless the mission is marked secret (Art. 89).
/// </summary>
public sealed class SupervisionMission : Entity, IUnitOwned, IObligationSubject
{
    // What a mission owes at any time is its current statutory step (plan, report, review).
    string IObligationSubject.SubjectType => SupervisionObligations.MissionSubject;

    Guid? IObligationSubject.ObligationId => StepObligationId;

    void IObligationSubject.AttachObligation(Guid obligationId) => AttachStepObligation(obligationId);

    /// <summary>The programme and the members go out at least this many days before the visits (Art. 71).</summary>
    public const int ProgrammeNoticeDays = 10;

    public Guid UnitId { get; private set; }

    public Guid CouncilId { get; private set; }

    public Guid? ProgrammeId { get; private set; }

    public Guid ConductedByBodyId { get; private set; }

    public BodyKind ConductedByKind { get; private set; }

    public string Subject { get; private set; } = "";

    public string Scope { get; private set; } = "";

    /// <summary>The team as named in the decision forming it ("Đ/c Nguyễn Văn A – Phó Chủ tịch HĐND, Trưởng đoàn; …").</summary>
    public string Members { get; private set; } = "";

    public string? Plan { get; private set; }

    public bool IsReSupervision { get; private set; }

    public bool IsSecret { get; private set; }

    public MissionState State { get; private set; }

    public DateOnly FormedOn { get; private set; }

    public DateOnly? PlanSentOn { get; private set; }

    public DateOnly? ProgrammeSentOn { get; private set; }

    public DateOnly? VisitsFrom { get; private set; }

    public DateOnly? VisitsTo { get; private set; }

    public DateOnly? FinishedOn { get; private set; }

    public string? Findings { get; private set; }

    public DateOnly? ReportedOn { get; private set; }

    public string? Conclusion { get; private set; }

    public DateOnly? ConcludedOn { get; private set; }

    /// <summary>The statutory step now owed (plan, report or review), tracked as an obligation of the team's body.</summary>
    public Guid? StepObligationId { get; private set; }

    private SupervisionMission()
    {
    }

    public static SupervisionMission Form(Body council, Body conductedBy, Guid? programmeId, string subject, string scope, string members, DateOnly formedOn,
        bool isReSupervision, bool isSecret, out Outcome outcome)
    {
        var m = new SupervisionMission
        {
            UnitId = council.UnitId,
            CouncilId = council.Id,
            ProgrammeId = programmeId,
            ConductedByBodyId = conductedBy.Id,
            ConductedByKind = conductedBy.Kind,
            Subject = subject.Trim(),
            Scope = scope.Trim(),
            Members = members.Trim(),
            FormedOn = formedOn,
            IsReSupervision = isReSupervision,
            IsSecret = isSecret,
            State = MissionState.Formed,
        };
        outcome = string.IsNullOrWhiteSpace(subject) || string.IsNullOrWhiteSpace(scope) || string.IsNullOrWhiteSpace(members) ? SupervisionRefusals.MissionText
            : conductedBy.UnitId != council.UnitId || conductedBy.ParentBodyId != council.Id
              || conductedBy.Kind is not (BodyKind.CouncilStandingCommittee or BodyKind.CouncilCommittee or BodyKind.DelegateGroup) ? SupervisionRefusals.MissionConductor
            : Outcome.Done;
        return m;
    }

    /// <summary>A committee's team reports within 10 days (Art. 80); the standing committee's and a delegate group's within 15 (Art. 71).</summary>
    public bool ReportsAsCommittee => ConductedByKind == BodyKind.CouncilCommittee;

    public Outcome SendPlan(string plan, DateOnly on)
    {
        if (State != MissionState.Formed)
        {
            return SupervisionRefusals.WrongStep;
        }

        if (string.IsNullOrWhiteSpace(plan))
        {
            return SupervisionRefusals.PlanText;
        }

        if (on < FormedOn)
        {
            return SupervisionRefusals.DateBeforePreviousStep;
        }

        Plan = plan.Trim();
        PlanSentOn = on;
        State = MissionState.PlanSent;
        return Outcome.Done;
    }

    public Outcome SendProgramme(DateOnly on, DateOnly visitsFrom, DateOnly visitsTo)
    {
        if (State != MissionState.PlanSent)
        {
            return SupervisionRefusals.WrongStep;
        }

        if (on < PlanSentOn)
        {
            return SupervisionRefusals.DateBeforePreviousStep;
        }

        if (visitsFrom < on.AddDays(ProgrammeNoticeDays))
        {
            return SupervisionRefusals.ProgrammeNoticeTooShort;
        }

        if (visitsTo < visitsFrom)
        {
            return SupervisionRefusals.VisitsOrder;
        }

        ProgrammeSentOn = on;
        VisitsFrom = visitsFrom;
        VisitsTo = visitsTo;
        State = MissionState.Scheduled;
        return Outcome.Done;
    }

    public Outcome FinishVisits(DateOnly on)
    {
        if (State != MissionState.Scheduled)
        {
            return SupervisionRefusals.WrongStep;
        }

        if (on < VisitsFrom)
        {
            return SupervisionRefusals.DateBeforePreviousStep;
        }

        FinishedOn = on;
        State = MissionState.Visited;
        return Outcome.Done;
    }

    public Outcome Report(string findings, DateOnly on)
    {
        if (State != MissionState.Visited)
        {
            return SupervisionRefusals.WrongStep;
        }

        if (string.IsNullOrWhiteSpace(findings))
        {
            return SupervisionRefusals.FindingsText;
        }

        if (on < FinishedOn)
        {
            return SupervisionRefusals.DateBeforePreviousStep;
        }

        Findings = findings.Trim();
        ReportedOn = on;
        State = MissionState.Reported;
        return Outcome.Done;
    }

    public Outcome Conclude(string conclusion, DateOnly on)
    {
        if (State != MissionState.Reported)
        {
            return SupervisionRefusals.WrongStep;
        }

        if (string.IsNullOrWhiteSpace(conclusion))
        {
            return SupervisionRefusals.ConclusionText;
        }

        if (on < ReportedOn)
        {
            return SupervisionRefusals.DateBeforePreviousStep;
        }

        Conclusion = conclusion.Trim();
        ConcludedOn = on;
        State = MissionState.Concluded;
        return Outcome.Done;
    }

    /// <summary>Recommendations come with the findings: from the report on.</summary>
    public Outcome AllowRecommendation() => State >= MissionState.Reported ? Outcome.Done : SupervisionRefusals.RecommendationBeforeReport;

    /// <summary>A re-supervision records what became of each recommendation it took once its visits are over.</summary>
    public Outcome AllowCheck() => !IsReSupervision ? SupervisionRefusals.NotReSupervision
        : State >= MissionState.Visited ? Outcome.Done
        : SupervisionRefusals.CheckBeforeVisits;

    /// <summary>Shown to the public: reported, and not a state secret.</summary>
    public bool IsPublished => !IsSecret && State >= MissionState.Reported;

    public void AttachStepObligation(Guid? id) => StepObligationId = id;
}

/// <summary>An agency a mission supervises.</summary>
public sealed class MissionTarget : Entity
{
    public Guid MissionId { get; private set; }

    public Guid BodyId { get; private set; }

    private MissionTarget()
    {
    }

    public static MissionTarget For(SupervisionMission m, Guid bodyId) => new() { MissionId = m.Id, BodyId = bodyId };
}

/// <summary>What led to a mission: a petition rated "not resolved" or a question whose delegate was not satisfied.</summary>
public sealed class MissionSource : Entity
{
    public const string Petition = "Petition";
    public const string Question = "Question";

    public Guid MissionId { get; private set; }

    public string SourceType { get; private set; } = "";

    public Guid SourceId { get; private set; }

    public string Title { get; private set; } = "";

    private MissionSource()
    {
    }

    public static MissionSource For(SupervisionMission m, string sourceType, Guid sourceId, string title) =>
        new() { MissionId = m.Id, SourceType = sourceType, SourceId = sourceId, Title = title.Length > 500 ? title[..500] : title };
}
