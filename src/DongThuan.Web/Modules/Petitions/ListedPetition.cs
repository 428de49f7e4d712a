using System.Linq.Expressions;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// A petition as the staff's list and its sheet show it: the columns, not the content. Reading whole petitions for a
/// page of fifty brought each one's content and folded text along, and strings were two fifths of what the page
/// allocated (issue 21).
/// </summary>
public sealed record ListedPetition(
    Guid Id,
    string TrackingCode,
    string Title,
    PetitionKind Kind,
    PetitionChannel Channel,
    int Voters,
    DateOnly ReceivedOn,
    PetitionState State,
    Guid? FieldId,
    Guid? AgencyBodyId,
    Guid? ObligationId)
{
    /// <summary>The projection, translated to SQL: only these columns are read.</summary>
    public static readonly Expression<Func<Petition, ListedPetition>> Columns = p =>
        new ListedPetition(p.Id, p.TrackingCode, p.Title, p.Kind, p.Channel, p.Voters, p.ReceivedOn, p.State, p.FieldId, p.AgencyBodyId, p.ObligationId);
}
