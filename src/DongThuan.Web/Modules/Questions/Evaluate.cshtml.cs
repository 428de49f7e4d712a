using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DongThuan.Web.Modules.Questions;

/// <summary>The delegate says whether the answer satisfies them; if not, what should happen next.</summary>
[Authorize(Roles = nameof(AppRole.Delegate))]
public sealed class EvaluateModel(QuestionDesk desk) : QuestionPage(desk)
{
    public sealed class InputModel
    {
        public bool Satisfied { get; set; } = true;

        public FollowUp? FollowUp { get; set; }

        public string? Note { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, q => EvaluateQuestion.MayAct(User, q), ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, q => EvaluateQuestion.MayAct(User, q), ct)
        ?? await AnswerWithAsync(EvaluateQuestion.ExecuteAsync(Desk, User, Question!, new(Input.Satisfied, Input.FollowUp, Input.Note), ct));
}
