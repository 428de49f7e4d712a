using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Obligations;

namespace DongThuan.Web.Modules.Questions.Explanations;

/// <summary>
/// The executive reports a promise kept (the page and the API), on the day it was kept: today, or a past day not before the
/// session. The obligation is fulfilled on that day, and the council office is told. The caller has checked that the user
/// speaks for the executive of the unit.
/// </summary>
public static class ReportPromise
{
    public sealed record Request(string? Report, DateOnly? On = null);

    public static async Task<Outcome> ExecuteAsync(WorkflowStep step, ExplanationSession session, ExplanationPromise promise, Request input, DateOnly today, bool mayBackdate,
        CancellationToken ct)
    {
        var (day, refusal) = RecordedDate.Resolve(input.On, today, mayBackdate, previous: session.HeldOn);
        return refusal ?? await step.ApplyAsync(promise, () => promise.State, _ => promise.ReportDone(input.Report ?? ""),
            (_, _) => new ObligationEffect.Fulfil(day), input.Report, ct, new StepDetails(On: day));
    }
}
