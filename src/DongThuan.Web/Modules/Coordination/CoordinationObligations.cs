using DongThuan.Web.Modules.Calendar;
using DongThuan.Web.Modules.Obligations;

namespace DongThuan.Web.Modules.Coordination;

/// <summary>
/// A programme task is owed by its lead body and named person by the last day of its time frame: the report of it
/// done fulfils it on that day; the year-end verdict "done" fulfils it on the day it was done, "not done" leaves it
/// owed (reopened if it had been reported).
/// </summary>
public static class CoordinationObligations
{
    public const string TaskSubject = "CoordinationTask";
    public const string Task = "coordination.task";

    public static ObligationEffect Added(CoordinationProgramme p, CoordinationTask t) => new ObligationEffect.Open(
        new ObligationOpening(Task, t.Title, t.UnitId, t.LeadBodyId, t.OwnerPersonId, p.SignedOn),
        new DueBy.Given(new DueDate(t.DueOn, null, $"Thời gian thực hiện theo Chương trình số {p.Number}: {t.Frame.Label}.")));

    public static ObligationEffect Reported(DateOnly on) => new ObligationEffect.Fulfil(on, OnlyIfOpen: true);

    public static ObligationEffect Evaluated(CoordinationTask t, bool done, Obligation? owed) =>
        done
            ? t.ReportedOn is { } on ? new ObligationEffect.Fulfil(on, OnlyIfOpen: true) : ObligationEffect.None
            : owed is { State: ObligationState.Fulfilled }
                ? new ObligationEffect.Reopen(new DueBy.Given(new DueDate(owed.DueOn, null, "Đánh giá cuối năm: chưa hoàn thành.")))
                : ObligationEffect.None;
}
