using DongThuan.Web.Infrastructure.Text;
using DongThuan.Web.Infrastructure.OfficialDocuments;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Questions;

/// <summary>One question, its answer obligation and its timeline; the delegate submits it here and the office closes it.</summary>
[Authorize(Policy = Permissions.Staff)]
[RequestSizeLimit(Infrastructure.Files.FileInspector.MaxBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = Infrastructure.Files.FileInspector.MaxBytes + 1024 * 1024)]
public sealed class DetailsModel(QuestionDesk desk, Infrastructure.Files.FileStore files) : QuestionPage(desk)
{
    /// <summary>Every answer given, the first and each further one.</summary>
    public IReadOnlyList<QuestionAnswer> Answers { get; private set; } = [];

    public string DelegateName { get; private set; } = "";

    public IReadOnlyList<string> CoSignerNames { get; private set; } = [];

    public string? SessionLabel { get; private set; }

    public Obligation? Obligation { get; private set; }

    public ObligationStatus? Status { get; private set; }

    public IReadOnlyList<TimelineEvent> Timeline { get; private set; } = [];

    /// <summary>Who took each step, by name and role, never by login name.</summary>
    public TimelineNames Actors { get; private set; } = null!;

    public bool IsAuthor => QuestionAccess.IsAuthor(User, Question!);

    public bool CanAnswer => QuestionAccess.CanAnswer(User, Question!);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, _ => true, ct) ?? await ShowAsync(ct);

    /// <summary>The letter forwarding the question to its respondent, for the council office, in Word or PDF.</summary>
    public async Task<IActionResult> OnGetLetterAsync(Guid id, string? format, CancellationToken ct) =>
        await LoadAsync(id, q => QuestionAccess.IsOffice(User, q), ct)
        ?? (await ForwardingLetter.DraftAsync(Desk.Db, Question!, ct) is { } letter
            ? OfficialFiles.Download(letter, format, $"cong-van-chuyen-chat-van-{Question!.SubmittedOn:yyyyMMdd}")
            : NotFound());

    /// <summary>The signed letter's file for an answer recorded without it: the agency that answered, or the office.</summary>
    public async Task<IActionResult> OnPostLetterFileAsync(Guid id, int round, IFormFile? letterFile, CancellationToken ct)
    {
        if (await LoadAsync(id, q => AttachAnswerLetter.MayAct(User, q), ct) is { } stop)
        {
            return stop;
        }

        var (checkedFile, inspected) = await Infrastructure.Files.UploadedFiles.InspectAsync(letterFile is null ? [] : [letterFile], 1, ct);
        var outcome = !checkedFile.Succeeded ? checkedFile
            : inspected.Count == 0 ? Infrastructure.Files.FileRefusals.NoFile
            : await AttachAnswerLetter.ExecuteAsync(Desk, files, Question!, round, inspected[0], ct);
        if (outcome.Succeeded)
        {
            return Redirect($"/Questions/Details/{id}");
        }

        Refuse(outcome.Refusal!.Message);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, q => QuestionAccess.IsAuthor(User, q), ct) ?? await AfterAsync(await ApplyAsync(q => q.Submit(Desk.Today), null, ct), ct);

    public async Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, q => QuestionAccess.IsOffice(User, q), ct) ?? await AfterAsync(await ApplyAsync(q => q.Close(), null, ct), ct);

    public async Task<IActionResult> OnPostExtendAsync(Guid id, DateOnly? newDue, string? reason, CancellationToken ct)
    {
        if (await LoadAsync(id, q => QuestionAccess.IsOffice(User, q), ct) is { } stop)
        {
            return stop;
        }

        var outcome = newDue is { } due ? await Desk.ExtendAsync(Question!, due, reason ?? "", ct) : ObligationRefusals.ExtensionNotLater;
        if (outcome.Succeeded)
        {
            return Redirect($"/Questions/Details/{id}");
        }

        Refuse(outcome.Refusal!.Message);
        return await ShowAsync(ct);
    }

    private async Task<IActionResult> AfterAsync(IActionResult result, CancellationToken ct) => result is PageResult ? await ShowAsync(ct) : result;

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var q = Question!;
        var db = Desk.Db;
        DelegateName = await db.People.AsNoTracking().Where(p => p.Id == q.AskedByPersonId).Select(p => p.FullName).SingleAsync(ct);
        var coSigners = await Desk.CoSignersAsync(q.Id, ct);
        CoSignerNames = [.. (await db.People.AsNoTracking().Where(p => coSigners.Contains(p.Id)).Select(p => p.FullName).ToListAsync(ct)).Order(VietnameseOrder.Names)];
        SessionLabel = q.SessionId is { } sid ? await db.Set<Sessions.Session>().AsNoTracking().Where(s => s.Id == sid).Select(s => "Kỳ họp thứ " + s.Number).SingleOrDefaultAsync(ct) : null;
        Obligation = await db.ObligationAsync(q.ObligationId, ct);
        Answers = [.. (await AnswerHistory.OfAsync(db, [q.Id], ct))[q.Id]];
        Status = Obligation?.StatusOn(Desk.Today);
        Timeline = await db.Timeline.AsNoTracking().Where(e => e.SubjectType == QuestionObligations.SubjectType && e.SubjectId == q.Id).ToListAsync(ct);
        Timeline = [.. Timeline.OrderBy(e => e.At).ThenBy(e => e.Id)];
        Actors = await TimelineNames.ForAsync(db, Timeline, ct);
        return Page();
    }
}
