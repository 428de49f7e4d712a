using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Obligations;

/// <summary>"My obligations": what the signed-in official owes by name, and what each agency they work in owes, open ones first.</summary>
[Authorize(Policy = Permissions.Staff)]
public sealed class MineModel(DongThuanDb db, ObligationCatalogue catalogue, TimeProvider time) : PageModel
{
    public IReadOnlyList<ObligationRow> Mine { get; private set; } = [];

    public IReadOnlyList<(string Body, IReadOnlyList<ObligationRow> Rows)> Agencies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = VietnamTime.Today(time);
        var person = UnitScope.PersonId(User);
        var bodies = ObligationAccess.OwnBodies(User);
        var cutoff = today.AddDays(-90);
        // Open ones, and those done in the last 90 days, so the page stays about what is current.
        var obligations = await MyObligations.Of(db, User).AsNoTracking()
            .Where(o => o.State == ObligationState.Open || o.FulfilledOn >= cutoff)
            .OrderBy(o => o.State).ThenBy(o => o.DueOn).Take(1000).ToListAsync(ct);
        var names = await OwnerNames.ForAsync(db, obligations.Select(o => o.OwnerBodyId), obligations.Select(o => o.OwnerPersonId), ct);
        ObligationRow Row(Obligation o) => new(o, catalogue.NameOf(o.Kind), names.Body(o.OwnerBodyId), names.Person(o.OwnerPersonId), o.StatusOn(today));
        Mine = [.. obligations.Where(o => person != null && o.OwnerPersonId == person).Select(Row)];
        Agencies = [.. obligations.Where(o => bodies.Contains(o.OwnerBodyId)).GroupBy(o => o.OwnerBodyId)
            .Select(g => (names.Body(g.Key), (IReadOnlyList<ObligationRow>)[.. g.Select(Row)]))];
    }
}
