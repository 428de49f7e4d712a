using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Files;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// The agency answers (text and files) and publishes the answer to the council office, which reviews it.
/// An interim answer reports progress and keeps the original due date. The office may record an answer
/// for an agency that does not use DongThuan.
/// </summary>
[Authorize(Roles = nameof(AppRole.ExecutiveOfficer) + "," + nameof(AppRole.CouncilOffice) + "," + nameof(AppRole.Administrator))]
[RequestSizeLimit(PetitionAttachment.MaxCount * FileInspector.MaxBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = PetitionAttachment.MaxCount * FileInspector.MaxBytes + 1024 * 1024)]
public sealed class AnswerModel(PetitionDesk desk, FileStore files) : PetitionPage(desk)
{
    public sealed class InputModel
    {
        public string? Text { get; set; }

        public bool Interim { get; set; }

        /// <summary>The day of the agency's answer, when the office records it later; empty is today.</summary>
        public DateOnly? On { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, p => AnswerPetition.MayAct(User, p), ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, List<IFormFile>? upload, CancellationToken ct)
    {
        if (await LoadAsync(id, p => AnswerPetition.MayAct(User, p), ct) is { } stop)
        {
            return stop;
        }

        var (checkedFiles, inspected) = await UploadedFiles.InspectAsync(upload, PetitionAttachment.MaxCount, ct);
        if (!checkedFiles.Succeeded)
        {
            return await ApplyAsync(() => Task.FromResult(checkedFiles));
        }

        return await ApplyAsync(async () =>
        {
            await files.SaveAllAsync(inspected, ct);
            return await AnswerPetition.ExecuteAsync(Desk, User, Petition!, new(Input.Text, Input.Interim, Input.On), inspected.Select(i => PetitionAttachment.ForAnswer(Petition!, i.Name, i.ContentType, i.Bytes.LongLength, i.Sha256)).ToList(), ct);
        });
    }
}
