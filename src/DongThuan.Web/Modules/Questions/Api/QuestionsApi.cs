using DongThuan.Web.Infrastructure.Web;
using System.Security.Claims;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Obligations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DongThuan.Web.Modules.Questions.Api;

/// <summary>
/// <c>/api/v1/questions</c>: the same use cases as the pages, with the same rules. A question the caller
/// may not see is a 404 (its existence is not revealed); an action they may not take is a 403; a
/// refused transition is a 422 problem in the caller's language.
/// </summary>
public static class QuestionsApi
{
    public sealed record Summary(Guid Id, string Title, string State, string Channel, Guid DelegatePersonId, string? RespondentName, DateOnly? SubmittedOn, DateOnly? DueOn, string? DueStatus);

    public sealed record Event(DateTimeOffset At, string Actor, string? From, string To, string? Note);

    public sealed record Detail(Summary Summary, string Content, string? ReturnReason, string? InterimAnswer, string? Answer, string? Responsibility, string? Measures,
        string? TimeFrame, DateOnly? AnsweredOn, string? FollowUp, string? EvaluationNote, string? DueExplanation, IReadOnlyList<Event> Timeline, IReadOnlyList<AnswerItem> Answers);

    /// <summary>One answer given (round 1 the first, then each further one), with its signed letter and the letter file's address when there is one.</summary>
    public sealed record AnswerItem(int Round, DateOnly AnsweredOn, string Text, string Responsibility, string Measures, string TimeFrame,
        string? LetterNumber, DateOnly? LetterDate, string? SignerName, string? SignerTitle, string? LetterUrl);

    public sealed record ExtensionInput(DateOnly? DueOn, string? Reason);

    public sealed record ReturnInput(string? Reason);

    public static async Task<IReadOnlyList<Summary>> ListAsync(ClaimsPrincipal user, QuestionDesk desk, CancellationToken ct)
    {
        var questions = await QuestionAccess.Visible(desk.Db, user).OrderByDescending(q => q.SubmittedOn).Take(500).ToListAsync(ct);
        var ids = questions.Where(q => q.ObligationId != null).Select(q => q.ObligationId!.Value).ToList();
        var obligations = await desk.Db.ObligationsByIdAsync(ids, ct);
        return [.. questions.Select(q => ToSummary(q, q.ObligationId is { } id ? obligations.GetValueOrDefault(id) : null, desk.Today))];
    }

