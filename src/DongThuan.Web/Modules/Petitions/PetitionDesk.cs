using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Infrastructure.Notifications;
using DongThuan.Web.Modules.Obligations;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// What every petition use case shares: a step taken through the kernel's <see cref="WorkflowStep"/> with the effect
/// <see cref="PetitionObligations"/> names for it, saved in one transaction (or nothing, on a refusal), then telling
/// the petitioner when there is something to tell.
/// </summary>
public sealed class PetitionDesk(DongThuanDb db, ICurrentActor actor, TimeProvider time, WorkflowStep step, IMailer mailer, IConfiguration configuration)
{
    public DongThuanDb Db => db;

    public ICurrentActor Actor => actor;

    public DateOnly Today => VietnamTime.Today(time);

    public DateTimeOffset Now => time.GetUtcNow();

    public Task<Petition?> FindAsync(Guid id, CancellationToken ct) => db.Petitions.SingleOrDefaultAsync(p => p.Id == id, ct);

    public Task<PetitionerIdentity?> IdentityAsync(Guid petitionId, CancellationToken ct) => db.PetitionerIdentities.SingleOrDefaultAsync(i => i.PetitionId == petitionId, ct);

    /// <param name="on">The day it happened, when the office records it later: the event goes on that day (<see cref="TimelineEvent.Stamp"/>).</param>
    public void Record(Petition p, PetitionState? from, string? note, DateOnly? on = null)
    {
        var (at, stamped, _) = TimelineEvent.Stamp(on, time, note);
        db.Timeline.Add(TimelineEvent.Record(PetitionObligations.SubjectType, p.Id, at, actor.UserId, actor.Name, from?.ToString(), p.State.ToString(), stamped));
    }

    /// <summary>Tells the council office, once the petition is stored, that a petition waits to be routed.</summary>
    public Task AnnounceReceivedAsync(Petition p, CancellationToken ct)
    {
        var (at, _, later) = TimelineEvent.Stamp(p.ReceivedOn, time, null);
        return step.AnnounceCreatedAsync(p, p.State.ToString(), (at, later), ct);
    }

    public Task<Outcome> ApplyAsync(Petition p, Func<Petition, Outcome> transition, string? note, CancellationToken ct) =>
        StepAsync(p, Today, null, transition, note, ct);

    /// <summary>
    /// A step on the day it happened: today, or a past day the council office records (<see cref="RecordedDate"/>), not
    /// before <paramref name="previous"/>, the day of the step before it. Deadlines and "on time" run from that day.
    /// </summary>
    public async Task<Outcome> ApplyOnAsync(Petition p, System.Security.Claims.ClaimsPrincipal user, DateOnly? on, DateOnly? previous,
        Func<Petition, DateOnly, Outcome> transition, string? note, CancellationToken ct)
    {
        var (day, refusal) = RecordedDate.Resolve(on, Today, PetitionAccess.IsOffice(user, p), previous);
        return refusal is not null ? refusal
            : await StepAsync(p, day, on is null ? null : new StepDetails(On: day), x => transition(x, day), note, ct);
    }

    private async Task<Outcome> StepAsync(Petition p, DateOnly day, StepDetails? details, Func<Petition, Outcome> transition, string? note, CancellationToken ct)
    {
        var from = p.State;
        var outcome = await step.ApplyAsync(p, () => p.State, _ => transition(p), async (was, owed) =>
        {
            // The board filters by field: the obligation opened on routing carries the petition's.
            var field = was == PetitionState.Received && p.State == PetitionState.Routed
                ? await db.Set<PetitionField>().Where(f => f.Id == p.FieldId).Select(f => f.Name).SingleOrDefaultAsync(ct)
                : null;
            return PetitionObligations.Of(was, p, owed, day, field);
        }, note, ct, details);
        if (outcome.Succeeded && p.State == PetitionState.Answered && from != PetitionState.Answered)
        {
            await TellAnsweredAsync(p, ct);
        }

        return outcome;
    }

    /// <summary>The public address of the status page, for messages.</summary>
    public string StatusUrl => (configuration["PublicUrl"] ?? "http://localhost:5080").TrimEnd('/') + "/Petitions/Status";

    /// <summary>Tells everyone who filed a petition (or one merged into it) that it has an answer. The message holds the code, never the content.</summary>
    private async Task TellAnsweredAsync(Petition p, CancellationToken ct)
    {
        var petitionIds = await db.Petitions.AsNoTracking().Where(x => x.Id == p.Id || x.ConsolidatedIntoId == p.Id).Select(x => new { x.Id, x.TrackingCode }).ToListAsync(ct);
        var ids = petitionIds.Select(x => x.Id).ToList();
        // Only those who agreed to be emailed of progress (the receipt alone is part of handling the petition).
        var agreed = db.Consents.Where(c => c.Purpose == ConsentPurpose.EmailUpdates && c.Given).Select(c => c.IdentityId);
        var emails = await db.PetitionerIdentities.AsNoTracking()
            .Where(i => ids.Contains(i.PetitionId) && i.Email != null && i.ErasedAt == null && agreed.Contains(i.Id))
            .Select(i => new { i.PetitionId, i.Email }).ToListAsync(ct);
        foreach (var e in emails)
        {
            var code = petitionIds.Single(x => x.Id == e.PetitionId).TrackingCode;
            await mailer.SendAsync(new MailMessage(e.Email!, $"Kiến nghị {code} đã có trả lời",
                $"Kiến nghị mã {code} của bạn đã có câu trả lời của cơ quan có thẩm quyền.\n\n"
                + $"Xem câu trả lời và đánh giá kết quả giải quyết tại {StatusUrl}?code={code} (nhập email hoặc số điện thoại bạn đã dùng khi gửi).\n\n"
                + $"Your petition {code} has been answered. See the answer and rate it at the address above."), ct);
        }
    }
}
