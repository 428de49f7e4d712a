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
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public static bool CanAnswer(System.Security.Claims.ClaimsPrincipal user, Petition p) => PetitionAccess.IsAgency(user, p) || PetitionAccess.IsOffice(user, p);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, p => CanAnswer(User, p), ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, List<IFormFile>? upload, CancellationToken ct)
    {
        if (await LoadAsync(id, p => CanAnswer(User, p), ct) is { } stop)
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
            return await ExecuteAsync(Desk, Petition!, Input, inspected.Select(i => PetitionAttachment.ForAnswer(Petition!, i.Name, i.ContentType, i.Bytes.LongLength, i.Sha256)).ToList(), ct);
        });
    }

    /// <summary>Shared with the API. The files are added in the same transaction as the answer.</summary>
    public static Task<Outcome> ExecuteAsync(PetitionDesk desk, Petition p, InputModel input, IReadOnlyList<PetitionAttachment> attachments, CancellationToken ct) =>
        desk.ApplyAsync(p, x =>
        {
            var outcome = input.Interim ? x.RecordInterim(input.Text ?? "") : x.SubmitAnswer(input.Text ?? "", desk.Today);
            if (outcome.Succeeded)
            {
                desk.Db.PetitionAttachments.AddRange(attachments);
            }

            return outcome;
        }, input.Interim ? "Trả lời tạm thời: " + input.Text : null, ct);
}
