using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Infrastructure.Notifications;
using DongThuan.Web.Modules.Calendar;
using DongThuan.Web.Modules.Obligations;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// What every petition use case shares: applying a transition with its timeline event and its effect on
/// the answer obligation, all saved in one transaction (or nothing, on a refusal), then telling the
/// petitioner when there is something to tell.
/// </summary>
public sealed class PetitionDesk(DongThuanDb db, ICurrentActor actor, TimeProvider time, Deadlines deadlines, IMailer mailer, IConfiguration configuration)
{
    public const string SubjectType = "Petition";
    public const string ObligationKind = "petition.answer";

    public DongThuanDb Db => db;

    public ICurrentActor Actor => actor;

    public DateOnly Today => VietnamTime.Today(time);

    public DateTimeOffset Now => time.GetUtcNow();

    public Task<Petition?> FindAsync(Guid id, CancellationToken ct) => db.Petitions.SingleOrDefaultAsync(p => p.Id == id, ct);

    public Task<PetitionerIdentity?> IdentityAsync(Guid petitionId, CancellationToken ct) => db.PetitionerIdentities.SingleOrDefaultAsync(i => i.PetitionId == petitionId, ct);

    public void Record(Petition p, PetitionState? from, string? note) =>
        db.Timeline.Add(TimelineEvent.Record(SubjectType, p.Id, Now, actor.UserId, actor.Name, from?.ToString(), p.State.ToString(), note));

    public async Task<Outcome> ApplyAsync(Petition p, Func<Petition, Outcome> transition, string? note, CancellationToken ct)
    {
        var from = p.State;
        var outcome = transition(p);
        if (!outcome.Succeeded)
        {
            db.ChangeTracker.Clear();
            return outcome;
        }

        var obligation = p.ObligationId is { } oid ? await db.Obligations.SingleAsync(o => o.Id == oid, ct) : null;
        var effect = await SyncObligationAsync(p, from, obligation, ct);
        if (!effect.Succeeded)
        {
            db.ChangeTracker.Clear();
            return effect;
        }

        Record(p, from, note);
        await db.SaveChangesAsync(ct);
        if (p.State == PetitionState.Answered && from != PetitionState.Answered)
        {
            await TellAnsweredAsync(p, ct);
        }

        return Outcome.Done;
    }

    /// <summary>The answer obligation follows the petition: opened on routing, moved on transfer, fulfilled by the accepted answer, reopened when not resolved.</summary>
    private async Task<Outcome> SyncObligationAsync(Petition p, PetitionState from, Obligation? obligation, CancellationToken ct)
    {
        switch (from, p.State)
        {
            case (PetitionState.Received, PetitionState.Routed):
                var routed = p.RoutedOn ?? Today;
                if (await deadlines.DueAsync(DeadlineCodes.PetitionAnswer, routed.ToDateTime(TimeOnly.MinValue), ct) is not { } due)
                {
                    return PetitionRefusals.NoDeadlineRule;
                }

                var field = await db.Set<PetitionField>().Where(f => f.Id == p.FieldId).Select(f => f.Name).SingleOrDefaultAsync(ct);
                var created = Obligation.Open(ObligationKind, SubjectType, p.Id, p.Title, p.UnitId, p.AgencyBodyId!.Value, p.OfficialPersonId, routed, due.Due, due.Rule, field);
                db.Obligations.Add(created);
                p.AttachObligation(created.Id);
                return Outcome.Done;
            case (PetitionState.Routed, PetitionState.Routed) when obligation is not null && obligation.OwnerBodyId != p.AgencyBodyId:
                return obligation.Reassign(p.AgencyBodyId!.Value, p.OfficialPersonId);
            case (PetitionState.Routed, PetitionState.Routed) when obligation is not null:
                return obligation.RecordInterim(Today);
            case (PetitionState.AnswerSubmitted or PetitionState.Received or PetitionState.Routed, PetitionState.Answered) when obligation is { State: ObligationState.Open }:
                return obligation.Fulfil(p.AnswerSubmittedOn ?? Today);
            case (PetitionState.NotResolved, PetitionState.Routed) when obligation is not null:
                if (await deadlines.DueAsync(DeadlineCodes.PetitionAnswer, Today.ToDateTime(TimeOnly.MinValue), ct) is not { } again)
                {
                    return PetitionRefusals.NoDeadlineRule;
                }

                return obligation.Reopen(again.Due);
            default:
                return Outcome.Done;
        }
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
