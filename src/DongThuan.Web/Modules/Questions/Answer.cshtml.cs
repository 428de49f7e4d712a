using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DongThuan.Web.Modules.Questions;

/// <summary>
/// The official's agency answers, naming responsibility, measures and a time frame. An interim answer
/// keeps the question open and its deadline unchanged.
/// </summary>
[Authorize(Roles = nameof(AppRole.ExecutiveOfficer) + "," + nameof(AppRole.CouncilOffice) + "," + nameof(AppRole.Administrator))]
public sealed class AnswerModel(QuestionDesk desk) : QuestionPage(desk)
{
    public sealed class InputModel
    {
        public string? Answer { get; set; }

        public string? Responsibility { get; set; }

        public string? Measures { get; set; }

        public string? TimeFrame { get; set; }

        public bool Interim { get; set; }

        /// <summary>The day of the answer letter, when the office records it later; empty is today.</summary>
        public DateOnly? On { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, q => AnswerQuestion.MayAct(User, q), ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, q => AnswerQuestion.MayAct(User, q), ct)
        ?? await AnswerWithAsync(AnswerQuestion.ExecuteAsync(Desk, User, Question!, new(Input.Answer, Input.Responsibility, Input.Measures, Input.TimeFrame, Input.Interim, Input.On), ct));
}
