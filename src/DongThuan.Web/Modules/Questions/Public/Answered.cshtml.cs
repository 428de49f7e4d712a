using DongThuan.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Questions.Public;

/// <summary>
/// Delegates' questions that have an answer, for everyone: who asked, who answered, the answer with its
/// responsibility, measures and time frame, and whether the delegate was satisfied. Questions not yet
/// answered (drafts, returned, waiting) are the delegate's and the office's, not public.
/// </summary>
[AllowAnonymous]
public sealed class AnsweredModel(DongThuanDb db, Notifications.Following follows) : PageModel
{
    public const int PageSize = 20;

    public sealed record Item(Question Question, string AskedBy);

    public IReadOnlyList<Item> Items { get; private set; } = [];

    public int Total { get; private set; }

    /// <summary>The questions on this page the signed-in reader follows.</summary>
    public IReadOnlySet<Guid> Followed { get; private set; } = new HashSet<Guid>();

    public int PageNumber { get; private set; } = 1;

    public async Task OnGetAsync(int? page, Guid? id, CancellationToken ct)
    {
        var answered = PublicQuestions.Answered(db).AsNoTracking();
        if (id is { } one)
        {
            // One question, as a search result links to it.
            answered = answered.Where(q => q.Id == one);
        }

        Total = await answered.CountAsync(ct);
        PageNumber = Math.Clamp(page ?? 1, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        var questions = await answered.OrderByDescending(q => q.AnsweredOn).ThenBy(q => q.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var people = questions.Select(q => q.AskedByPersonId).Distinct().ToList();
        var names = await db.Set<Organisation.Person>().AsNoTracking().Where(p => people.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
        Items = [.. questions.Select(q => new Item(q, names.GetValueOrDefault(q.AskedByPersonId) ?? ""))];
        Followed = await follows.FollowedAmongAsync(User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, QuestionFollows.Kind, [.. questions.Select(q => q.Id)], ct);
    }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
