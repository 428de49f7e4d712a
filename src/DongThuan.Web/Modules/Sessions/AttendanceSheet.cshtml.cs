using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Sessions;

/// <summary>The roll of a session: every delegate of the council's term on the session's first day, marked by the office.</summary>
[Authorize(Policy = Permissions.Staff)]
public sealed class AttendanceSheetModel(DongThuanDb db) : PageModel
{
    public sealed record Line(Guid PersonId, string Name, AttendanceStatus? Status);

    public Session? Session { get; private set; }

    public IReadOnlyList<Line> Lines { get; private set; } = [];

    public bool IsOffice => UnitScope.IsCouncilOfficeOf(User, Session!.UnitId);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, Dictionary<Guid, AttendanceStatus> status, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!IsOffice)
        {
            return Forbid();
        }

        var existing = await db.Attendance.Where(a => a.SessionId == id).ToDictionaryAsync(a => a.PersonId, ct);
        // Only the session's delegates can be marked; anything else in the form is ignored.
        foreach (var line in Lines)
        {
            if (!status.TryGetValue(line.PersonId, out var s) || !Enum.IsDefined(s))
            {
                continue;
            }

            if (existing.TryGetValue(line.PersonId, out var record))
            {
                record.Correct(s);
            }
            else
            {
                db.Attendance.Add(Attendance.Record(Session!, line.PersonId, s));
            }
        }

        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Session = await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (Session is null || !UnitScope.IsStaffOf(User, Session.UnitId))
        {
            // Another council's session is not this user's to see here; the public record shows public sessions.
            return false;
        }

        var day = Session.StartsOn;
        var delegates = await db.Set<Position>().AsNoTracking()
            .Where(p => p.BodyId == Session.CouncilId && p.TermId == Session.TermId && p.ArchivedAt == null && p.StartsOn <= day && (p.EndsOn == null || p.EndsOn >= day))
            .Join(db.Set<Person>(), p => p.PersonId, person => person.Id, (p, person) => new { person.Id, person.FullName })
            .Distinct().ToListAsync(ct);
        var marks = await db.Attendance.AsNoTracking().Where(a => a.SessionId == id).ToDictionaryAsync(a => a.PersonId, a => a.Status, ct);
        Lines = [.. delegates.OrderBy(d => d.FullName, StringComparer.Ordinal).Select(d => new Line(d.Id, d.FullName, marks.TryGetValue(d.Id, out var m) ? m : null))];
        return true;
    }
}
