using DongThuan.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// The one definition of the answers the public sees, and the one way their words are shown: the answers page, the
/// search, Open311 and the open data all read through it, so a petitioner's details are removed the same way everywhere.
/// </summary>
public static class PublicAnswers
{
    public static IQueryable<Petition> Of(DongThuanDb db) =>
        db.Petitions.Where(p => p.Kind == PetitionKind.Feedback && p.Answer != null && p.AnsweredOn != null
            && (p.State == PetitionState.Answered || p.State == PetitionState.Closed || p.State == PetitionState.NotResolved)
            && (p.PublishConsent || p.Channel == PetitionChannel.VoterMeeting || p.Channel == PetitionChannel.FrontList || p.Channel == PetitionChannel.Dialogue || p.Channel == PetitionChannel.Compiled));

    /// <summary>A published petition's title, words and answer, with what identifies its sender taken out.</summary>
    public sealed record Published(string Title, string Text, string Answer);

    /// <summary>The published form of each of <paramref name="petitions"/> the public may read (<see cref="Petition.IsPublishable"/>), by id; the others are left out.</summary>
    public static async Task<IReadOnlyDictionary<Guid, Published>> RedactedAsync(DongThuanDb db, IEnumerable<Petition> petitions, CancellationToken ct)
    {
        var publishable = petitions.Where(p => p.IsPublishable).ToList();
        var ids = publishable.Select(p => p.Id).ToList();
        var identities = ids.Count == 0 ? [] : await db.PetitionerIdentities.AsNoTracking().Where(i => ids.Contains(i.PetitionId)).ToDictionaryAsync(i => i.PetitionId, ct);
        return publishable.ToDictionary(p => p.Id, p =>
        {
            var identifying = identities.GetValueOrDefault(p.Id)?.Identifying ?? [];
            return new Published(Redaction.Apply(p.Title, identifying), Redaction.Apply(p.RoutedContent ?? p.Content, identifying), Redaction.Apply(p.Answer!, identifying));
        });
    }
}
