using DongThuan.Web.Infrastructure.Caching;
using DongThuan.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Coordination.Public;

/// <summary>
/// The signed joint programmes of the council, the executive and the Front, for everyone: who signed, each
/// task with its lead party, due date and progress, and how many are done. Named officers are left out:
/// the public follows the bodies that answer for a task.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class IndexModel(DongThuanDb db) : PageModel
{
    public sealed record Programme(CoordinationProgramme Record, IReadOnlyList<string> Parties, IReadOnlyList<CoordinationTask> Tasks);

    public IReadOnlyList<Programme> Programmes { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> BodyNames { get; private set; } = new Dictionary<Guid, string>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var programmes = await db.CoordinationProgrammes.AsNoTracking().OrderByDescending(p => p.Year).Take(10).ToListAsync(ct);
        var ids = programmes.Select(p => p.Id).ToList();
        var parties = (await db.ProgrammeParties.AsNoTracking().Where(p => ids.Contains(p.ProgrammeId)).OrderBy(p => p.Order).ToListAsync(ct)).ToLookup(p => p.ProgrammeId);
        var tasks = (await db.CoordinationTasks.AsNoTracking().Where(t => ids.Contains(t.ProgrammeId)).OrderBy(t => t.DueOn).ThenBy(t => t.Title).ToListAsync(ct)).ToLookup(t => t.ProgrammeId);
        var bodies = parties.SelectMany(g => g.Select(p => p.BodyId)).Concat(tasks.SelectMany(g => g.Select(t => t.LeadBodyId))).Distinct().ToList();
        BodyNames = await db.Set<Organisation.Body>().AsNoTracking().Where(b => bodies.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        Programmes = [.. programmes.Select(p => new Programme(p, [.. parties[p.Id].Select(x => BodyNames.GetValueOrDefault(x.BodyId) ?? "")], [.. tasks[p.Id]]))];
    }

    public static string Progress(CoordinationTask t) => t.Evaluation is { } e ? CoordinationNames.Of(e) : CoordinationNames.Of(t.State);
}
