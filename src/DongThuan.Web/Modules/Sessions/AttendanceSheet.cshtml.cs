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

        // The form lists the session's delegates only; a value for anyone else, or no value, is left out.
        var entries = Lines.Where(l => status.TryGetValue(l.PersonId, out var s) && Enum.IsDefined(s)).Select(l => new MarkAttendance.Entry(l.PersonId, status[l.PersonId])).ToList();
        await MarkAttendance.ExecuteAsync(db, Session!, new(entries), ct);
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

        Lines = [.. (await MarkAttendance.RollAsync(db, Session, ct)).Select(l => new Line(l.PersonId, l.FullName, l.Status))];
        return true;
    }
}
