using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Obligations;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>The petitions waiting on the council office: to classify and route, an answer to accept, one the petitioner rated "not resolved".</summary>
public sealed class PetitionsWaiting(DongThuanDb db) : IWaitingOnMe
{
    private static readonly (PetitionState State, string What)[] Steps =
    [
        (PetitionState.Received, "Kiến nghị chờ phân loại, chuyển xử lý"),
        (PetitionState.AnswerSubmitted, "Trả lời kiến nghị chờ duyệt"),
        (PetitionState.NotResolved, "Kiến nghị cử tri đánh giá chưa được giải quyết"),
    ];

    public async Task<IReadOnlyList<Waiting>> ForAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var units = Accounts.UnitScope.OfficeUnits(user);
        if (units.Count == 0)
        {
            return [];
        }

        var counts = await db.Petitions.AsNoTracking()
            .Where(p => units.Contains(p.UnitId) && (p.State == PetitionState.Received || p.State == PetitionState.AnswerSubmitted || p.State == PetitionState.NotResolved))
            .GroupBy(p => p.State).Select(g => new { State = g.Key, Count = g.Count() }).ToListAsync(ct);
        return [.. Steps.Select(s => new Waiting(s.What, counts.Where(c => c.State == s.State).Sum(c => c.Count), $"/Petitions?State={s.State}")).Where(w => w.Count > 0)];
    }
}
