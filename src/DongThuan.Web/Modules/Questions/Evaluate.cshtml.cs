using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DongThuan.Web.Modules.Questions;

/// <summary>
/// The delegate says whether the answer satisfies them; if not, what should happen next. The council office records a
/// verdict the delegate gave on paper or at a meeting, with its day.
/// </summary>
[Authorize(Roles = nameof(AppRole.Delegate) + "," + nameof(AppRole.CouncilOffice) + "," + nameof(AppRole.Administrator))]
public sealed class EvaluateModel(QuestionDesk desk) : QuestionPage(desk)
{
    public sealed class InputModel
    {
        public bool Satisfied { get; set; } = true;

        public FollowUp? FollowUp { get; set; }

        public string? Note { get; set; }

        /// <summary>The day of the verdict, when the office records it later; empty is today.</summary>
        public DateOnly? On { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, q => EvaluateQuestion.MayAct(User, q), ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, q => EvaluateQuestion.MayAct(User, q), ct)
        ?? await AnswerWithAsync(EvaluateQuestion.ExecuteAsync(Desk, User, Question!, new(Input.Satisfied, Input.FollowUp, Input.Note, Input.On), ct));
}
