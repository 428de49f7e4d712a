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
        var person = UnitScope.PersonId(user);
        if (units.Count == 0 && person is null)
        {
            return waiting;
        }

        // One query for both roles a user may hold: the office's questions of its units, the delegate's own.
        // Tested here, not in the query: EF Core compiles a test like `person != null` inside a query on every run,
        // where it reads a plain captured value as it is.
        var isPerson = person is not null;
        var byState = await db.Questions.AsNoTracking()
            .Where(q => (units.Contains(q.UnitId) && (q.State == QuestionState.Submitted || q.State == QuestionState.Satisfied || q.State == QuestionState.NotSatisfied))
                        || (isPerson && q.AskedByPersonId == person && (q.State == QuestionState.Answered || q.State == QuestionState.Returned)))
            .GroupBy(q => q.State).Select(g => new { State = g.Key, Count = g.Count() }).ToListAsync(ct);
        int Of(params QuestionState[] states) => byState.Where(s => states.Contains(s.State)).Sum(s => s.Count);
        if (units.Count > 0)
        {
            Add(waiting, "Chất vấn chờ chuyển người trả lời", Of(QuestionState.Submitted));
            Add(waiting, "Chất vấn đại biểu đã đánh giá, chờ kết thúc", Of(QuestionState.Satisfied, QuestionState.NotSatisfied));
        }

        if (person is not null)
        {
            Add(waiting, "Câu trả lời chất vấn chờ quý vị đánh giá", Of(QuestionState.Answered));
            Add(waiting, "Chất vấn bị trả lại, chờ quý vị sửa", Of(QuestionState.Returned));
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