    public static async Task<Results<Ok<Detail>, NotFound>> GetAsync(Guid id, ClaimsPrincipal user, QuestionDesk desk, CancellationToken ct)
    {
        var q = await desk.Db.Questions.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (q is null || !QuestionAccess.CanView(user, q, await desk.CoSignersAsync(id, ct)))
        {
            return TypedResults.NotFound();
        }

        var o = await desk.Db.ObligationAsync(q.ObligationId, ct);
        var events = await desk.Db.Timeline.AsNoTracking().Where(e => e.SubjectType == QuestionObligations.SubjectType && e.SubjectId == id).ToListAsync(ct);
        var actors = await TimelineNames.ForAsync(desk.Db, events, ct);
        var answers = (await AnswerHistory.OfAsync(desk.Db, [id], ct))[id];
        return TypedResults.Ok(new Detail(ToSummary(q, o, desk.Today), q.Content, q.ReturnReason, q.InterimAnswer, q.Answer, q.Responsibility, q.Measures, q.TimeFrame,
            q.AnsweredOn, q.FollowUp?.ToString(), q.EvaluationNote, o?.DueExplanation,
            [.. events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new Event(e.At, actors.Of(e), e.From, e.To, e.Note))],
            [.. answers.Select(a => new AnswerItem(a.Round, a.AnsweredOn, a.Text, a.Responsibility, a.Measures, a.TimeFrame, a.LetterNumber, a.LetterDate, a.SignerName, a.SignerTitle,
                a.FileSha256 is null ? null : $"/cong-khai/chat-van/{id}/van-ban/{a.Round}"))]));
    }

    /// <summary>The signed letter's file for one answer (multipart, part "file"), as on the question's page.</summary>
    public static async Task<IResult> AttachLetterAsync(Guid id, int round, HttpContext http, ClaimsPrincipal user, QuestionDesk desk, Infrastructure.Files.FileStore files,
        IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        // Without antiforgery, a cookie-signed-in browser could be made to post here from another site; a bearer token cannot.
        if (!http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Problems.BadRequest(l["Gửi tệp qua API cần mã truy cập (Authorization: Bearer); trên trình duyệt hãy dùng trang của chất vấn."]);
        }

        var file = http.Request.HasFormContentType ? (await http.Request.ReadFormAsync(ct)).Files.GetFile("file") : null;
        return await ActAsync(id, user, desk, l, AttachAnswerLetter.MayAct, async q =>
        {
            var (checkedFile, inspected) = await Infrastructure.Files.UploadedFiles.InspectAsync(file is null ? [] : [file], 1, ct);
            return !checkedFile.Succeeded ? checkedFile
                : inspected.Count == 0 ? Infrastructure.Files.FileRefusals.NoFile
                : await AttachAnswerLetter.ExecuteAsync(desk, files, q, round, inspected[0], ct);
        }, ct);
    }

    public static async Task<Results<Created<Summary>, ProblemHttpResult>> CreateAsync(WriteQuestion.Request input, ClaimsPrincipal user, QuestionDesk desk,
        IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        // Naming the delegate is the office recording a question received on paper; otherwise a delegate's own draft.
        var (outcome, question) = input.DelegatePersonId is not null
            ? await WriteQuestion.ReceiveAsync(desk, user, input, ct)
            : await WriteQuestion.CreateAsync(desk.Db, user, input, ct);
        if (outcome.Succeeded && input.DelegatePersonId is null)
        {
            await desk.Db.SaveChangesAsync(ct);
        }

        if (!outcome.Succeeded)
        {
            return Problems.Refused(outcome, l);
        }

        return TypedResults.Created($"/api/v1/questions/{question!.Id}", ToSummary(question, null, desk.Today));
    }

    public static Task<IResult> SubmitAsync(Guid id, ClaimsPrincipal user, QuestionDesk desk, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        ActAsync(id, user, desk, l, QuestionAccess.IsAuthor, q => desk.ApplyAsync(q, x => x.Submit(desk.Today), null, ct), ct);

    public static Task<IResult> ForwardAsync(Guid id, ForwardQuestion.Request input, ClaimsPrincipal user, QuestionDesk desk, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        ActAsync(id, user, desk, l, ForwardQuestion.MayAct, q => ForwardQuestion.ExecuteAsync(desk, user, q, input, ct), ct);

    public static Task<IResult> ReturnAsync(Guid id, ReturnInput input, ClaimsPrincipal user, QuestionDesk desk, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        ActAsync(id, user, desk, l, QuestionAccess.IsOffice, q => desk.ApplyAsync(q, x => x.Return(input.Reason ?? ""), input.Reason, ct), ct);

    public static Task<IResult> AnswerAsync(Guid id, AnswerQuestion.Request input, ClaimsPrincipal user, QuestionDesk desk, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        ActAsync(id, user, desk, l, AnswerQuestion.MayAct, q => AnswerQuestion.ExecuteAsync(desk, user, q, input, ct), ct);

    public static Task<IResult> EvaluateAsync(Guid id, EvaluateQuestion.Request input, ClaimsPrincipal user, QuestionDesk desk, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        ActAsync(id, user, desk, l, EvaluateQuestion.MayAct, q => EvaluateQuestion.ExecuteAsync(desk, user, q, input, ct), ct);

    /// <summary>The office moves the answer's due date later, with a reason, as on the question's page (the timeline keeps both).</summary>
    public static Task<IResult> ExtendAsync(Guid id, ExtensionInput input, ClaimsPrincipal user, QuestionDesk desk, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        ActAsync(id, user, desk, l, QuestionAccess.IsOffice,
            q => input.DueOn is { } due ? desk.ExtendAsync(q, due, input.Reason ?? "", ct) : Task.FromResult<Outcome>(Obligations.ObligationRefusals.ExtensionNotLater), ct);

    public static Task<IResult> CloseAsync(Guid id, ClaimsPrincipal user, QuestionDesk desk, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        ActAsync(id, user, desk, l, QuestionAccess.IsOffice, q => desk.ApplyAsync(q, x => x.Close(), null, ct), ct);

    private static async Task<IResult> ActAsync(Guid id, ClaimsPrincipal user, QuestionDesk desk, IStringLocalizer<SharedResource> l,
        Func<ClaimsPrincipal, Question, bool> mayAct, Func<Question, Task<Outcome>> act, CancellationToken ct)
    {
        var q = await desk.FindAsync(id, ct);
        if (q is null || !QuestionAccess.CanView(user, q, await desk.CoSignersAsync(id, ct)))
        {
            return TypedResults.NotFound();
        }

        if (!mayAct(user, q))
        {
            return TypedResults.Forbid();
        }

        var outcome = await act(q);
        if (!outcome.Succeeded)
        {
            return Problems.Refused(outcome, l);
        }

        var o = await desk.Db.ObligationAsync(q.ObligationId, ct);
        return TypedResults.Ok(ToSummary(q, o, desk.Today));
    }

    private static Summary ToSummary(Question q, Obligation? o, DateOnly today) =>
        new(q.Id, q.Title, q.State.ToString(), q.Channel.ToString(), q.AskedByPersonId, q.RespondentName, q.SubmittedOn, o?.DueOn, o?.StatusOn(today).ToString());
}
