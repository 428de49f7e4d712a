using DongThuan.Web.Infrastructure.Files;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DongThuan.Web.Modules.Questions;

/// <summary>
/// The official's agency answers, naming responsibility, measures and a time frame. An interim answer
/// keeps the question open and its deadline unchanged.
/// </summary>
[Authorize(Roles = nameof(AppRole.ExecutiveOfficer) + "," + nameof(AppRole.CouncilOffice) + "," + nameof(AppRole.Administrator))]
[RequestSizeLimit(FileInspector.MaxBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = FileInspector.MaxBytes + 1024 * 1024)]
public sealed class AnswerModel(QuestionDesk desk, FileStore files) : QuestionPage(desk)
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

        public string? LetterNumber { get; set; }

        public DateOnly? LetterDate { get; set; }

        public string? SignerName { get; set; }

        public string? SignerTitle { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, q => AnswerQuestion.MayAct(User, q), ct) ?? Page();

    /// <summary>This answer will be the question's answer number…: the first, or a further one the delegate asked for.</summary>
    public int Round => Question!.AnswerRounds + 1;

    public async Task<IActionResult> OnPostAsync(Guid id, IFormFile? letterFile, CancellationToken ct)
    {
        if (await LoadAsync(id, q => AnswerQuestion.MayAct(User, q), ct) is { } stop)
        {
            return stop;
        }

        var (checkedFile, inspected) = await UploadedFiles.InspectAsync(letterFile is null ? [] : [letterFile], 1, ct);
        if (!checkedFile.Succeeded)
        {
            return Refused(checkedFile);
        }

        // The file is stored (by its hash, harmlessly if the answer is then refused) before the answer that names it.
        await files.SaveAllAsync(inspected, ct);
        return await AnswerWithAsync(AnswerQuestion.ExecuteAsync(Desk, User, Question!, new(Input.Answer, Input.Responsibility, Input.Measures, Input.TimeFrame, Input.Interim, Input.On,
            Input.LetterNumber, Input.LetterDate, Input.SignerName, Input.SignerTitle), ct, inspected.Count > 0 ? inspected[0] : null));
    }
}
