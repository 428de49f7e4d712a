using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Modules.Questions.Explanations;

/// <summary>
/// The council office records the conclusion the standing committee adopted (the page and the API), with its vote, on the
/// day it was adopted: today, or a past day not before the session. The caller has checked the office of the unit.
/// </summary>
public static class ConcludeExplanation
{
    public sealed record Request(string? Conclusion, int VotesFor, int Members, DateOnly? On = null);

    public static async Task<Outcome> ExecuteAsync(DongThuanDb db, ExplanationSession session, Request input, DateOnly today, CancellationToken ct)
    {
        var (day, refusal) = RecordedDate.Resolve(input.On, today, mayBackdate: true, previous: null);
        if (refusal is not null)
        {
            return refusal;
        }

        var outcome = session.Conclude(input.Conclusion ?? "", input.VotesFor, input.Members, day);
        if (outcome.Succeeded)
        {
            await db.SaveChangesAsync(ct);
        }

        return outcome;
    }
}
