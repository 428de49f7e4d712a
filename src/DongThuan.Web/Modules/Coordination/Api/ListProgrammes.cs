using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Obligations;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Coordination.Api;

/// <summary>
/// <c>GET /api/v1/coordination/programmes?year=2023</c>: the programmes the caller may see, with their parties
/// (and signatories) and tasks (lead party, supporting parties, named person, time frame, state, evaluation).
/// </summary>
public static class ListProgrammes
{
    public sealed record PartyItem(Guid BodyId, string Body, string Signatory, string SignatoryTitle);

    public sealed record TaskItem(Guid Id, string Section, string Title, Guid LeadBodyId, string LeadParty, IReadOnlyList<string> SupportingParties, Guid? OwnerPersonId,
        string? OwnerPerson, string TimeFrame, DateOnly DueDate, string ExpectedOutput, string State, string? DueStatus, string? Evaluation);

    public sealed record ProgrammeItem(Guid Id, string Title, string Number, int Year, DateOnly SignedOn, string SignedAt, IReadOnlyList<PartyItem> Parties, IReadOnlyList<TaskItem> Tasks);

    public static async Task<IReadOnlyList<ProgrammeItem>> HandleAsync(int? year, ClaimsPrincipal user, DongThuanDb db, TimeProvider time, CancellationToken ct)
    {
        var today = VietnamTime.Today(time);
        var query = CoordinationAccess.Visible(db, user).AsNoTracking();
        if (year is { } y)
        {
            query = query.Where(p => p.Year == y);
        }

        var programmes = await query.OrderBy(p => p.Year).ThenBy(p => p.SignedOn).Take(200).ToListAsync(ct);
        var ids = programmes.Select(p => p.Id).ToList();
        var parties = (await db.ProgrammeParties.AsNoTracking().Where(x => ids.Contains(x.ProgrammeId)).OrderBy(x => x.Order).ToListAsync(ct)).ToLookup(x => x.ProgrammeId);
        var tasks = await db.CoordinationTasks.AsNoTracking().Where(t => ids.Contains(t.ProgrammeId)).OrderBy(t => t.Section).ThenBy(t => t.DueOn).ToListAsync(ct);
        var taskIds = tasks.Select(t => t.Id).ToList();
        var supports = (await db.TaskSupports.AsNoTracking().Where(s => taskIds.Contains(s.TaskId)).ToListAsync(ct)).ToLookup(s => s.TaskId, s => s.BodyId);
        var obligationIds = tasks.Where(t => t.ObligationId != null).Select(t => t.ObligationId!.Value).ToList();
        var obligations = await db.ObligationsByIdAsync(obligationIds, ct);
        var names = await OwnerNames.ForAsync(db, parties.SelectMany(g => g.Select(x => x.BodyId)).Concat(tasks.Select(t => t.LeadBodyId)).Concat(supports.SelectMany(g => g)),
            tasks.Select(t => t.OwnerPersonId), ct);
        var byProgramme = tasks.ToLookup(t => t.ProgrammeId, t => new TaskItem(t.Id, t.Section, t.Title, t.LeadBodyId, names.Body(t.LeadBodyId), [.. supports[t.Id].Select(names.Body)],
            t.OwnerPersonId, names.Person(t.OwnerPersonId), t.Frame.Label, t.DueOn, t.ExpectedOutput, t.State.ToString(),
            t.ObligationId is { } o && obligations.TryGetValue(o, out var ob) ? ObligationNames.ApiCode(ob.StatusOn(today)) : null, t.Evaluation?.ToString()));
        return [.. programmes.Select(p => new ProgrammeItem(p.Id, p.Title, p.Number, p.Year, p.SignedOn, p.SignedAt,
            [.. parties[p.Id].Select(x => new PartyItem(x.BodyId, names.Body(x.BodyId), x.Signatory, x.SignatoryTitle))], [.. byProgramme[p.Id]]))];
    }
}
