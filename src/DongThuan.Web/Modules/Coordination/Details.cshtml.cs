using DongThuan.Web.Infrastructure.Text;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.OfficialDocuments;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Coordination;

/// <summary>
/// One programme: its signing and signatories, its tasks by section (lead, supporting parties, time frame,
/// expected output, named person, how each stands), the parties' quarterly reports, and the year-end evaluation.
/// </summary>
[Authorize(Policy = Permissions.Staff)]
public sealed class DetailsModel(CoordinationDesk desk) : RefusingPage
{
    public sealed record Line(CoordinationTask Task, string Lead, IReadOnlyList<string> Supporting, string? Person, ObligationStatus? Status, bool CanReport);

    public sealed record Party(ProgrammeParty Signature, string Name);

    public sealed record Owner(string Value, string Label);

    public CoordinationProgramme Programme { get; private set; } = null!;

    public IReadOnlyList<Party> Parties { get; private set; } = [];

    public IReadOnlyList<Line> Tasks { get; private set; } = [];

    public IReadOnlyList<(QuarterlyReport Report, string Party)> Reports { get; private set; } = [];

    /// <summary>The parties the user may report for (their own, or all for the office).</summary>
    public IReadOnlyList<Party> ReportingParties { get; private set; } = [];

    public IReadOnlyList<Owner> Owners { get; private set; } = [];

    public IReadOnlyList<Body> UnitBodies { get; private set; } = [];

    public bool IsOffice { get; private set; }

    public DateOnly Today => desk.Today;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>The programme drafted as the official CTr document, in Word or PDF.</summary>
    public async Task<IActionResult> OnGetDocumentAsync(Guid id, string? format, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var place = await desk.Db.Units.AsNoTracking().Where(u => u.Id == Programme.UnitId).Select(u => u.PlaceName).SingleAsync(ct);
        return OfficialFiles.Download(ProgrammeDocument.Draft(Programme, [.. Parties.Select(x => new ProgrammeDocument.Signatory(x.Signature, x.Name))],
            [.. Tasks.Select(t => new ProgrammeDocument.TaskLine(t.Task, t.Lead, t.Supporting))], place), format, $"chuong-trinh-phoi-hop-{Programme.Year}");
    }

    /// <summary>The programme's tasks as an Excel sheet: the table of the page, with due dates and where each stands today.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct)
            ? File(TaskSheet.Write(Tasks.Select(t => new TaskSheet.Line(t.Task, t.Lead, t.Supporting, t.Person, t.Status))), TaskSheet.ContentType,
                $"nhiem-vu-phoi-hop-{Programme.Year}.xlsx")
            : NotFound();

    public async Task<IActionResult> OnPostTaskAsync(Guid id, string? section, string? title, string? owner, string? expectedOutput, TimeFrameKind frameKind, int frameNumber,
        DateOnly? frameDate, List<Guid>? supporting, CancellationToken ct)
    {
        if (await ProgrammeAsync(id, ct) is not { } p)
        {
            return NotFound();
        }

        if (!CoordinationAccess.IsOffice(User, p.UnitId))
        {
            return Forbid();
        }

        var parts = (owner ?? "").Split('/');
        if (!Guid.TryParse(parts[0], out var lead))
        {
            return await RefuseAsync(id, CoordinationRefusals.LeadParty, ct);
        }

        Guid? person = parts.Length == 2 && Guid.TryParse(parts[1], out var pid) ? pid : null;
        var (outcome, _) = await AddTask.ExecuteAsync(desk, p, new(section, title, lead, person, expectedOutput, frameKind, frameNumber, frameDate, supporting), ct);
        return outcome.Succeeded ? RedirectToPage(new { id }) : await RefuseAsync(id, outcome.Refusal!, ct);
    }

    public Task<IActionResult> OnPostReportAsync(Guid id, Guid taskId, string? report, DateOnly? on, CancellationToken ct) =>
        TaskActionAsync(id, taskId, CoordinationAccess.CanReport, t => ReportTask.ExecuteAsync(desk, User, t, new(report, on), ct), ct);

    public Task<IActionResult> OnPostEvaluateAsync(Guid id, Guid taskId, bool done, DateOnly? doneOn, string? note, DateOnly? on, CancellationToken ct) =>
        TaskActionAsync(id, taskId, (user, t) => CoordinationAccess.IsOffice(user, t.UnitId), t => EvaluateTask.ExecuteAsync(desk, t, new(done, doneOn, note, on), ct), ct);

