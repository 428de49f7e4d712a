using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Modules.Supervision;

/// <summary>A mission's statutory steps, as the office records them.</summary>
public enum MissionStep
{
    /// <summary>The plan and outline sent to the supervised agencies (the step's text is the plan).</summary>
    SendPlan = 1,

    /// <summary>The programme and members sent, with the days of the visits.</summary>
    SendProgramme = 2,

    /// <summary>The visits are over.</summary>
    FinishVisits = 3,

    /// <summary>The team reports its findings (the step's text).</summary>
    Report = 4,

    /// <summary>The standing committee concludes (the step's text).</summary>
    Conclude = 5,
}

/// <summary>
/// The council office records a mission's next statutory step (the page and the API) on the day it happened: today, or a
/// past day entered from the paper file, never before the step before it (the mission's own rule). The step it completes
/// is fulfilled on that day and the next one is owed from it. The caller has checked that the user is council office
/// staff of the mission's unit and holds the mission tracked.
/// </summary>
public static class TakeMissionStep
{
    public sealed record Request(MissionStep Step, DateOnly? On = null, string? Text = null, DateOnly? VisitsFrom = null, DateOnly? VisitsTo = null);

    public static async Task<Outcome> ExecuteAsync(SupervisionDesk desk, SupervisionMission mission, Request input, CancellationToken ct)
    {
        var (day, refusal) = RecordedDate.Resolve(input.On, desk.Today, mayBackdate: true, previous: null);
        if (refusal is not null)
        {
            return refusal;
        }

        var text = input.Text ?? "";
        Func<SupervisionMission, Outcome>? change = input.Step switch
        {
            MissionStep.SendPlan => m => m.SendPlan(text, day),
            MissionStep.SendProgramme when input is { VisitsFrom: { } from, VisitsTo: { } to } => m => m.SendProgramme(day, from, to),
            MissionStep.SendProgramme => _ => SupervisionRefusals.VisitsRequired,
            MissionStep.FinishVisits => m => m.FinishVisits(day),
            MissionStep.Report => m => m.Report(text, day),
            MissionStep.Conclude => m => m.Conclude(text, day),
            _ => null,
        };
        if (change is null)
        {
            return SupervisionRefusals.WrongStep;
        }

        var note = input.Step == MissionStep.SendProgramme ? $"Giám sát từ {input.VisitsFrom:dd/MM/yyyy} đến {input.VisitsTo:dd/MM/yyyy}" : null;
        return await desk.StepAsync(mission, change, note, day, ct);
    }
}
