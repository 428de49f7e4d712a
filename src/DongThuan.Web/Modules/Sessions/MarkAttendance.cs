using DongThuan.Web.Infrastructure.Text;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Sessions;

/// <summary>
/// The roll of a session (the page and the API): the delegates of the council's term on the session's first day, and the
/// office marks each present, absent with leave, or absent; a mark already made is corrected in place. Anyone who is not
/// a delegate of the session is refused, and nothing is saved. The caller has checked the office of the session's unit.
/// </summary>
public static class MarkAttendance
{
    public sealed record Entry(Guid PersonId, AttendanceStatus Status);

    public sealed record Request(IReadOnlyList<Entry>? Entries);

    public sealed record Line(Guid PersonId, string FullName, AttendanceStatus? Status);

    public static readonly Refusal NotDelegate = new("attendance-not-delegate", "Người này không phải đại biểu của kỳ họp (theo nhiệm kỳ, vào ngày khai mạc).");
    public static readonly Refusal StatusInvalid = new("attendance-status", "Tình trạng dự họp phải là Có mặt, Vắng có lý do hoặc Vắng.");

    /// <summary>The session's delegates by name, with the mark each has.</summary>
    public static async Task<IReadOnlyList<Line>> RollAsync(DongThuanDb db, Session session, CancellationToken ct)
    {
        var day = session.StartsOn;
        var delegates = await db.Set<Position>().AsNoTracking()
            .Where(p => p.BodyId == session.CouncilId && p.TermId == session.TermId && p.ArchivedAt == null && p.StartsOn <= day && (p.EndsOn == null || p.EndsOn >= day))
            .Join(db.Set<Person>(), p => p.PersonId, person => person.Id, (p, person) => new { person.Id, person.FullName })
            .Distinct().ToListAsync(ct);
        var marks = await db.Attendance.AsNoTracking().Where(a => a.SessionId == session.Id).ToDictionaryAsync(a => a.PersonId, a => a.Status, ct);
        return [.. delegates.OrderBy(d => d.FullName, VietnameseOrder.Names).Select(d => new Line(d.Id, d.FullName, marks.TryGetValue(d.Id, out var m) ? m : null))];
    }

    public static async Task<Outcome> ExecuteAsync(DongThuanDb db, Session session, Request input, CancellationToken ct)
    {
        var roll = (await RollAsync(db, session, ct)).Select(l => l.PersonId).ToHashSet();
        var entries = input.Entries ?? [];
        if (entries.Any(e => !Enum.IsDefined(e.Status)))
        {
            return StatusInvalid;
        }

        if (entries.Any(e => !roll.Contains(e.PersonId)))
        {
            return NotDelegate;
        }

        var existing = await db.Attendance.Where(a => a.SessionId == session.Id).ToDictionaryAsync(a => a.PersonId, ct);
        foreach (var e in entries)
        {
            if (existing.TryGetValue(e.PersonId, out var record))
            {
                record.Correct(e.Status);
            }
            else
            {
                existing[e.PersonId] = Attendance.Record(session, e.PersonId, e.Status);
                db.Attendance.Add(existing[e.PersonId]);
            }
        }

        await db.SaveChangesAsync(ct);
        return Outcome.Done;
    }
}