    public async Task<IActionResult> OnPostQuarterAsync(Guid id, Guid partyBodyId, int quarter, string? text, DateOnly? on, CancellationToken ct)
    {
        if (await ProgrammeAsync(id, ct) is not { } p || !await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var result = await SubmitQuarterlyReport.ExecuteAsync(desk, User, p, new(partyBodyId, quarter, text, on), ct);
        return result is not { } done ? Forbid()
            : done.Outcome.Succeeded ? RedirectToPage(new { id })
            : Refused(done.Outcome.Refusal!.Message);
    }

    private async Task<IActionResult> TaskActionAsync(Guid id, Guid taskId, Func<System.Security.Claims.ClaimsPrincipal, CoordinationTask, bool> mayAct,
        Func<CoordinationTask, Task<Outcome>> act, CancellationToken ct)
    {
        if (await ProgrammeAsync(id, ct) is not { } p || !await CoordinationAccess.Visible(desk.Db, User).AnyAsync(x => x.Id == p.Id, ct))
        {
            return NotFound();
        }

        var task = await desk.Db.CoordinationTasks.SingleOrDefaultAsync(t => t.Id == taskId && t.ProgrammeId == id, ct);
        if (task is null)
        {
            return NotFound();
        }

        if (!mayAct(User, task))
        {
            return Forbid();
        }

        var outcome = await act(task);
        return outcome.Succeeded ? RedirectToPage(new { id }) : await RefuseAsync(id, outcome.Refusal!, ct);
    }

    private Task<CoordinationProgramme?> ProgrammeAsync(Guid id, CancellationToken ct) => desk.Db.CoordinationProgrammes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);

    private async Task<IActionResult> RefuseAsync(Guid id, Refusal refusal, CancellationToken ct)
    {
        desk.Db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        return Refused(refusal.Message);
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var db = desk.Db;
        var p = await CoordinationAccess.Visible(db, User).AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (p is null)
        {
            return false;
        }

        Programme = p;
        IsOffice = CoordinationAccess.IsOffice(User, p.UnitId);
        var bodies = await db.Bodies.AsNoTracking().Where(b => b.UnitId == p.UnitId).ToDictionaryAsync(b => b.Id, ct);
        string Name(Guid b) => bodies.TryGetValue(b, out var body) ? body.Name : "";
        Parties = [.. (await db.ProgrammeParties.AsNoTracking().Where(x => x.ProgrammeId == id).OrderBy(x => x.Order).ToListAsync(ct)).Select(x => new Party(x, Name(x.BodyId)))];
        var mine = CoordinationAccess.Bodies(User);
        ReportingParties = IsOffice ? Parties : [.. Parties.Where(x => mine.Contains(x.Signature.BodyId))];
        var tasks = await db.CoordinationTasks.AsNoTracking().Where(t => t.ProgrammeId == id).OrderBy(t => t.Section).ThenBy(t => t.DueOn).ThenBy(t => t.Id).ToListAsync(ct);
        var taskIds = tasks.Select(t => t.Id).ToList();
        var supports = (await db.TaskSupports.AsNoTracking().Where(s => taskIds.Contains(s.TaskId)).ToListAsync(ct)).ToLookup(s => s.TaskId, s => Name(s.BodyId));
        var obligationIds = tasks.Where(t => t.ObligationId != null).Select(t => t.ObligationId!.Value).ToList();
        var obligations = await db.ObligationsByIdAsync(obligationIds, ct);
        var people = await OwnerNames.ForAsync(db, [], tasks.Select(t => t.OwnerPersonId), ct);
        Tasks = [.. tasks.Select(t => new Line(t, Name(t.LeadBodyId), [.. supports[t.Id]], people.Person(t.OwnerPersonId),
            t.ObligationId is { } o && obligations.TryGetValue(o, out var ob) ? ob.StatusOn(Today) : null, CoordinationAccess.CanReport(User, t)))];
        Reports = [.. (await db.QuarterlyReports.AsNoTracking().Where(r => r.ProgrammeId == id).OrderBy(r => r.Quarter).ToListAsync(ct))
            .OrderBy(r => r.Quarter).ThenBy(r => Parties.FirstOrDefault(x => x.Signature.BodyId == r.PartyBodyId)?.Signature.Order).Select(r => (r, Name(r.PartyBodyId)))];
        if (IsOffice)
        {
            UnitBodies = [.. bodies.Values.Where(b => b.ArchivedAt == null && b.Kind != BodyKind.DelegateGroup).OrderBy(b => b.Kind).ThenBy(b => b.Name, VietnameseOrder.Text)];
            var ids = UnitBodies.Select(b => b.Id).ToList();
            var positions = await db.Positions.AsNoTracking().Where(x => ids.Contains(x.BodyId) && x.ArchivedAt == null)
                .Join(db.People, x => x.PersonId, y => y.Id, (x, y) => new { x.BodyId, x.PersonId, x.Title, y.FullName }).ToListAsync(ct);
            Owners = [.. UnitBodies.SelectMany(b => positions.Where(x => x.BodyId == b.Id).OrderBy(x => x.FullName, VietnameseOrder.Names)
                .Select(x => new Owner($"{b.Id}/{x.PersonId}", $"{b.Name} — {x.FullName}, {x.Title}")).Prepend(new Owner($"{b.Id}", b.Name)))];
        }

        return true;
    }
}
