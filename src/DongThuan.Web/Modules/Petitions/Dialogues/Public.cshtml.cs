using DongThuan.Web.Infrastructure.Caching;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Obligations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions.Dialogues;

/// <summary>
/// The public face of a dialogue conference: before it, an invitation to register questions; once the
/// office publishes it, the record: questions and answers (without anyone's personal data) and promises.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class PublicModel(DongThuanDb db, TimeProvider time) : PageModel
{
    public sealed record Item(string Title, string? Answer);

    public sealed record Promise(string Text, string Official, DateOnly DueOn, bool Done);

    public DialogueConference Conference { get; private set; } = null!;

    public bool Open { get; private set; }

    public IReadOnlyList<Item> Questions { get; private set; } = [];

    public IReadOnlyList<Promise> Promises { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var d = await db.Dialogues.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        Open = d?.AcceptsQuestionsOn(VietnamTime.Today(time)) == true;
        if (d is null || (!d.Published && !Open))
        {
            return NotFound();
        }

        Conference = d;
        if (d.Published)
        {
            var questions = await db.Petitions.AsNoTracking().Where(p => p.DialogueId == id && p.Kind == PetitionKind.Feedback && p.Answer != null).OrderBy(p => p.SubmittedAt).ToListAsync(ct);
            var ids = questions.Select(q => q.Id).ToList();
            var identities = await db.PetitionerIdentities.AsNoTracking().Where(i => ids.Contains(i.PetitionId)).ToDictionaryAsync(i => i.PetitionId, ct);
            Questions = [.. questions.Select(q => new Item(Redaction.Apply(q.Title, identities.GetValueOrDefault(q.Id)?.Identifying ?? []), q.Answer))];
            var promises = await db.DialoguePromises.AsNoTracking().Where(p => p.DialogueId == id).ToListAsync(ct);
            var obligations = await db.ObligationsByIdAsync(promises.Select(p => p.ObligationId), ct);
            Promises = [.. promises.Select(p => new Promise(p.Text, p.Official, p.DueOn, p.ObligationId is { } o && obligations.GetValueOrDefault(o)?.FulfilledOn is not null))];
        }

        return Page();
    }
}
