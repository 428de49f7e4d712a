using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Sessions;

/// <summary>
/// Whose turn a delegate group's opinion makes it: the executive takes it in or explains why not. The council office and
/// the delegates of the group (those holding a position in it on the day) follow it, and hear the response.
/// </summary>
public sealed class OpinionAudience(DongThuanDb db, TimeProvider time) : IStepAudience
{
    public string SubjectType => nameof(GroupOpinion);

    public async Task<Audience?> OfAsync(StepApplied step, CancellationToken ct)
    {
        var o = await db.Set<GroupOpinion>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == step.SubjectId, ct);
        if (o is null || !Enum.TryParse<GroupOpinionState>(step.To, out var state))
        {
            return null;
        }

        var today = Infrastructure.Localization.VietnamTime.Today(time);
        var delegates = (await db.Positions.AsNoTracking()
                .Where(p => p.BodyId == o.DelegateGroupId && p.ArchivedAt == null && p.StartsOn <= today && (p.EndsOn == null || p.EndsOn >= today))
                .Select(p => p.PersonId).Distinct().ToListAsync(ct))
            .Select(p => new Party(null, p));
        IReadOnlyList<Party> turn = step.From == step.To || state == GroupOpinionState.Responded ? [] : step.Turn;
        var title = o.Content.Length > 120 ? o.Content[..120] + "…" : o.Content;
        return new Audience(title, $"/Sessions/Respond/{o.Id}",
            state == GroupOpinionState.Responded ? "Ý kiến thảo luận tổ (đã được tiếp thu, giải trình)" : "Ý kiến thảo luận tổ (chờ tiếp thu, giải trình)", turn,
            [.. await StepAudiences.CouncilOfficeOfAsync(db, o.UnitId, ct), .. delegates]);
    }
}
