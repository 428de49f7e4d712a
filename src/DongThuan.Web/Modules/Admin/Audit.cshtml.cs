using DongThuan.Web.Infrastructure.Audit;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Admin;

/// <summary>The audit trail, newest first, a page at a time; and a check that no stored entry was altered.</summary>
[Authorize(Policy = Permissions.Administer)]
public sealed class AuditModel(DongThuanDb db, AuditSealing sealing) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? EntityType { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? From { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    /// <summary>The sequence to continue from for the next (older) page; null on the last page.</summary>
    public long? Before { get; private set; }

    public ChainVerification? Verification { get; private set; }

    public async Task OnGetAsync(long? before, CancellationToken ct) => await LoadAsync(before, ct);

    public async Task OnPostVerifyAsync(CancellationToken ct)
    {
        Verification = await AuditChain.VerifyAsync(db, sealing, ct);
        await LoadAsync(null, ct);
    }

    private async Task LoadAsync(long? before, CancellationToken ct)
    {
        var query = db.Set<AuditEntry>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(EntityType))
        {
            query = query.Where(e => e.EntityType == EntityType.Trim());
        }

        if (before is { } b)
        {
            query = query.Where(e => e.Sequence < b);
        }

        // Keyset paging on the sequence: as fast on page 1,000 as on page 1.
        var rows = await query.OrderByDescending(e => e.Sequence).Take(PageSize + 1).ToListAsync(ct);
        Entries = [.. rows.Take(PageSize)];
        Before = rows.Count > PageSize ? Entries[^1].Sequence : null;
    }
}
