using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Modules.Coordination;

/// <summary>
/// The council office adds a task to a programme (the page and the API): its section, the lead body and, where named, the
/// person in it, the supporting bodies, the expected output and the time frame; it is then owed by the lead by the frame's
/// last day. The caller has checked that the user is council office staff of the programme's unit.
/// </summary>
public static class AddTask
{
    /// <param name="FrameNumber">The month, quarter or half of the programme's year; unused for the whole year or a fixed date.</param>
    public sealed record Request(string? Section, string? Title, Guid LeadBodyId, Guid? OwnerPersonId, string? ExpectedOutput, TimeFrameKind FrameKind, int FrameNumber = 0,
        DateOnly? FrameDate = null, IReadOnlyList<Guid>? Supporting = null);

    public static async Task<(Outcome Outcome, CoordinationTask? Task)> ExecuteAsync(CoordinationDesk desk, CoordinationProgramme p, Request input, CancellationToken ct)
    {
        var task = CoordinationTask.Add(p, input.Section ?? "", input.Title ?? "", input.LeadBodyId, input.OwnerPersonId, input.ExpectedOutput ?? "",
            TimeFrame.Parse(input.FrameKind, p.Year, input.FrameNumber, input.FrameDate), out var outcome);
        outcome = outcome.Succeeded ? await desk.AddTaskAsync(p, task, input.Supporting ?? [], ct) : outcome;
        return (outcome, outcome.Succeeded ? task : null);
    }
}
