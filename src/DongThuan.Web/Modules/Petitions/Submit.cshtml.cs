using DongThuan.Web.Infrastructure.Web;
using System.ComponentModel.DataAnnotations;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Files;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// The public petition form: anyone, with a name and an email or phone, or a signed-in citizen. Works
/// without JavaScript. With <c>?dialogueId=</c> it registers a question for a dialogue conference.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(PetitionsModule.PublicPolicy)]
[RequestSizeLimit(PetitionAttachment.MaxCount * FileInspector.MaxBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = PetitionAttachment.MaxCount * FileInspector.MaxBytes + 1024 * 1024)]
public sealed class SubmitModel(PetitionIntake intake, DongThuanDb db, TimeProvider time, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> l) : RefusingPage
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vui lòng nhập họ tên và email hoặc số điện thoại để nhận kết quả.")]
        [MaxLength(PetitionerIdentity.NameMax, ErrorMessage = "Nội dung quá dài: tiêu đề tối đa 300 ký tự, nội dung tối đa 10.000 ký tự, địa chỉ tối đa 200 ký tự.")]
        public string Name { get; set; } = "";

        public string? Email { get; set; }

        public string? Phone { get; set; }

        [Required(ErrorMessage = "Vui lòng nhập tiêu đề và nội dung.")]
        [MaxLength(Petition.TitleMax, ErrorMessage = "Nội dung quá dài: tiêu đề tối đa 300 ký tự, nội dung tối đa 10.000 ký tự, địa chỉ tối đa 200 ký tự.")]
        public string Title { get; set; } = "";

        [Required(ErrorMessage = "Vui lòng nhập tiêu đề và nội dung.")]
        [MaxLength(Petition.ContentMax, ErrorMessage = "Nội dung quá dài: tiêu đề tối đa 300 ký tự, nội dung tối đa 10.000 ký tự, địa chỉ tối đa 200 ký tự.")]
        public string Content { get; set; } = "";

        public string? Ward { get; set; }

        /// <summary>Where the matter is: goes with the petition to the agency.</summary>
        public string? Location { get; set; }

        /// <summary>The sender's own address: identity, kept apart with the name and contact.</summary>
        public string? Address { get; set; }

        public PetitionKind Kind { get; set; } = PetitionKind.Feedback;

        public Guid? CouncilId { get; set; }

        public bool ConsentHandling { get; set; }

        public bool ConsentPublish { get; set; }

        /// <summary>Unticked until the person ticks it: silence is not consent (Luật 91/2025).</summary>
        public bool ConsentEmail { get; set; }

        /// <summary>The honeypot: hidden from people; a robot that fills it is refused.</summary>
        public string? Website { get; set; }
    }

    public sealed record Choice(Guid Id, string Name);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public Guid? DialogueId { get; set; }

    public DialogueConference? Dialogue { get; private set; }

    public IReadOnlyList<Choice> Councils { get; private set; } = [];

    public IReadOnlyList<string> Wards { get; private set; } = [];


    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (User.IsInRole(nameof(AppRole.Citizen)))
        {
            Input.Name = User.FindFirst("name")?.Value ?? "";
            var account = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.UserName == User.Identity!.Name, ct);
            Input.Email = account?.Email;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(List<IFormFile>? files, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!string.IsNullOrEmpty(Input.Website))
        {
            return Refused(PetitionRefusals.Honeypot.Message);
        }

        if (DialogueId is not null && Dialogue?.AcceptsQuestionsOn(VietnamTime.Today(time)) != true)
        {
            return Refused(MeetingRefusals.DialogueClosed.Message);
        }

        var uploads = new List<PetitionIntake.Upload>();
        foreach (var f in (files ?? []).Where(f => f.Length > 0))
        {
            if (uploads.Count >= PetitionAttachment.MaxCount || f.Length > FileInspector.MaxBytes)
            {
                return Refused(f.Length > FileInspector.MaxBytes ? FileRefusals.FileTooLarge.Message : PetitionRefusals.TooManyFiles.Message);
            }

            using var buffer = new MemoryStream();
            await f.CopyToAsync(buffer, ct);
            uploads.Add(new PetitionIntake.Upload(f.FileName, buffer.ToArray()));
        }

        var userId = User.IsInRole(nameof(AppRole.Citizen)) ? db.Users.AsNoTracking().Where(u => u.UserName == User.Identity!.Name).Select(u => u.Id).FirstOrDefault() : null;
        var draft = new Petition.Draft(Input.Kind, Dialogue is null ? PetitionChannel.Online : PetitionChannel.Dialogue, Input.Title, Input.Content, Input.Ward, Input.Location,
            DialogueId: Dialogue?.Id, PublishConsent: Input.ConsentPublish);
        var submission = new PetitionIntake.Submission(Dialogue?.CouncilId ?? Input.CouncilId, draft, Input.Name, Input.Email, Input.Phone,
            Input.Address, userId, true, Input.ConsentHandling, Input.ConsentEmail, uploads);

        // Every problem at once, each beside its field, rather than one at a time.
        foreach (var (field, refusal) in PetitionIntake.Problems(submission))
        {
            // A problem of the whole petition (a length, the files) goes above the form; the others beside their field, once.
            var key = field switch
            {
                PetitionIntake.Field.Consent => "Input." + nameof(InputModel.ConsentHandling),
                PetitionIntake.Field.Files or PetitionIntake.Field.Petition => "",
                _ => "Input." + field,
            };
            if (key.Length == 0 || ModelState[key] is not { Errors.Count: > 0 })
            {
                ModelState.AddModelError(key, l[refusal.Message]);
            }
        }

        if (!ModelState.IsValid)
        {
            RefuseAsShown();
            return Page();
        }

        var (outcome, receipt) = await intake.ReceiveAsync(submission, ct);
        if (!outcome.Succeeded)
        {
            return Refused(outcome.Refusal!.Message);
        }

        TempData["receipt"] = receipt!.Petition.TrackingCode;
        TempData["receipt-email"] = !string.IsNullOrWhiteSpace(Input.Email);
        return RedirectToPage("/Petitions/Receipt");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var today = VietnamTime.Today(time);
        if (DialogueId is { } did)
        {
            Dialogue = await db.Dialogues.AsNoTracking().SingleOrDefaultAsync(d => d.Id == did, ct);
        }

        // Only councils sitting today, and the wards of today under them: a district reorganised away is not offered.
        var councils = (await PetitionIntake.Councils(db).ToListAsync(ct)).Where(c => c.IsInOperationOn(today)).OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        Councils = [.. councils.Select(c => new Choice(c.Id, c.Name))];
        Wards = [.. (await PetitionIntake.WardsAsync(db, councils, today, ct)).Select(u => u.PlaceName).Distinct()];
    }
}
