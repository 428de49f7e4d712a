using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Petitions.Dialogues;
using DongThuan.Web.Modules.Petitions.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DongThuan.Web.Modules.Petitions.Api;

/// <summary>
/// Voter meetings and dialogue conferences for programs, through the use cases of the office's pages: record a meeting
/// (its petitions are then entered with <c>voterMeetingId</c>), plan a conference, record the answer given to a
/// registered question and the promises made, close registration, publish the record. Office of the unit only; another
/// unit's conference is a 404; a refused record a 422.
/// </summary>
public static class MeetingsApi
{
    public sealed record MeetingItem(Guid Id, Guid CouncilId, Guid DelegateGroupId, DateOnly HeldOn, string Place, string DelegatesPresent, int VotersAttending, string Timing,
        Guid? SessionId);

    public sealed record DialogueItem(Guid Id, Guid CouncilId, Guid HostBodyId, string Topic, string Host, string Audience, string Place, DateOnly HeldOn, bool RegistrationOpen,
        bool Published, string? Summary);

    public sealed record AnswerRequest(Guid QuestionId, string? Text);

    public sealed record PublishRequest(string? Summary);

    public static async Task<IReadOnlyList<MeetingItem>> ListMeetingsAsync(ClaimsPrincipal user, DongThuanDb db, CancellationToken ct) =>
        [.. (await db.VoterMeetings.AsNoTracking().OfficeScoped(user).OrderByDescending(m => m.HeldOn).Take(500).ToListAsync(ct))
            .Select(m => new MeetingItem(m.Id, m.CouncilId, m.DelegateGroupId, m.HeldOn, m.Place, m.DelegatesPresent, m.VotersAttending, m.Timing.ToString(), m.SessionId))];

    public static async Task<IResult> RecordMeetingAsync(RecordMeeting.Request input, ClaimsPrincipal user, DongThuanDb db, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var (outcome, meeting) = await RecordMeeting.ExecuteAsync(db, user, input, ct);
        return outcome.Succeeded ? TypedResults.Created($"/Petitions/Meetings/Details/{meeting!.Id}", new CreatedId(meeting.Id)) : Problems.Refused(outcome, l);
    }

    public static async Task<IReadOnlyList<DialogueItem>> ListDialoguesAsync(ClaimsPrincipal user, DongThuanDb db, CancellationToken ct) =>
        [.. (await db.Dialogues.AsNoTracking().OfficeScoped(user).OrderByDescending(d => d.HeldOn).Take(500).ToListAsync(ct))
            .Select(d => new DialogueItem(d.Id, d.CouncilId, d.HostBodyId, d.Topic, d.Host, d.Audience, d.Place, d.HeldOn, d.RegistrationOpen, d.Published, d.Summary))];

    public static async Task<IResult> PlanDialogueAsync(PlanDialogue.Request input, ClaimsPrincipal user, DongThuanDb db, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var (outcome, d) = await PlanDialogue.ExecuteAsync(db, user, input, ct);
        return outcome.Succeeded ? TypedResults.Created($"/Petitions/Dialogues/Details/{d!.Id}", new CreatedId(d.Id)) : Problems.Refused(outcome, l);
    }

    public static Task<IResult> AnswerAsync(Guid id, AnswerRequest input, ClaimsPrincipal user, PetitionDesk desk, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        OnDialogueAsync(id, user, desk.Db, async d =>
        {
            var q = await desk.Db.Petitions.SingleOrDefaultAsync(p => p.Id == input.QuestionId && p.DialogueId == id, ct);
            var outcome = q is null ? PetitionRefusals.OnlyDialogueQuestion
                : await desk.ApplyAsync(q, p => p.AnswerAtConference(input.Text ?? "", d.HeldOn), "Trả lời tại hội nghị đối thoại", ct);
            return ApiWrites.Done(outcome, l);
        }, ct);

    public static Task<IResult> PromiseAsync(Guid id, RecordDialoguePromise.Request input, ClaimsPrincipal user, DongThuanDb db, WorkflowStep step,
        IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        OnDialogueAsync(id, user, db, async d =>
        {
            var (outcome, promise) = await RecordDialoguePromise.ExecuteAsync(db, step, d, input, ct);
            return outcome.Succeeded ? TypedResults.Created($"/Petitions/Dialogues/Details/{id}", new CreatedId(promise!.Id)) : Problems.Refused(outcome, l);
        }, ct);

    public static Task<IResult> CloseAsync(Guid id, ClaimsPrincipal user, DongThuanDb db, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        OnDialogueAsync(id, user, db, async d =>
        {
            var tracked = await db.Dialogues.SingleAsync(x => x.Id == d.Id, ct);
            tracked.CloseRegistration();
            await db.SaveChangesAsync(ct);
            return TypedResults.NoContent();
        }, ct);

    public static Task<IResult> PublishAsync(Guid id, PublishRequest input, ClaimsPrincipal user, DongThuanDb db, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        OnDialogueAsync(id, user, db, async d =>
        {
            var tracked = await db.Dialogues.SingleAsync(x => x.Id == d.Id, ct);
            var outcome = tracked.Publish(input.Summary ?? "");
            if (outcome.Succeeded)
            {
                await db.SaveChangesAsync(ct);
            }

            return ApiWrites.Done(outcome, l);
        }, ct);

    private static async Task<IResult> OnDialogueAsync(Guid id, ClaimsPrincipal user, DongThuanDb db, Func<DialogueConference, Task<IResult>> act, CancellationToken ct)
    {
        var d = await db.Dialogues.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        return d is null || !UnitScope.IsCouncilOfficeOf(user, d.UnitId) ? TypedResults.NotFound() : await act(d);
    }
}
