using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Obligations;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// Whose turn a petition's step makes it: the council office routes what is received, reviews a submitted answer and
/// decides on one rated "not resolved"; the agency (and the official named) answers what is routed to it; the citizen
/// who sent it signed in rates the answer. The citizen follows it; the agency hears what became of its answer.
/// A citizen without an account is written to by the status emails they consented to, not here.
/// </summary>
public sealed class PetitionAudience(DongThuanDb db) : IStepAudience
{
    public string SubjectType => PetitionObligations.SubjectType;

    public async Task<Audience?> OfAsync(StepApplied step, CancellationToken ct)
    {
        var p = await db.Petitions.AsNoTracking().SingleOrDefaultAsync(x => x.Id == step.SubjectId, ct);
        if (p is null || !Enum.TryParse<PetitionState>(step.To, out var state))
        {
            return null;
        }

        var office = new Party(p.CouncilId, null, AppRole.CouncilOffice);
        var agency = p.AgencyBodyId is null && p.OfficialPersonId is null ? null : new Party(p.AgencyBodyId, p.OfficialPersonId);
        var citizen = await db.PetitionerIdentities.AsNoTracking().Where(i => i.PetitionId == p.Id && i.UserId != null).Select(i => i.UserId).FirstOrDefaultAsync(ct)
            is { } userId ? new Party(null, null, null, userId, $"/Petitions/Status?code={p.TrackingCode}") : null;
        var same = step.From == step.To; // an interim answer: no one's turn changes
        IReadOnlyList<Party?> turn = same ? [] : state switch
        {
            PetitionState.Received or PetitionState.AnswerSubmitted or PetitionState.NotResolved => [office],
            PetitionState.Routed => [agency],
            PetitionState.Answered => [citizen],
            _ => [],
        };
        IReadOnlyList<Party?> followers = state switch
        {
            PetitionState.AnswerSubmitted => [],
            PetitionState.Answered or PetitionState.NotResolved => [agency],
            PetitionState.Closed => [citizen, agency],
            _ => [citizen],
        };
        return new Audience(p.Title, $"/Petitions/Details/{p.Id}", $"Kiến nghị {p.TrackingCode} ({PetitionNames.Of(state)})", [.. turn.OfType<Party>()],
            [.. followers.OfType<Party>()]);
    }
}
