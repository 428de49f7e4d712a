using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// The office merges petitions raising the same matter into one consolidated petition, which keeps all its
/// sources and counts all their voters. The page suggests groups of likely duplicates; the merge can be undone
/// from the consolidated petition while it is still in the inbox.
/// </summary>
[Authorize(Policy = Permissions.CouncilOffice)]
public sealed class CompileModel(PetitionDesk desk) : RefusingPage
{
    public sealed record Item(Guid Id, string TrackingCode, string Title, string Channel, DateOnly ReceivedOn, int Voters, string? Ward);

    [BindProperty(SupportsGet = true)]
    public List<Guid> Ids { get; set; } = [];

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? ConsolidatedContent { get; set; }

    public IReadOnlyList<Item> Selected { get; private set; } = [];

    public IReadOnlyList<IReadOnlyList<Item>> Groups { get; private set; } = [];


    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Selected.Count > 0)
        {
            Title ??= Selected[0].Title;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (outcome, consolidated) = await MergePetitions.ExecuteAsync(desk, User, new([.. Ids], Title, ConsolidatedContent), ct);
        if (outcome.Succeeded)
        {
            return Redirect($"/Petitions/Details/{consolidated!.Id}");
        }

        await LoadAsync(ct);
        return Refused(outcome.Refusal!.Message);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var inbox = await desk.Db.Petitions.AsNoTracking().OfficeScoped(User)
            .Where(p => p.State == PetitionState.Received && p.Kind != PetitionKind.Denunciation)
            .OrderByDescending(p => p.ReceivedOn).Take(2000).ToListAsync(ct);
        Item ToItem(Petition p) => new(p.Id, p.TrackingCode, p.Title, PetitionNames.Of(p.Channel), p.ReceivedOn, p.Voters, p.Ward);
        var byId = inbox.ToDictionary(p => p.Id);
        Selected = [.. Ids.Where(byId.ContainsKey).Select(id => ToItem(byId[id]))];
        Groups = [.. DuplicateFinder.Groups([.. inbox.Select(p => (p.Id, p.Folded))]).Take(30).Select(g => (IReadOnlyList<Item>)[.. g.Select(id => ToItem(byId[id]))])];
    }
}
