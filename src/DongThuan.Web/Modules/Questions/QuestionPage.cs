using DongThuan.Web.Infrastructure.Domain;
using Microsoft.AspNetCore.Mvc;
using DongThuan.Web.Infrastructure.Web;

namespace DongThuan.Web.Modules.Questions;

/// <summary>What the question pages share: loading a question the user may see (404 otherwise, so nothing leaks) and showing refusals.</summary>
public abstract class QuestionPage(QuestionDesk desk) : RefusingPage
{
    protected QuestionDesk Desk => desk;

    public Question? Question { get; private set; }

    /// <summary>Whether the user is the council office of the question's unit (who may record a step on a past day).</summary>
    public bool IsOffice => Question is not null && QuestionAccess.IsOffice(User, Question);

    /// <summary>Loads the question; a result when the request must stop: unknown or not visible (404), or not allowed to act (403).</summary>
    protected async Task<IActionResult?> LoadAsync(Guid id, Func<Question, bool> mayAct, CancellationToken ct)
    {
        Question = await desk.FindAsync(id, ct);
        if (Question is null || !QuestionAccess.CanView(User, Question, await desk.CoSignersAsync(id, ct)))
        {
            return NotFound();
        }

        return mayAct(Question) ? null : Forbid();
    }

    /// <summary>Applies a transition; on a refusal the page is shown again with the reason and a 422.</summary>
    protected Task<IActionResult> ApplyAsync(Func<Question, Outcome> transition, string? note, CancellationToken ct) =>
        AnswerWithAsync(desk.ApplyAsync(Question!, transition, note, ct));

    /// <summary>The page's answer to a use case's outcome: back to the question, or this page again with the reason and a 422.</summary>
    protected async Task<IActionResult> AnswerWithAsync(Task<Outcome> useCase)
    {
        var outcome = await useCase;
        return outcome.Succeeded ? Redirect($"/Questions/Details/{Question!.Id}") : Refused(outcome);
    }
}
