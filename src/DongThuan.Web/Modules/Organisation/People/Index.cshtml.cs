using DongThuan.Web.Infrastructure.Text;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Organisation.People;

/// <summary>People, searchable by name, a page at a time; three queries whatever the page size.</summary>
[Authorize(Policy = Permissions.Staff)]
public sealed class IndexModel(DongThuanDb db) : OrganisationPage
{
    public sealed record Row(Guid Id, string FullName, string Unit, IReadOnlyList<string> Titles);

    public int PageSize => 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        var query = db.People.AsNoTracking().Where(p => p.ArchivedAt == null);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim();
            query = query.Where(p => p.FullName.Contains(q));
        }

        // Vietnamese order is ICU's, not the database's: the names (a unit has hundreds, not millions) are ordered here, then paged.
        var all = await query.Join(db.Units, p => p.UnitId, u => u.Id, (p, u) => new { p.Id, p.FullName, Unit = u.Name }).ToListAsync(ct);
        Total = all.Count;
        var people = all.OrderBy(p => p.FullName, VietnameseOrder.Names).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
        var ids = people.Select(p => p.Id).ToList();
        var titles = await db.Positions.AsNoTracking().Where(x => ids.Contains(x.PersonId) && x.ArchivedAt == null)
            .Join(db.Bodies, x => x.BodyId, b => b.Id, (x, b) => new { x.PersonId, Text = x.Title + ", " + b.Name }).ToListAsync(ct);
        Rows = [.. people.Select(p => new Row(p.Id, p.FullName, p.Unit, [.. titles.Where(t => t.PersonId == p.Id).Select(t => t.Text)]))];
    }
}
