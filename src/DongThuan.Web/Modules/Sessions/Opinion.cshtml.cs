using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Sessions;

/// <summary>
/// The office records a delegate group's discussion opinion. The people's committee then owes an
/// acceptance and explanation, due by the rule in force, counted from the session's closing day.
/// </summary>
[Authorize(Policy = Permissions.CouncilOffice)]
public sealed class OpinionModel(DongThuanDb db, WorkflowStep step) : RefusingPage
{

    [BindProperty(SupportsGet = true)]
    public Guid SessionId { get; set; }

    [BindProperty]
    public Guid GroupId { get; set; }

    [BindProperty]
    public Guid? DocumentId { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    public Session? Session { get; private set; }

    public IReadOnlyList<Body> Groups { get; private set; } = [];

    public IReadOnlyList<Document> Documents { get; private set; } = [];


    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop)
        {
            return stop;
        }

        var (outcome, _) = await RecordOpinion.ExecuteAsync(db, step, Session!, new RecordOpinion.Request(GroupId, DocumentId, Text), ct);
        if (!outcome.Succeeded)
        {
            return Refused(outcome);
        }

        return Redirect($"/Sessions/Details/{SessionId}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        Session = await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == SessionId, ct);
        if (Session is null)
        {
            return NotFound();
        }

        if (!UnitScope.IsCouncilOfficeOf(User, Session.UnitId))
        {
            return Forbid();
        }

        Groups = await db.Set<Body>().AsNoTracking().Where(b => b.ParentBodyId == Session.CouncilId && b.Kind == BodyKind.DelegateGroup).OrderBy(b => b.Name).ToListAsync(ct);
        Documents = await db.Documents.AsNoTracking().Where(d => d.SessionId == SessionId).OrderBy(d => d.Type).ThenBy(d => d.Number).ToListAsync(ct);
        return null;
    }
}
