using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DongThuan.Web.Modules.Questions;

/// <summary>The office returns a question to its delegate, with a reason (outside the respondent's remit, not specific enough…).</summary>
[Authorize(Policy = Permissions.CouncilOffice)]
public sealed class ReturnModel(QuestionDesk desk) : QuestionPage(desk)
{
    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, q => QuestionAccess.IsOffice(User, q), ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, q => QuestionAccess.IsOffice(User, q), ct) ?? await ApplyAsync(q => q.Return(Reason ?? ""), Reason, ct);
}
