using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Sessions;

/// <summary>The council office plans a session (or corrects one) in one of its council's terms.</summary>
[Authorize(Policy = Permissions.CouncilOffice)]
public sealed class PlanModel(DongThuanDb db) : RefusingPage
{
    public sealed class InputModel
    {
        public Guid TermId { get; set; }

        public int Number { get; set; } = 1;

        public SessionKind Kind { get; set; } = SessionKind.Regular;

        public DateOnly StartsOn { get; set; }

        public DateOnly EndsOn { get; set; }

        public string? Venue { get; set; }

        public bool IsPublic { get; set; } = true;
    }

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? CouncilId { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Body? Council { get; private set; }

    public IReadOnlyList<Term> Terms { get; private set; } = [];


    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var session = Id is { } id ? await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct) : null;
        if (Id is not null && session is null)
        {
            return NotFound();
        }

        if (session is not null)
        {
            CouncilId = session.CouncilId;
            Input = new InputModel { TermId = session.TermId, Number = session.Number, Kind = session.Kind, StartsOn = session.StartsOn, EndsOn = session.EndsOn, Venue = session.Venue, IsPublic = session.IsPublic };
        }

        return await LoadAsync(ct) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var session = Id is { } id ? await db.Sessions.FindAsync([id], ct) : null;
        if (Id is not null && session is null)
        {
            return NotFound();
        }

        CouncilId = session?.CouncilId ?? CouncilId;
        if (await LoadAsync(ct) is { } stop)
        {
            return stop;
        }

        var term = Terms.SingleOrDefault(t => t.Id == Input.TermId);
        if (term is null)
        {
            return Refused(SessionRefusals.TermOfCouncil.Message);
        }

        var others = await db.Sessions.Where(s => s.TermId == term.Id).ToListAsync(ct);
        Outcome outcome;
        if (session is null)
        {
            session = Session.Plan(Council!, term, Input.Number, Input.Kind, Input.StartsOn, Input.EndsOn, Input.Venue ?? "", Input.IsPublic, others, out outcome);
            db.Sessions.Add(session);
        }
        else
        {
            outcome = session.Update(term, Input.Number, Input.Kind, Input.StartsOn, Input.EndsOn, Input.Venue ?? "", Input.IsPublic, others);
        }

        if (!outcome.Succeeded)
        {
            return Refused(outcome.Refusal!.Message);
        }

        await db.SaveChangesAsync(ct);
        return Redirect($"/Sessions/Details/{session.Id}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var (council, stop) = await OfficeCouncil.LoadAsync(db, User, CouncilId, ct);
        if (council is null)
        {
            return stop;
        }

        Council = council;

        Terms = await db.Terms.AsNoTracking().Where(t => t.CouncilId == council.Id && t.ArchivedAt == null).OrderByDescending(t => t.Number).ToListAsync(ct);
        return null;
    }
}
