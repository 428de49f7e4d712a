using DongThuan.Web.Modules.Calendar;
using DongThuan.Web.Modules.Obligations;

namespace DongThuan.Web.Modules.Supervision;

/// <summary>
/// What supervision owes. A mission owes its statutory steps one after the other (plan and outline, the report,
/// the standing committee's review), each counted by its rule from the step before; a recommendation is owed by
/// the agency and person it names, by the date it sets, and follows its progress.
/// </summary>
public static class SupervisionObligations
{
    public const string MissionSubject = "SupervisionMission";
    public const string RecommendationSubject = "SupervisionRecommendation";
    public const string Step = "supervision.step";
    public const string Recommendation = "supervision.recommendation";

    /// <summary>The plan owed once the team is formed.</summary>
    public static ObligationEffect Formed(SupervisionMission m) =>
        OpenStep(m, DeadlineCodes.SupervisionPlan, m.ConductedByBodyId, m.FormedOn, "Gửi kế hoạch, đề cương giám sát");

    /// <summary>The step a mission has reached fulfils the one it completes (on its date) and opens the next.</summary>
    public static ObligationEffect OfStep(SupervisionMission m, Guid standingCommittee) => m.State switch
    {
        MissionState.PlanSent => m.PlanSentOn is { } sent ? new ObligationEffect.Fulfil(sent, OnlyIfOpen: true) : ObligationEffect.None,
        MissionState.Visited => OpenStep(m, m.ReportsAsCommittee ? DeadlineCodes.SupervisionCommitteeReport : DeadlineCodes.SupervisionReport,
            m.ConductedByBodyId, m.FinishedOn!.Value, "Báo cáo kết quả giám sát"),
        MissionState.Reported => new ObligationEffect.Then(
            new ObligationEffect.Fulfil(m.ReportedOn!.Value, OnlyIfOpen: true),
            OpenStep(m, DeadlineCodes.SupervisionReview, standingCommittee, m.ReportedOn.Value, "Thường trực HĐND xem xét báo cáo giám sát")),
        MissionState.Concluded => m.ConcludedOn is { } concluded ? new ObligationEffect.Fulfil(concluded, OnlyIfOpen: true) : ObligationEffect.None,
        _ => ObligationEffect.None,
    };

    /// <summary>Issued: owed by the named agency and person by the date the mission set.</summary>
    public static ObligationEffect Issued(SupervisionMission m, Recommendation r) => new ObligationEffect.Open(
        new ObligationOpening(Recommendation, r.Task, r.UnitId, r.OwnerBodyId, r.OwnerPersonId, r.IssuedOn),
        new DueBy.Given(new DueDate(r.DueOn, null,
            $"Thời hạn do {(m.IsReSupervision ? "đoàn tái giám sát" : "đoàn giám sát")} kiến nghị ngày {r.IssuedOn:dd/MM/yyyy} (Luật 87/2015, Điều 89: kiến nghị giám sát phải được thực hiện).")));

    /// <summary>
    /// A recommendation's progress: completed fulfils it; owed again reopens it (or extends it to the new date);
    /// progress short of completion is an interim report.
    /// </summary>
    public static ObligationEffect OfProgress(Recommendation r, Obligation? owed, string? note, DateOnly today) => owed switch
    {
        null => ObligationEffect.None,
        _ when r.State == RecommendationState.Completed => new ObligationEffect.Fulfil(r.CompletedOn ?? today, OnlyIfOpen: true),
        { State: ObligationState.Fulfilled } => new ObligationEffect.Reopen(new DueBy.Given(new DueDate(r.DueOn, null, $"hạn mới {r.DueOn:dd/MM/yyyy}. {note}".Trim()))),
        _ when r.DueOn > owed.DueOn => new ObligationEffect.Extend(r.DueOn, note ?? ""),
        _ when r.State == RecommendationState.InProgress => new ObligationEffect.Interim(today),
        _ => ObligationEffect.None,
    };

    private static ObligationEffect.Open OpenStep(SupervisionMission m, string rule, Guid owner, DateOnly from, string name) => new ObligationEffect.Open(
        new ObligationOpening(Step, $"{name}: {m.Subject}", m.UnitId, owner, null, from),
        new DueBy.Rule(rule, from, SupervisionRefusals.NoDeadlineRule));
}
