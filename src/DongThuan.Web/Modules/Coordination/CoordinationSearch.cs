using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Search;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Coordination;

/// <summary>
/// The joint programme's tasks in the search, by the words of the signed programme (title, section, expected
/// output), which the public record shows with each task's progress. The quarterly reports and evaluation
/// notes are the parties' working texts and are not indexed, since everyone may find a task.
/// </summary>
public sealed class CoordinationSearch : SearchSource
{
    public CoordinationSearch()
    {
        Watch<CoordinationTask>(t => t.Id);
        Watch<TaskSupport>(s => s.TaskId);
        Watch<ProgrammeParty>((db, parties) =>
        {
            var ids = parties.Select(p => p.ProgrammeId).ToList();
            return db.CoordinationTasks.Where(t => ids.Contains(t.ProgrammeId)).Select(t => t.Id);
        });
    }

    public override string Kind => "task";

    public override string Name => "Nhiệm vụ phối hợp";

    public override IReadOnlyDictionary<string, string> States { get; } = StatesOf<TaskState>(CoordinationNames.Of);

    public override IQueryable<Guid> All(DongThuanDb db) => db.CoordinationTasks.Select(t => t.Id);

    public override async Task<IReadOnlyList<SearchDocument>> DescribeAsync(DongThuanDb db, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var tasks = await db.CoordinationTasks.AsNoTracking().Where(t => ids.Contains(t.Id)).ToListAsync(ct);
        var programmeIds = tasks.Select(t => t.ProgrammeId).Distinct().ToList();
        var parties = (await db.ProgrammeParties.AsNoTracking().Where(p => programmeIds.Contains(p.ProgrammeId)).ToListAsync(ct)).ToLookup(p => p.ProgrammeId, p => p.BodyId);
        var supports = (await db.TaskSupports.AsNoTracking().Where(s => ids.Contains(s.TaskId)).ToListAsync(ct)).ToLookup(s => s.TaskId, s => s.BodyId);
        return [.. tasks.Select(t => new SearchDocument(t.Id, t.Title, Join(t.Section, t.ExpectedOutput), t.UnitId, t.LeadBodyId, t.DueOn, t.State.ToString(),
            $"/Coordination/Task/{t.Id}", $"/cong-khai/phoi-hop#nv-{t.Id}", DateTimeOffset.UnixEpoch,
            [SearchAudience.Office(t.UnitId), SearchAudience.Body(t.LeadBodyId), .. supports[t.Id].Select(SearchAudience.Body), .. parties[t.ProgrammeId].Select(SearchAudience.Body)]))];
    }
}
