using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Obligations;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Questions;

/// <summary>The questions waiting on the user: for the council office, to forward and to close; for the delegate who asked, to fix and to evaluate.</summary>
public sealed class QuestionsWaiting(DongThuanDb db) : IWaitingOnMe
{
    public async Task<IReadOnlyList<Waiting>> ForAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var waiting = new List<Waiting>();
        var units = UnitScope.OfficeUnits(user);
        if (units.Count > 0)
        {
            var byState = await db.Questions.AsNoTracking().Where(q => units.Contains(q.UnitId)
                    && (q.State == QuestionState.Submitted || q.State == QuestionState.Satisfied || q.State == QuestionState.NotSatisfied))
                .GroupBy(q => q.State).Select(g => new { State = g.Key, Count = g.Count() }).ToListAsync(ct);
            Add(waiting, "Chất vấn chờ chuyển người trả lời", byState.Where(s => s.State == QuestionState.Submitted).Sum(s => s.Count));
            Add(waiting, "Chất vấn đại biểu đã đánh giá, chờ kết thúc", byState.Where(s => s.State != QuestionState.Submitted).Sum(s => s.Count));
        }

        if (UnitScope.PersonId(user) is { } person)
        {
            var mine = await db.Questions.AsNoTracking().Where(q => q.AskedByPersonId == person && (q.State == QuestionState.Answered || q.State == QuestionState.Returned))
                .GroupBy(q => q.State).Select(g => new { State = g.Key, Count = g.Count() }).ToListAsync(ct);
            Add(waiting, "Câu trả lời chất vấn chờ quý vị đánh giá", mine.Where(s => s.State == QuestionState.Answered).Sum(s => s.Count));
            Add(waiting, "Chất vấn bị trả lại, chờ quý vị sửa", mine.Where(s => s.State == QuestionState.Returned).Sum(s => s.Count));
        }

        return waiting;
    }

    private static void Add(List<Waiting> list, string what, int count)
    {
        if (count > 0)
        {
            list.Add(new Waiting(what, count, "/Questions"));
        }
    }
}
