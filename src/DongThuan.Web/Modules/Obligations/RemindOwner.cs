using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Notifications;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Obligations;

/// <summary>
/// The council office reminds (đôn đốc) whoever owes an open obligation of its unit: a notification and an email to the
/// owning body's accounts and the named person's, and a line on the subject's timeline saying who reminded, when, and
/// how many were told. Stored before anyone is written to.
/// </summary>
public sealed class RemindOwner(DongThuanDb db, Notifier notifier, ObligationCatalogue catalogue, ICurrentActor actor, TimeProvider time)
{
    public const int MessageMax = 2000;

    public sealed record Reminded(int Recipients);

    public async Task<(Outcome Outcome, Reminded? Result)> RemindAsync(Guid obligationId, string? message, ClaimsPrincipal user, CancellationToken ct)
    {
        var o = await db.Obligations.AsNoTracking().SingleOrDefaultAsync(x => x.Id == obligationId, ct);
        if (o is null || !ObligationAccess.CanView(user, o))
        {
            return (ObligationRefusals.NotFound, null);
        }

        if (!UnitScope.IsCouncilOfficeOf(user, o.UnitId))
        {
            return (ObligationRefusals.RemindOfficeOnly, null);
        }

        if (o.State != ObligationState.Open)
        {
            return (ObligationRefusals.NotOpen, null);
        }

        message = string.IsNullOrWhiteSpace(message) ? null : message.Trim();
        if (message?.Length > MessageMax)
        {
            return (ObligationRefusals.MessageTooLong, null);
        }

        var recipients = (await PartyAccounts.OfAsync(db, o.OwnerBodyId, o.OwnerPersonId, null, ct)).Where(r => r != actor.UserId).ToList();
        if (recipients.Count == 0)
        {
            // An agency not yet on DongThuan: saying "reminded" would be untrue; the letter is the way.
            return (ObligationRefusals.NoRecipient, null);
        }
        var text = $"Đôn đốc: {catalogue.NameOf(o.Kind)} — {o.Subject} (hạn {o.DueOn:dd/MM/yyyy})" + (message is null ? "" : $". {message}");
        var staged = notifier.Stage(recipients, text, $"/Obligations/Details/{o.Id}", NotificationKinds.Remind, "Obligation", o.Id);

        // On the subject's timeline, in the state it is in: a reminder moves nothing.
        var state = await db.Timeline.AsNoTracking().Where(e => e.SubjectType == o.SubjectType && e.SubjectId == o.SubjectId)
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Select(e => e.To).FirstOrDefaultAsync(ct) ?? "Open";
        db.Timeline.Add(TimelineEvent.Record(o.SubjectType, o.SubjectId, time.GetUtcNow(), actor.UserId, actor.Name, state, state,
            $"Đôn đốc {staged.Count} người" + (message is null ? "" : $": {message}")));
        await notifier.SaveAndSendAsync(staged, ct);
        return (Outcome.Done, new Reminded(staged.Count));
    }
}
