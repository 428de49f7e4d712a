using DongThuan.Web.Infrastructure.Caching;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// Published answers, for everyone: petitions and feedback (never complaints or denunciations) whose answer
/// was accepted, with the petitioner's consent where it was theirs alone, and with every personal detail removed.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class AnswersModel(DongThuanDb db) : PageModel
{
    public const int PageSize = 20;

    public sealed record Item(string Title, string Text, string? Ward, string? Field, string? Agency, DateOnly ReceivedOn, DateOnly? AnsweredOn, string Answer, int Voters);

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Item> Items { get; private set; } = [];

    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = PublicAnswers.Of(db).AsNoTracking();
        if (Id is { } one)
        {
            // One answer, as a search result links to it.
            query = query.Where(p => p.Id == one);
        }

        Total = await query.CountAsync(ct);
        PageNumber = Math.Max(1, PageNumber);
        var page = await query.OrderByDescending(p => p.AnsweredOn).ThenBy(p => p.TrackingCode).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var published = await PublicAnswers.RedactedAsync(db, page, ct);
        var fields = await db.PetitionFields.AsNoTracking().ToDictionaryAsync(f => f.Id, f => f.Name, ct);
        var agencyIds = page.Where(p => p.AgencyBodyId != null).Select(p => p.AgencyBodyId!.Value).ToList();
        var agencies = await db.Bodies.AsNoTracking().Where(b => agencyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        Items = [.. page.Where(p => published.ContainsKey(p.Id)).Select(p => new Item(published[p.Id].Title, published[p.Id].Text, p.Ward,
            p.FieldId is { } f ? fields.GetValueOrDefault(f) : null, p.AgencyBodyId is { } a ? agencies.GetValueOrDefault(a) : null,
            p.ReceivedOn, p.AnsweredOn, published[p.Id].Answer, p.Voters))];
    }
}
