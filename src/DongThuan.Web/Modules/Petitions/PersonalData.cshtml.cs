using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>An administrator answers a person's request: find what is held about them, export it, erase it.</summary>
[Authorize(Policy = Permissions.Administer)]
public sealed class PersonalDataModel(PersonalDataRequests requests) : RefusingPage
{
    [BindProperty(SupportsGet = true)]
    public string? Who { get; set; }

    [BindProperty]
    public List<Guid> Ids { get; set; } = [];

    [BindProperty]
    public string? Reason { get; set; }

    public IReadOnlyList<PersonalDataRequests.Found> Found { get; private set; } = [];

    public int RetentionMonths => requests.RetentionMonths;

    public string? Notice { get; private set; }


    public async Task OnGetAsync(CancellationToken ct) => Found = await requests.FindAsync(Who, ct);

    public async Task<IActionResult> OnPostExportAsync(CancellationToken ct) =>
        File(await requests.ExportAsync(Ids, ct), "application/json", "du-lieu-ca-nhan.json");

    public async Task<IActionResult> OnPostEraseAsync(CancellationToken ct)
    {
        var (outcome, erased) = await requests.EraseOnRequestAsync(Ids, Reason, ct);
        if (outcome.Succeeded)
        {
            Notice = $"{erased}";
        }
        else
        {
            Refuse(outcome.Refusal!.Message);
        }

        Found = await requests.FindAsync(Who, ct);
        return Page();
    }
}
