using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Obligations;

namespace DongThuan.Web.Modules.Sessions;

/// <summary>
/// A delegate group's discussion opinion at a session, on an agenda item or document. The executive owes
/// an acceptance and explanation (tiếp thu, giải trình): an obligation.
/// </summary>
/// <summary>Where a group opinion stands: derived from its response, never stored.</summary>
public enum GroupOpinionState
{
    AwaitingResponse = 1,
    Responded = 2,
}

public sealed class GroupOpinion : Entity, IUnitOwned, IObligationSubject
{
    /// <summary>The obligation a delegate group's opinion opens for the executive: to take it in, or explain why not.</summary>
    public const string ObligationKind = "session.group-opinion";

    string IObligationSubject.SubjectType => nameof(GroupOpinion);

    public Guid SessionId { get; private set; }

    public Guid UnitId { get; private set; }

    public Guid DelegateGroupId { get; private set; }

    public Guid? DocumentId { get; private set; }

    public string Content { get; private set; } = "";

    public Guid? ObligationId { get; private set; }

    public string? Response { get; private set; }

    public DateOnly? RespondedOn { get; private set; }

    public GroupOpinionState State => Response is null ? GroupOpinionState.AwaitingResponse : GroupOpinionState.Responded;

    private GroupOpinion()
    {
    }

    public static GroupOpinion Record(Session session, Guid delegateGroupId, Document? document, string content, out Outcome outcome)
    {
        outcome = string.IsNullOrWhiteSpace(content) ? SessionRefusals.OpinionText : Outcome.Done;
        return new GroupOpinion { SessionId = session.Id, UnitId = session.UnitId, DelegateGroupId = delegateGroupId, DocumentId = document?.Id, Content = content.Trim() };
    }

    public void AttachObligation(Guid obligationId) => ObligationId = obligationId;

    public Outcome Respond(string response, DateOnly on)
    {
        if (Response is not null)
        {
            return SessionRefusals.AlreadyResponded;
        }

        if (string.IsNullOrWhiteSpace(response))
        {
            return SessionRefusals.ResponseText;
        }

        Response = response.Trim();
        RespondedOn = on;
        return Outcome.Done;
    }
}
