using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Open311;

/// <summary>
/// The administrator's page of Open311 clients: issue a key to a named program (shown once, on this page only), see
/// who holds one and since when, revoke one.
/// </summary>
[Authorize(Policy = Permissions.Administer)]
public sealed class KeysModel(DongThuanDb db, TimeProvider time) : RefusingPage
{
    public IReadOnlyList<Open311Client> Clients { get; private set; } = [];

    /// <summary>The key just issued: on the response to the POST only, never stored or shown again.</summary>
    public IssueApiKey.Issued? Issued { get; private set; }

    [BindProperty]
    public string? Client { get; set; }

    [BindProperty]
    public Guid Id { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostIssueAsync(CancellationToken ct)
    {
        var (outcome, issued) = await IssueApiKey.ExecuteAsync(db, User, Client, time, ct);
        if (!outcome.Succeeded)
        {
            Refuse(outcome.Refusal!);
        }

        Issued = issued;
        // The page carries a secret: no cache may keep it.
        Response.Headers.CacheControl = "no-store";
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(CancellationToken ct)
    {
        var outcome = await RevokeApiKey.ExecuteAsync(db, Id, time, ct);
        if (!outcome.Succeeded)
        {
            Refuse(outcome.Refusal!);
            await LoadAsync(ct);
            return Page();
        }

        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Clients = [.. (await db.Open311Clients.AsNoTracking().ToListAsync(ct)).OrderBy(c => c.RevokedAt is not null).ThenByDescending(c => c.IssuedAt)];
}
