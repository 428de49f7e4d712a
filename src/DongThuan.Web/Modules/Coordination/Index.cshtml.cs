using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Coordination;

/// <summary>The coordination programmes the user may see, by year, with how far their tasks have got.</summary>
[Authorize(Policy = Permissions.Staff)]
public sealed class IndexModel(DongThuanDb db) : PageModel
{
    public sealed record Row(CoordinationProgramme Programme, string Parties, int Tasks, int Done);

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyList<Guid> OfficeUnits { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = CoordinationAccess.Visible(db, User).AsNoTracking();
        if (Year is { } y)
        {
            query = query.Where(p => p.Year == y);
        }

        var programmes = await query.OrderByDescending(p => p.Year).ThenBy(p => p.SignedOn).Take(200).ToListAsync(ct);
        var ids = programmes.Select(p => p.Id).ToList();
        var parties = await db.ProgrammeParties.AsNoTracking().Where(x => ids.Contains(x.ProgrammeId))
            .Join(db.Bodies, x => x.BodyId, b => b.Id, (x, b) => new { x.ProgrammeId, x.Order, b.Name }).ToListAsync(ct);
        var tasks = await db.CoordinationTasks.AsNoTracking().Where(t => ids.Contains(t.ProgrammeId)).Select(t => new { t.ProgrammeId, t.State, t.Evaluation }).ToListAsync(ct);
        Rows = [.. programmes.Select(p => new Row(p, string.Join("; ", parties.Where(x => x.ProgrammeId == p.Id).OrderBy(x => x.Order).Select(x => x.Name)),
            tasks.Count(t => t.ProgrammeId == p.Id), tasks.Count(t => t.ProgrammeId == p.Id && (t.State == TaskState.Reported || t.Evaluation is TaskEvaluation.DoneOnTime or TaskEvaluation.DoneLate))))];
        OfficeUnits = UnitScope.IsAdministrator(User)
            ? await db.Bodies.AsNoTracking().Where(b => b.Kind == BodyKind.Council && b.ArchivedAt == null).Select(b => b.UnitId).Distinct().ToListAsync(ct)
            : UnitScope.OfficeUnits(User);
    }
}
