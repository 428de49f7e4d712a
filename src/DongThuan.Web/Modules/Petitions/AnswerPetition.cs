using System.Security.Claims;
using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// The agency (or the office for it) answers a petition, or gives an interim answer that keeps it open; files sent
/// with the answer are saved in the same transaction. The page and the API both call it.
/// </summary>
public static class AnswerPetition
{
    /// <param name="On">The day of the agency's answer, when the office records it later; today when left out.</param>
    public sealed record Request(string? Text = null, bool Interim = false, DateOnly? On = null);

    public static bool MayAct(ClaimsPrincipal user, Petition petition) => PetitionAccess.IsAgency(user, petition) || PetitionAccess.IsOffice(user, petition);

    public static Task<Outcome> ExecuteAsync(PetitionDesk desk, ClaimsPrincipal user, Petition p, Request input, IReadOnlyList<PetitionAttachment> attachments,
        CancellationToken ct) =>
        desk.ApplyOnAsync(p, user, input.On, p.RoutedOn ?? p.ReceivedOn, (x, day) =>
        {
            var outcome = input.Interim ? x.RecordInterim(input.Text ?? "") : x.SubmitAnswer(input.Text ?? "", day);
            if (outcome.Succeeded)
            {
                desk.Db.PetitionAttachments.AddRange(attachments);
            }

            return outcome;
        }, input.Interim ? "Trả lời tạm thời: " + input.Text : null, ct);
}
