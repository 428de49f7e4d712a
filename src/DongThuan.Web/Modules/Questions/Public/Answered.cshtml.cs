using DongThuan.Web.Infrastructure.Caching;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Questions.Public;

/// <summary>
/// Delegates' questions that have an answer, for everyone: who asked, who answered, the answer with its
/// responsibility, measures and time frame, and the delegate's verdict (agreed, not agreed and what they asked for
/// next, or not yet said), filtered by year, answering agency and verdict. Questions not yet answered (drafts,
/// returned, waiting) are the delegate's and the office's, not public.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class AnsweredModel(DongThuanDb db, Notifications.Following follows) : PageModel
{
    public const int PageSize = 20;

    public sealed record Item(Question Question, string AskedBy, string? Agency, Verdict Verdict);

    public sealed record Choice(string Value, string Name);

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Agency { get; set; }

    [BindProperty(SupportsGet = true)]
    public Verdict? Verdict { get; set; }

    public IReadOnlyList<Item> Items { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<Choice> Agencies { get; private set; } = [];

    public int Total { get; private set; }

    /// <summary>Every answer of the questions shown, the first and each further one, with their letters.</summary>
    public ILookup<Guid, QuestionAnswer> Answers { get; private set; } = Array.Empty<QuestionAnswer>().ToLookup(a => a.QuestionId);

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

        // Public questions number in the hundreds a year: the filters run over all of them here, where the verdict is known.
        var all = await answered.ToListAsync(ct);
        var verdicts = await QuestionVerdicts.OfAsync(db, [.. all.Select(q => q.Id)], ct);
        var bodyIds = all.Where(q => q.RespondentBodyId != null).Select(q => q.RespondentBodyId!.Value).Distinct().ToList();
        var bodies = await db.Set<Organisation.Body>().AsNoTracking().Where(b => bodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        Years = [.. all.Select(YearOf).Distinct().OrderDescending()];
        Agencies = [.. bodies.OrderBy(b => b.Value, VietnameseOrder.Text).Select(b => new Choice(b.Key.ToString(), b.Value))];

        var shown = all.Where(q => (Year is null || YearOf(q) == Year) && (Agency is null || q.RespondentBodyId == Agency)
                                   && (Verdict is null || verdicts.GetValueOrDefault(q.Id) == Verdict)).ToList();
        Total = shown.Count;
        PageNumber = Math.Clamp(page ?? 1, 1, Pages);
        var questions = shown.OrderByDescending(q => q.AnsweredOn).ThenBy(q => q.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
        var people = questions.Select(q => q.AskedByPersonId).Distinct().ToList();
        var names = await db.Set<Organisation.Person>().AsNoTracking().Where(p => people.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
        Items = [.. questions.Select(q => new Item(q, names.GetValueOrDefault(q.AskedByPersonId) ?? "",
            q.RespondentBodyId is { } b ? bodies.GetValueOrDefault(b) : null, verdicts.GetValueOrDefault(q.Id)))];
        Answers = await AnswerHistory.OfAsync(db, [.. questions.Select(q => q.Id)], ct);
        Followed = await follows.FollowedAmongAsync(User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, QuestionFollows.Kind, [.. questions.Select(q => q.Id)], ct);
    }

    /// <summary>The year a question belongs to: the year it was put, or answered where the day it was put is not known.</summary>
    public static int YearOf(Question q) => (q.SubmittedOn ?? q.AnsweredOn)!.Value.Year;

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>This page's address for another page number, keeping the filters.</summary>
    public string PageUrl(int page) =>
        $"?page={page}{(Year is { } y ? $"&Year={y}" : "")}{(Agency is { } a ? $"&Agency={a}" : "")}{(Verdict is { } v ? $"&Verdict={v}" : "")}";
}
