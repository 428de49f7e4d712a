using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Coordination;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.OpenData;

/// <summary>The tasks of the joint programmes of the council's unit (council, executive, Front), by the programme's year.</summary>
public sealed class CoordinationTasksDataset : IOpenDataset
{
    public string Key => "coordination-tasks";

    public string Title => "Nhiệm vụ chương trình phối hợp";

    public string Description => "Mỗi dòng một nhiệm vụ của chương trình phối hợp năm: cơ quan chủ trì, hạn, tiến độ.";

    public IReadOnlyList<string> RecordTypes => ["CoordinationTask", "CoordinationProgramme"];

    private static IQueryable<CoordinationProgramme> Programmes(DongThuanDb db, Body council) => db.CoordinationProgrammes.Where(p => p.UnitId == council.UnitId);

    public async Task<IReadOnlyList<int>> YearsAsync(DongThuanDb db, Body council, CancellationToken ct)
    {
        var tasks = db.CoordinationTasks;
        return await Programmes(db, council).Where(p => tasks.Any(t => t.ProgrammeId == p.Id)).Select(p => p.Year).Distinct().ToListAsync(ct);
    }

    public async Task<DatasetTable> TableAsync(DongThuanDb db, Body council, int year, string site, CancellationToken ct)
    {
        var programmes = await Programmes(db, council).AsNoTracking().Where(p => p.Year == year).ToDictionaryAsync(p => p.Id, ct);
        var ids = programmes.Keys.ToList();
        var tasks = await db.CoordinationTasks.AsNoTracking().Where(t => ids.Contains(t.ProgrammeId)).OrderBy(t => t.DueOn).ThenBy(t => t.Title).ToListAsync(ct);
        var bodies = await db.Bodies.AsNoTracking().Where(b => b.UnitId == council.UnitId).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        // The columns the public page shows: title, lead body, due date, progress (reports and notes stay with the parties).
        return new(["task_id", "programme", "programme_number", "signed_on", "year", "title", "lead_body", "due_on", "progress"],
            [.. tasks.Select(t => new object?[]
            {
                t.Id, programmes[t.ProgrammeId].Title, programmes[t.ProgrammeId].Number, OpenDatasets.Day(programmes[t.ProgrammeId].SignedOn), year, t.Title,
                bodies.GetValueOrDefault(t.LeadBodyId), OpenDatasets.Day(t.DueOn), t.Evaluation?.ToString() ?? t.State.ToString(),
            })],
            [.. tasks.Select(t => t.Id), .. ids]);
    }
}
