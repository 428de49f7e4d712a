using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Infrastructure.Text;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>The petitions a user works on: the office's inbox and follow-up, or an agency's queue. Filters by state, kind, channel, field and words.</summary>
[Authorize(Policy = Permissions.Staff)]
public sealed class IndexModel(DongThuanDb db, TimeProvider time) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(Petition Petition, string? Field, string? Agency, Obligation? Obligation);

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public PetitionState? State { get; set; }

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public PetitionKind? Kind { get; set; }

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public PetitionChannel? Channel { get; set; }

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public Guid? FieldId { get; set; }

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public IReadOnlyList<RoutingChoices.Choice> Fields { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public bool IsOffice { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = VietnamTime.Today(time);
        IsOffice = UnitScope.IsAdministrator(User) || UnitScope.OfficeUnits(User).Count > 0;
        Fields = await RoutingChoices.FieldsAsync(db, ct);
        var query = PetitionAccess.Visible(db, User).AsNoTracking();
        if (State is { } s)
        {
            query = query.Where(p => p.State == s);
        }
        else
        {
            query = query.Where(p => p.State != PetitionState.Merged);
        }

        if (Kind is { } k)
        {
            query = query.Where(p => p.Kind == k);
        }

        if (Channel is { } c)
        {
            query = query.Where(p => p.Channel == c);
        }

        if (FieldId is { } f)
        {
            query = query.Where(p => p.FieldId == f);
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            // Folded, so "duong ngap" finds "Đường ngập"; the code is matched as typed.
            var folded = VietnameseText.Fold(Q.Trim());
            var code = TrackingCodes.Normalise(Q);
            query = query.Where(p => p.Folded.Contains(folded) || p.TrackingCode == code);
        }

        Total = await query.CountAsync(ct);
        PageNumber = Math.Max(1, PageNumber);
        var petitions = await query.OrderByDescending(p => p.ReceivedOn).ThenByDescending(p => p.SubmittedAt).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var obligationIds = petitions.Where(p => p.ObligationId != null).Select(p => p.ObligationId!.Value).ToList();
        var obligations = await db.ObligationsByIdAsync(obligationIds, ct);
        var agencyIds = petitions.Where(p => p.AgencyBodyId != null).Select(p => p.AgencyBodyId!.Value).Distinct().ToList();
        var agencies = await db.Bodies.AsNoTracking().Where(b => agencyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        var fields = Fields.ToDictionary(x => x.Id, x => x.Name);
        Rows = [.. petitions.Select(p => new Row(p, p.FieldId is { } fid ? fields.GetValueOrDefault(fid) : null, p.AgencyBodyId is { } aid ? agencies.GetValueOrDefault(aid) : null,
            p.ObligationId is { } oid ? obligations.GetValueOrDefault(oid) : null))];
    }

    public string PageLink(int page) =>
        $"/Petitions?State={State}&Kind={Kind}&Channel={Channel}&FieldId={FieldId}&Q={Uri.EscapeDataString(Q ?? "")}&p={page}";
}
