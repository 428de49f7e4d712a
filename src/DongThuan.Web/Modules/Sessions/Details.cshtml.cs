using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Sessions;

/// <summary>One session: agenda, documents with their numbers, votes and files, and the delegate groups' opinions with the executive's answers.</summary>
[Authorize(Policy = Permissions.Staff)]
public sealed class DetailsModel(DongThuanDb db, TimeProvider time) : RefusingPage
{
    public DateOnly Today => Infrastructure.Localization.VietnamTime.Today(time);

    public Session? Session { get; private set; }

    public string CouncilName { get; private set; } = "";

    public string TermLabel { get; private set; } = "";

    public IReadOnlyList<AgendaItem> Agenda { get; private set; } = [];

    public IReadOnlyList<Document> Documents { get; private set; } = [];

    public IReadOnlyList<Attachment> Attachments { get; private set; } = [];

    public IReadOnlyList<GroupOpinion> Opinions { get; private set; } = [];

    public Dictionary<Guid, string> GroupNames { get; private set; } = [];


    public int PresentCount { get; private set; }

    public bool IsOffice => UnitScope.IsCouncilOfficeOf(User, Session!.UnitId);

    public bool IsExecutive => UnitScope.IsExecutiveOf(User, Session!.UnitId);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddItemAsync(Guid id, string? title, CancellationToken ct)
    {
        var session = await db.Sessions.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (session is null)
        {
            return NotFound();
        }

        if (!UnitScope.IsCouncilOfficeOf(User, session.UnitId))
        {
            return Forbid();
        }

        var order = await db.AgendaItems.Where(a => a.SessionId == id).Select(a => (int?)a.Order).MaxAsync(ct) ?? 0;
        var item = AgendaItem.Add(session, order + 1, title ?? "", out var outcome);
        if (!outcome.Succeeded)
        {
            Refuse(outcome.Refusal!.Message);
            await LoadAsync(id, ct);
            return Page();
        }

        db.AgendaItems.Add(item);
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

        CouncilName = await db.Set<Organisation.Body>().Where(b => b.Id == Session.CouncilId).Select(b => b.Name).SingleAsync(ct);
        TermLabel = (await db.Set<Organisation.Term>().AsNoTracking().SingleAsync(t => t.Id == Session.TermId, ct)).Label;
        Agenda = await db.AgendaItems.AsNoTracking().Where(a => a.SessionId == id).OrderBy(a => a.Order).ToListAsync(ct);
        Documents = await db.Documents.AsNoTracking().Where(d => d.SessionId == id).OrderBy(d => d.Type).ThenBy(d => d.IssuedOn).ThenBy(d => d.Number).ToListAsync(ct);
        var docIds = Documents.Select(d => d.Id).ToList();
        Attachments = await db.Attachments.AsNoTracking().Where(a => docIds.Contains(a.DocumentId)).ToListAsync(ct);
        Opinions = await db.GroupOpinions.AsNoTracking().Where(o => o.SessionId == id).OrderBy(o => o.DelegateGroupId).ThenBy(o => o.Id).ToListAsync(ct);
        PresentCount = await db.Attendance.CountAsync(a => a.SessionId == id && a.Status == AttendanceStatus.Present, ct);
        var groups = Opinions.Select(o => o.DelegateGroupId).Distinct().ToList();
        GroupNames = await db.Set<Organisation.Body>().Where(b => groups.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        return true;
    }
}
