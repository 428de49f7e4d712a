using DongThuan.Web.Infrastructure.Caching;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace DongThuan.Web.Modules.OpenData;

/// <summary>
/// The open data page: for the council chosen (the first when none is), every dataset with its years, formats, size and
/// last change; the licence; and where the standard interfaces (Popolo, Open311) are.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class IndexModel(DongThuanDb db, IConfiguration settings) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "council")]
    public Guid? CouncilId { get; set; }

    public IReadOnlyList<Body> Councils { get; private set; } = [];

    public Body? Council { get; private set; }

    public IReadOnlyList<OpenDataCatalogue.Entry> Entries { get; private set; } = [];

    public OpenDataCatalogue.Licence Licence { get; private set; } = new("", "");

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Licence = OpenDataCatalogue.LicenceOf(settings);
        Councils = await OpenDataCatalogue.CouncilsAsync(db, ct);
        Council = CouncilId is { } id ? Councils.FirstOrDefault(c => c.Id == id) : Councils.Count > 0 ? Councils[0] : null;
        if (CouncilId is not null && Council is null)
        {
            return NotFound();
        }

        if (Council is not null)
        {
            Entries = await OpenDataCatalogue.EntriesAsync(db, Council, $"{Request.Scheme}://{Request.Host}", ct);
        }

        return Page();
    }
}
