using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions.Dialogues;

/// <summary>
/// A dialogue conference for the office: the questions registered, the answer given to each at the
/// conference, the promises made (each an obligation with an owner and a date), and publication.
/// </summary>
[Authorize(Policy = Permissions.CouncilOffice)]
public sealed class DetailsModel(PetitionDesk desk, WorkflowStep step) : RefusingPage
{

    public DialogueConference Conference { get; private set; } = null!;

    public IReadOnlyList<Petition> Questions { get; private set; } = [];

    public IReadOnlyList<(DialoguePromise Promise, Obligation? Obligation, string Owner)> Promises { get; private set; } = [];

    public IReadOnlyList<RoutingChoices.Choice> Agencies { get; private set; } = [];


    [BindProperty]
    public Guid? QuestionId { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public Guid? OwnerBodyId { get; set; }

    [BindProperty]
    public string? Official { get; set; }

    [BindProperty]
    public DateOnly? DueOn { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAnswerAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop)
        {
            return stop;
        }

        var q = await desk.Db.Petitions.SingleOrDefaultAsync(p => p.Id == QuestionId && p.DialogueId == id, ct);
        var outcome = q is null ? PetitionRefusals.OnlyDialogueQuestion
            : await desk.ApplyAsync(q, p => p.AnswerAtConference(Text ?? "", Conference.HeldOn), "Trả lời tại hội nghị đối thoại", ct);
        return await DoneAsync(id, outcome, ct);
    }

    public async Task<IActionResult> OnPostPromiseAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop)
        {
            return stop;
        }

        var (outcome, _) = await RecordDialoguePromise.ExecuteAsync(desk.Db, step, Conference, new(Text, OwnerBodyId, Official, DueOn), ct);
        return await DoneAsync(id, outcome, ct);
    }

    public async Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop)
        {
            return stop;
        }

        var d = await desk.Db.Dialogues.SingleAsync(x => x.Id == id, ct);
        d.CloseRegistration();
        await desk.Db.SaveChangesAsync(ct);
        return await DoneAsync(id, Outcome.Done, ct);
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop)
        {
            return stop;
        }

        var d = await desk.Db.Dialogues.SingleAsync(x => x.Id == id, ct);
        var outcome = d.Publish(Text ?? "");
        if (outcome.Succeeded)
        {
            await desk.Db.SaveChangesAsync(ct);
        }

        return await DoneAsync(id, outcome, ct);
    }

    private async Task<IActionResult> DoneAsync(Guid id, Outcome outcome, CancellationToken ct)
    {
        if (outcome.Succeeded)
        {
            return Redirect($"/Petitions/Dialogues/Details/{id}");
        }

        desk.Db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        return Refused(outcome.Refusal!.Message);
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var db = desk.Db;
        var d = await db.Dialogues.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (d is null || !UnitScope.IsCouncilOfficeOf(User, d.UnitId))
        {
            return NotFound();
        }

        Conference = d;
        Questions = await db.Petitions.AsNoTracking().Where(p => p.DialogueId == id).OrderBy(p => p.SubmittedAt).ToListAsync(ct);
        var promises = await db.DialoguePromises.AsNoTracking().Where(p => p.DialogueId == id).ToListAsync(ct);
        var obligationIds = promises.Where(p => p.ObligationId != null).Select(p => p.ObligationId!.Value).ToList();
        var obligations = await db.ObligationsByIdAsync(obligationIds, ct);
        var owners = await db.Bodies.AsNoTracking().Where(b => promises.Select(p => p.OwnerBodyId).Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        Promises = [.. promises.Select(p => (p, p.ObligationId is { } o ? obligations.GetValueOrDefault(o) : null, owners.GetValueOrDefault(p.OwnerBodyId) ?? ""))];
        Agencies = await RoutingChoices.AgenciesAsync(db, d.UnitId, ct);
        return null;
    }
}
