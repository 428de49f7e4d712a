using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Calendar;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Questions.Explanations;

/// <summary>
/// One explanation session: the office adopts the conclusion and records the officials' promises, each an
/// obligation due on the promised date; the executive reports each promise kept.
/// </summary>
[Authorize(Policy = Permissions.Staff)]
public sealed class DetailsModel(DongThuanDb db, TimeProvider time, WorkflowStep step) : RefusingPage
{

    public sealed record Line(ExplanationPromise Promise, ObligationStatus? Status);

    public ExplanationSession? Session { get; private set; }

    public IReadOnlyList<Line> Promises { get; private set; } = [];

    public IReadOnlyList<Body> Executive { get; private set; } = [];


    public bool IsOffice => UnitScope.IsCouncilOfficeOf(User, Session!.UnitId);

    public bool IsExecutive => UnitScope.IsExecutiveOf(User, Session!.UnitId);

    private DateOnly Today => VietnamTime.Today(time);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostConcludeAsync(Guid id, string? conclusion, int members, int votesFor, CancellationToken ct) =>
        await ActAsync(id, office: true, s => ConcludeExplanation.ExecuteAsync(db, s, new(conclusion, votesFor, members), Today, ct), ct);

    public async Task<IActionResult> OnPostPromiseAsync(Guid id, Guid ownerBodyId, string? official, string? text, DateOnly dueOn, CancellationToken ct) =>
        await ActAsync(id, office: true, async s => (await RecordPromise.ExecuteAsync(db, step, s, new(ownerBodyId, official, text, dueOn), ct)).Outcome, ct);

    public async Task<IActionResult> OnPostReportAsync(Guid id, Guid promiseId, string? report, CancellationToken ct) =>
        await ActAsync(id, office: false, async s =>
            await db.ExplanationPromises.SingleOrDefaultAsync(p => p.Id == promiseId && p.ExplanationSessionId == s.Id, ct) is { } promise
                ? await ReportPromise.ExecuteAsync(step, s, promise, new(report), Today, mayBackdate: false, ct)
                : ExplanationRefusals.ReportText, ct);

    /// <summary>Loads, checks the caller's part (office or executive of the unit), and applies the use case, which saves only on success.</summary>
    private async Task<IActionResult> ActAsync(Guid id, bool office, Func<ExplanationSession, Task<Outcome>> act, CancellationToken ct)
    {
        var session = await db.ExplanationSessions.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (session is null)
        {
            return NotFound();
        }

        if (office ? !UnitScope.IsCouncilOfficeOf(User, session.UnitId) : !UnitScope.IsExecutiveOf(User, session.UnitId))
        {
            return Forbid();
        }

        var outcome = await act(session);
        if (outcome.Succeeded)
        {
            return RedirectToPage(new { id });
        }

        db.ChangeTracker.Clear();
        Refuse(outcome.Refusal!.Message);
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Session = await db.ExplanationSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (Session is null)
        {
            return false;
        }

        var promises = await db.ExplanationPromises.AsNoTracking().Where(p => p.ExplanationSessionId == id).OrderBy(p => p.DueOn).ToListAsync(ct);
        var ids = promises.Where(p => p.ObligationId != null).Select(p => p.ObligationId!.Value).ToList();
        var obligations = await db.ObligationsByIdAsync(ids, ct);
        Promises = [.. promises.Select(p => new Line(p, p.ObligationId is { } o && obligations.TryGetValue(o, out var ob) ? ob.StatusOn(Today) : null))];
        Executive = await db.Bodies.AsNoTracking().Where(b => b.UnitId == Session.UnitId && b.ArchivedAt == null && (b.Kind == BodyKind.PeoplesCommittee || b.Kind == BodyKind.ExecutiveDepartment))
            .OrderBy(b => b.Kind).ThenBy(b => b.Name).ToListAsync(ct);
        return true;
    }
}
